// Copies the on-device speech files the renderer serves itself (no CDN): the Silero VAD models shipped
// by @ricky0123/vad-web and onnxruntime-web's WebAssembly runtime (the .wasm and its .mjs loader), into assets/public/voice/.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const out = join(dirname(new URL(import.meta.url).pathname), '..', 'assets', 'public', 'voice');
mkdirSync(out, { recursive: true });
const vadDir = dirname(require.resolve('@ricky0123/vad-web/dist/silero_vad_v5.onnx'));
const ortDir = dirname(require.resolve('onnxruntime-web')); // .../dist/ort.min.js
for (const [dir, file] of [
  [vadDir, 'silero_vad_v5.onnx'],
  [vadDir, 'silero_vad_v6.onnx'],
  [ortDir, 'ort-wasm-simd-threaded.wasm'],
  [ortDir, 'ort-wasm-simd-threaded.mjs'],
]) copyFileSync(join(dir, file), join(out, file));
