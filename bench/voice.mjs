// Voice benchmark: Switchboard's VAD pipeline vs @ricky0123/vad-web's MicVAD at its defaults, in
// Debian Chromium, in real time on the same labelled clips (e2e/fixtures/vad). Prints onset/offset
// delays (when each reports, by the clip's clock, minus the true boundary) and per-frame cost.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../e2e/support/chromium.mjs';
import { serveStatic, summarise } from './lib.mjs';

const require = createRequire(import.meta.url);
const pub = resolve('out/bench-voice-public');
rmSync(pub, { recursive: true, force: true });
for (const d of ['voice', 'vadweb', 'clips']) mkdirSync(join(pub, d), { recursive: true });
spawnSync(process.execPath, ['scripts/copy-voice-assets.mjs'], { stdio: 'inherit' });
for (const f of ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs', 'silero_vad_v5.onnx', 'silero_vad_v6.onnx']) {
  copyFileSync(resolve('assets/public/voice', f), join(pub, 'voice', f));
  if (f.startsWith('ort')) copyFileSync(resolve('assets/public/voice', f), join(pub, 'vadweb', f));
}
const vadWeb = dirname(require.resolve('@ricky0123/vad-web/dist/silero_vad_v5.onnx'));
for (const f of ['vad.worklet.bundle.min.js', 'silero_vad_legacy.onnx', 'silero_vad_v5.onnx']) copyFileSync(join(vadWeb, f), join(pub, 'vadweb', f));
const CLIPS = ['clean.wav', 'noisy.wav', 'phone.wav'];
for (const c of CLIPS) copyFileSync(resolve('e2e/fixtures/vad', c), join(pub, 'clips', c));
const labels = JSON.parse(readFileSync(resolve('e2e/fixtures/vad/labels.json'), 'utf8')).speech;

if (spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--config', 'bench/vite.voice.config.ts'], { stdio: 'inherit' }).status !== 0) {
  throw new Error('building the voice benchmark page failed');
}
const server = await serveStatic({ '/': resolve('out/bench-voice') });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });

/** For each true segment: delay of the first start mark near it, and of the first end mark after it. */
function delays(marks) {
  const onset = [];
  const offset = [];
  for (const seg of labels) {
    const s = marks.find((m) => m.kind === 'start' && m.at >= seg.start - 0.3 && m.at <= seg.end);
    const e = marks.find((m) => m.kind === 'end' && m.at >= seg.end - 0.3 && m.at <= seg.end + 4);
    if (s) onset.push((s.at - seg.start) * 1000);
    if (e) offset.push((e.at - seg.end) * 1000);
  }
  return { onset, offset };
}

try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const ours = { onset: [], offset: [], costs: [], missed: 0 };
  const theirs = { onset: [], offset: [], costs: [], missed: 0 };
  for (const clip of CLIPS) {
    for (const [name, into] of [['switchboard', ours], ['micVad', theirs]]) {
      const r = await page.evaluate(([fn, url]) => window[fn](url, 1), [name, `clips/${clip}`]);
      const d = delays(r.marks);
      into.onset.push(...d.onset);
      into.offset.push(...d.offset);
      into.missed += 2 * labels.length - d.onset.length - d.offset.length;
      into.costs.push(...r.costs);
    }
  }
  const both = await page.evaluate(() => window.switchboard('clips/clean.wav', 2));
  const bothMean = both.costs.reduce((a, b) => a + b, 0) / both.costs.length;
  // Each channel runs 31.25 frames a second; with both running, per-frame cost measured under contention.
  const coreShare = (2 * bothMean * 31.25) / 1000;

  const rows = [
    ['onset delay (ms)', summarise(ours.onset), summarise(theirs.onset)],
    ['offset delay (ms)', summarise(ours.offset), summarise(theirs.offset)],
    ['cost per 32 ms frame, one channel (ms)', summarise(ours.costs), summarise(theirs.costs)],
  ];
  const f = (v) => (v === undefined ? '     n/a' : v.toFixed(2).padStart(8));
  console.log(`\nVoice activity benchmark: ${CLIPS.length} clips x ${labels.length} utterances, real time in Chromium; baseline = vad-web MicVAD at its defaults (legacy Silero model, its own frame processor)\n`);
  console.log(`${'metric'.padEnd(40)} ${'SB med'.padStart(8)} ${'SB p95'.padStart(8)} ${'SB mean'.padStart(8)} ${'Mic med'.padStart(8)} ${'Mic p95'.padStart(8)} ${'Mic mean'.padStart(8)} ${'ratio med'.padStart(9)}`);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const src = { 'onset delay (ms)': ['onset'], 'offset delay (ms)': ['offset'], 'cost per 32 ms frame, one channel (ms)': ['costs'] };
  for (const [label, a, b] of rows) {
    const key = src[label][0];
    console.log(`${label.padEnd(40)} ${f(a.median)} ${f(a.p95)} ${f(mean(ours[key]))} ${f(b.median)} ${f(b.p95)} ${f(mean(theirs[key]))} ${(a.median / b.median).toFixed(2).padStart(9)}`);
  }
  console.log(`missed boundaries: Switchboard ${ours.missed}, MicVAD ${theirs.missed} (of ${2 * labels.length * CLIPS.length})`);
  console.log(`both channels running: ${bothMean.toFixed(2)} ms mean per frame per channel, ${(coreShare * 100).toFixed(1)} % of one core`);
  mkdirSync('out/bench', { recursive: true });
  writeFileSync('out/bench/voice.json', JSON.stringify({ ours, theirs, both: { meanMs: bothMean, coreShare } }, null, 2));
} finally {
  await browser.close();
  server.close();
}
