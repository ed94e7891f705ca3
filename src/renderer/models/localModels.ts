// transformers.js set up to load models only from where the app provisioned them (provision.ts):
// remote loading off, the model from a folder under the app or from the app's own
// IndexedDB cache, the ONNX runtime from files the app serves. Shared by the caption worker and the
// knowledge-base search worker (embeddings); each worker has its own copy of transformers.js's `env`.
import { env } from '@huggingface/transformers';
import type { ModelSource } from './types';

/** Answers a cached model's files (source kind "cache"). */
export type CachedFile = (modelId: string, path: string) => Promise<ArrayBuffer | undefined>;

/** Where the ONNX runtime's .wasm and .mjs are served (see ortRuntime.ts); absent in Node. */
export interface OrtRuntimeUrls {
  wasm: string;
  mjs: string;
}

export function configureLocalModels(source: ModelSource, cachedFile: CachedFile, runtime?: OrtRuntimeUrls): void {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.useBrowserCache = false; // the app keeps its own cache; a second copy in Cache Storage is waste
  // Else transformers.js copies the runtime's .mjs into Cache Storage and imports it from a blob: URL,
  // which the app's Content-Security-Policy (script-src 'self') refuses: the model would never load.
  env.useWasmCache = false;
  // A path, not a full URL: transformers.js treats http(s) URLs as remote and would skip its local
  // checks (e.g. whether the tokenizer exists). Same origin as the app, so the path is enough.
  const base = new URL(source.baseUrl).pathname;
  env.localModelPath = base;
  const onnx = env.backends.onnx as { wasm?: { wasmPaths?: unknown; numThreads?: number } };
  if (onnx.wasm && runtime) {
    onnx.wasm.numThreads = 1; // no cross-origin isolation; one core is shared with the VAD
    onnx.wasm.wasmPaths = { wasm: new URL(runtime.wasm, self.location.href).href, mjs: new URL(runtime.mjs, self.location.href).href };
  }
  if (source.kind === 'cache') {
    env.useCustomCache = true;
    env.customCache = {
      match: async (key: string | Request) => {
        const url = typeof key === 'string' ? key : new URL(key.url).pathname;
        if (!url.startsWith(base)) return undefined;
        const [modelId, ...rest] = url.slice(base.length).split('/');
        const data = await cachedFile(decodeURIComponent(modelId!), rest.map(decodeURIComponent).join('/'));
        return data ? new Response(data) : undefined;
      },
      put: async () => undefined,
    };
  } else {
    env.useCustomCache = false;
  }
}

export async function webGpuAvailable(): Promise<boolean> {
  const gpu = (globalThis.navigator as (Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }) | undefined)?.gpu;
  if (!gpu) return false;
  try {
    return (await gpu.requestAdapter()) !== null;
  } catch {
    return false;
  }
}
