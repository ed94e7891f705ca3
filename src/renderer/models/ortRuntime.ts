// transformers.js's own nested onnxruntime-web (a different version from the app's): the build emits
// these files beside the app, and the runtime is pointed at them, never at its default CDN. (Should npm
// ever hoist that copy, this path fails the build loudly rather than loading a mismatched runtime.)
import ortWasmUrl from '../../../node_modules/@huggingface/transformers/node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.asyncify.wasm?url';
import ortMjsUrl from '../../../node_modules/@huggingface/transformers/node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.asyncify.mjs?url';
import type { OrtRuntimeUrls } from './localModels';

export const ortRuntime: OrtRuntimeUrls = { wasm: ortWasmUrl, mjs: ortMjsUrl };
