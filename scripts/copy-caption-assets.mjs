// Copies the ONNX runtime that transformers.js itself carries (its own nested onnxruntime-web, not the
// app's: the versions differ) into assets/public/captions/, so the caption worker loads it from the app
// and never from a CDN. transformers.js's web build uses the "asyncify" variant (WebGPU and WASM).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const out = join(root, 'assets', 'public', 'captions');
const transformers = join(root, 'node_modules', '@huggingface', 'transformers');
const nested = join(transformers, 'node_modules', 'onnxruntime-web', 'dist');
// npm may hoist it when no other version is around; then it is the top-level one.
const ortDir = existsSync(nested) ? nested : dirname(require.resolve('onnxruntime-web', { paths: [transformers] }));
mkdirSync(out, { recursive: true });
for (const file of ['ort-wasm-simd-threaded.asyncify.wasm', 'ort-wasm-simd-threaded.asyncify.mjs']) copyFileSync(join(ortDir, file), join(out, file));
