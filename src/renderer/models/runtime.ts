// For workers only: what loading a provisioned model takes there. The app's cache to read cached files
// from, transformers.js set up to load only what was provisioned (./localModels), and the ONNX runtime the
// app serves itself (./ortRuntime). Importing this pulls in transformers.js. Apart from ./index so a
// worker does not bundle the download and manifest code (and zod) it never runs.
export { ModelStore } from './modelStore';
export { configureLocalModels, webGpuAvailable, type CachedFile, type OrtRuntimeUrls } from './localModels';
export { ortRuntime } from './ortRuntime';
