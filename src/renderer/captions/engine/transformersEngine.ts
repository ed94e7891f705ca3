// The caption engine on transformers.js: Whisper-architecture (multilingual) or Moonshine (English)
// ONNX models, WebGPU where the machine has it, WebAssembly otherwise. Never fetches from a model hub:
// remote loading is off, the model comes from `localModelPath` (a folder under the app) or from the
// app's IndexedDB cache, and the ONNX runtime files are served by the app itself.
import { env, pipeline, type AutomaticSpeechRecognitionPipeline } from '@huggingface/transformers';
// transformers.js's own nested onnxruntime-web (a different version from the app's): the build emits
// these files beside the app, and the runtime is pointed at them, never at its default CDN. (Should npm
// ever hoist that copy, this path fails the build loudly rather than loading a mismatched runtime.)
import ortWasmUrl from '../../../../node_modules/@huggingface/transformers/node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.asyncify.wasm?url';
import ortMjsUrl from '../../../../node_modules/@huggingface/transformers/node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.asyncify.mjs?url';
import type { CaptionEngine, ModelSource, SpeechSegment } from './types';

export interface EngineOptions {
  language: 'en' | 'zh';
  /** Answers a cached model's files (source kind "cache"). */
  cachedFile(modelId: string, path: string): Promise<ArrayBuffer | undefined>;
}

async function webGpuAvailable(): Promise<boolean> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return false;
  try {
    return (await gpu.requestAdapter()) !== null;
  } catch {
    return false;
  }
}

export class TransformersEngine implements CaptionEngine {
  private asr: AutomaticSpeechRecognitionPipeline | null = null;
  private multilingual = false;

  constructor(private readonly options: EngineOptions) {}

  async load(source: ModelSource): Promise<{ device: 'webgpu' | 'wasm' }> {
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.useBrowserCache = false; // the app keeps its own cache; a second copy in Cache Storage is waste
    // A path, not a full URL: transformers.js treats http(s) URLs as remote and would skip its local
    // checks (e.g. whether the tokenizer exists). Same origin as the app, so the path is enough.
    const base = new URL(source.baseUrl).pathname;
    env.localModelPath = base;
    const onnx = env.backends.onnx as { wasm?: { wasmPaths?: unknown; numThreads?: number } };
    if (onnx.wasm) {
      onnx.wasm.numThreads = 1; // no cross-origin isolation; one core is shared with the VAD
      onnx.wasm.wasmPaths = { wasm: new URL(ortWasmUrl, self.location.href).href, mjs: new URL(ortMjsUrl, self.location.href).href };
    }
    if (source.kind === 'cache') {
      const prefix = base;
      env.useCustomCache = true;
      env.customCache = {
        match: async (key: string | Request) => {
          const url = typeof key === 'string' ? key : new URL(key.url).pathname;
          if (!url.startsWith(prefix)) return undefined;
          const [modelId, ...rest] = url.slice(prefix.length).split('/');
          const data = await this.options.cachedFile(decodeURIComponent(modelId!), rest.map(decodeURIComponent).join('/'));
          return data ? new Response(data) : undefined;
        },
        put: async () => undefined,
      };
    } else {
      env.useCustomCache = false;
    }
    const device = (await webGpuAvailable()) ? 'webgpu' : 'wasm';
    const asr = (await pipeline('automatic-speech-recognition', source.modelId, { device, dtype: 'fp32' })) as AutomaticSpeechRecognitionPipeline;
    const config = asr.model.config as { model_type?: string };
    const generation = (asr.model as unknown as { generation_config?: { is_multilingual?: boolean } }).generation_config;
    this.multilingual = config.model_type === 'whisper' && generation?.is_multilingual === true;
    this.asr = asr;
    return { device };
  }

  async transcribe(segment: SpeechSegment): Promise<string> {
    if (!this.asr) throw new Error('caption model not loaded');
    // Bounded output: a few tokens per second of speech stops a model that does not stop by itself.
    const max_new_tokens = Math.min(160, Math.ceil(6 + (segment.audio.length / 16000) * 6));
    const options = this.multilingual ? { language: this.options.language, task: 'transcribe', max_new_tokens } : { max_new_tokens };
    const out = await this.asr(segment.audio, options as never);
    const first = Array.isArray(out) ? out[0] : out;
    return (first?.text ?? '').trim();
  }

  async dispose(): Promise<void> {
    await this.asr?.dispose();
    this.asr = null;
  }
}
