// Word error rate and latency of a caption model on a labelled set, for anyone with a real model:
//   npm run eval:captions -- --model DIR --data DIR [--language en|zh]
// DIR (model): a transformers.js model folder (config.json, onnx/…); DIR (data): WAV files, each with
// a .txt of what is said (utterances up to 30 s, as the app decodes them). Runs transformers.js in Node (onnxruntime-node on the CPU): the figures are
// the model's, not the app's WebAssembly runtime's, which is slower. Prints one line per file, then
// the pooled WER and the decode-time median / p95 and real-time factor.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { wordErrorRate } from './eval/wer.mjs';
import { decodeWav, to16k } from './eval/wav.mjs';

const fail = (message) => {
  console.error(`eval:captions: ${message}`);
  process.exit(1);
};

let args;
try {
  args = parseArgs({ options: { model: { type: 'string' }, data: { type: 'string' }, language: { type: 'string', default: 'en' } } }).values;
} catch (e) {
  fail(e.message);
}
if (!args.model || !args.data) fail('usage: npm run eval:captions -- --model DIR --data DIR [--language en|zh]');
const modelDir = resolve(args.model);
const dataDir = resolve(args.data);
if (!existsSync(join(modelDir, 'config.json'))) fail(`${modelDir} has no config.json: not a transformers.js model folder`);
if (!existsSync(dataDir)) fail(`${dataDir} does not exist`);
const wavs = readdirSync(dataDir).filter((f) => f.toLowerCase().endsWith('.wav')).sort();
const missing = wavs.filter((w) => !existsSync(join(dataDir, w.replace(/\.wav$/i, '.txt'))));
if (!wavs.length) fail(`${dataDir} has no .wav files`);
if (missing.length) fail(`no .txt transcript for: ${missing.join(', ')}`);

const { env, pipeline } = await import('@huggingface/transformers').catch((e) => fail(`cannot load transformers.js (${e.message})`));
env.allowRemoteModels = false;
env.localModelPath = dirname(modelDir) + '/';
const asr = await pipeline('automatic-speech-recognition', basename(modelDir), { dtype: 'fp32' }).catch((e) => fail(`cannot load the model: ${e.message}`));
const multilingual = asr.model.config.model_type === 'whisper' && asr.model.generation_config?.is_multilingual;

const pairs = [];
const decodeMs = [];
let audioSec = 0;
for (const wav of wavs) {
  const audio = to16k(decodeWav(readFileSync(join(dataDir, wav))));
  const reference = readFileSync(join(dataDir, wav.replace(/\.wav$/i, '.txt')), 'utf8').trim();
  const max_new_tokens = Math.min(160, Math.ceil(6 + (audio.length / 16000) * 6)); // as the app does
  const t0 = performance.now();
  const out = await asr(audio, multilingual ? { language: args.language, task: 'transcribe', max_new_tokens } : { max_new_tokens });
  const ms = performance.now() - t0;
  const hypothesis = (out.text ?? '').trim();
  pairs.push([reference, hypothesis]);
  decodeMs.push(ms);
  audioSec += audio.length / 16000;
  console.log(`${wav}\t${ms.toFixed(0)} ms\tWER ${(wordErrorRate([[reference, hypothesis]]) * 100).toFixed(1)} %\t${hypothesis}`);
}
const sorted = [...decodeMs].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
console.log(
  `\n${wavs.length} files, ${audioSec.toFixed(1)} s of audio: WER ${(wordErrorRate(pairs) * 100).toFixed(1)} %, ` +
    `decode median ${pct(0.5).toFixed(0)} ms, p95 ${pct(0.95).toFixed(0)} ms, real-time factor ${(decodeMs.reduce((a, b) => a + b, 0) / 1000 / audioSec).toFixed(3)}`,
);
