// Model provisioning, shared by captions (speech model) and assist (embedding model): where a model is
// (the model folder from settings or policy, then the app's own IndexedDB cache), downloading it into
// that cache with every file checked against its manifest's SHA-256, and the cache itself.
// Light enough for the main thread. Loading a model with transformers.js is in ./runtime, which pulls in
// transformers.js and the ONNX runtime: only the workers import that.
export type { ModelSource } from './types';
export { downloadAllowed, findModel, type ModelAvailability, type ModelLookup } from './provision';
export { downloadModel, DownloadError, type DownloadProgress } from './download';
export { ModelStore } from './modelStore';
export { ManifestError, sha256Hex } from './manifest';
