// The caption engine on transformers.js: Whisper-architecture (multilingual) or Moonshine (English)
// ONNX models, WebGPU where the machine has it, WebAssembly otherwise. Never fetches from a model hub:
// remote loading is off, the model comes from `localModelPath` (a folder under the app) or from the
// app's IndexedDB cache, and the ONNX runtime files are served by the app itself.
import { pipeline, type AutomaticSpeechRecognitionPipeline } from '@huggingface/transformers';
import type { ModelSource } from '../../models';
import { configureLocalModels, ortRuntime, webGpuAvailable } from '../../models/runtime';
import type { CaptionEngine, SpeechSegment } from './types';

export interface EngineOptions {
  language: 'en' | 'zh';
  /** Answers a cached model's files (source kind "cache"). */
  cachedFile(modelId: string, path: string): Promise<ArrayBuffer | undefined>;
}

export class TransformersEngine implements CaptionEngine {
  private asr: AutomaticSpeechRecognitionPipeline | null = null;
  private multilingual = false;

  constructor(private readonly options: EngineOptions) {}

  async load(source: ModelSource): Promise<{ device: 'webgpu' | 'wasm' }> {
    configureLocalModels(source, (id, path) => this.options.cachedFile(id, path), ortRuntime);
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
