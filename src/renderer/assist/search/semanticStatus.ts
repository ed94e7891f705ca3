// Whether knowledge-base search uses vectors, as the Suggestions panel shows it.
export type SemanticStatus =
  /** No embedding model configured (settings / policy `assist.embeddingModelId`): keyword search only. */
  | { state: 'off' }
  /** Neither in the model folder nor in the app's cache (provision.ts); policy may allow a download. */
  | { state: 'missing'; modelId: string; looked: string[]; canDownload: boolean }
  | { state: 'downloading'; modelId: string; receivedBytes: number; totalBytes: number }
  | { state: 'loading'; modelId: string }
  | { state: 'indexing'; modelId: string; done: number; total: number }
  | { state: 'on'; modelId: string; device: 'webgpu' | 'wasm' | 'cpu'; dimensions: number; embedded: number; cached: number; embedMs: number; ms: number }
  /** Not found or would not load: keyword search only, and why. */
  | { state: 'failed'; modelId: string; reason: string };
