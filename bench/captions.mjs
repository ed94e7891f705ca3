// Caption benchmark: the app's whole caption pipeline in Chromium with the committed RANDOM-WEIGHT
// fixture model (speed only; it recognises nothing). The demo call plays its customer recording while
// the agent's fake microphone plays a call recording; for every final caption: segment end (the VAD's
// decision reaching the caption worker) -> the final line painted in the Captions panel. Baseline in the
// same run: the decode alone (transformers.js generate for that segment), so the ratio shows what the
// pipeline adds (queueing behind interim decodes, messaging, React).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../e2e/support/chromium.mjs';
import { serveStatic, summarise } from './lib.mjs';

const RUNS = Number(process.env.BENCH_CAPTION_RUNS ?? 2);
const MODEL_ID = 'caption-model'; // e2e/fixtures/caption-model, served as test-models/caption-model/

if (spawnSync('npm', ['run', '--silent', 'build:web'], { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('building the web app failed');
const server = await serveStatic({ '/test-models/': resolve('e2e/fixtures'), '/': resolve('out/web') });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs(resolve('e2e/fixtures/vad/agent-call.wav')) });

try {
  const context = await browser.newContext({ permissions: ['microphone'] });
  // The fixture folder is e2e/fixtures/caption-model: policy names it, as IT would.
  await context.route(`${base}policy.json`, (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify({ version: 2, captions: { modelId: MODEL_ID, modelFolder: 'test-models' } }) }),
  );
  const page = await context.newPage();
  await page.goto(base);
  const latency = [];
  const decode = [];
  let interims = 0;
  for (let run = 0; run < RUNS; run++) {
    await page.getByRole('button', { name: 'Try a demo call' }).click();
    const captions = page.getByRole('region', { name: 'Captions' });
    await captions.getByText('Captions on').waitFor({ timeout: 60_000 });
    // Count interim results as they are painted, then wait for the recording to end the demo.
    await page.evaluate(() => {
      window.__interims = 0;
      new MutationObserver((ms) => ms.forEach((m) => m.addedNodes.forEach((n) => n.nodeType === 1 && n.matches?.('[data-final="false"]') && window.__interims++))).observe(document.body, { subtree: true, childList: true });
    });
    await page.getByRole('region', { name: 'Demo call' }).waitFor({ state: 'detached', timeout: 120_000 });
    const got = await page.evaluate(() => {
      const pick = (name) => performance.getEntriesByName(name).map((e) => e.duration);
      const out = { latency: pick('switchboard:caption-latency'), decode: pick('switchboard:caption-decode'), interims: window.__interims };
      performance.clearMeasures();
      return out;
    });
    latency.push(...got.latency);
    decode.push(...got.decode);
    interims += got.interims;
  }
  const l = summarise(latency);
  const d = summarise(decode);
  const f = (v) => v.toFixed(0).padStart(8);
  console.log(`\nCaption benchmark: random-weight fixture model (e2e/fixtures/${MODEL_ID}, accuracy not measured), WebAssembly, ${RUNS} demo calls, ${l.n} final captions, ${interims} interim lines painted`);
  console.log(`${'metric (ms)'.padEnd(44)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`);
  console.log(`${'segment end -> final caption on screen'.padEnd(44)} ${f(l.median)} ${f(l.p95)} ${f(l.max)}`);
  console.log(`${'baseline: decode of the final segment alone'.padEnd(44)} ${f(d.median)} ${f(d.p95)} ${f(d.max)}`);
  console.log(`${'ratio pipeline / decode'.padEnd(44)} ${(l.median / d.median).toFixed(2).padStart(8)} ${(l.p95 / d.p95).toFixed(2).padStart(8)}`);
  mkdirSync('out/bench', { recursive: true });
  writeFileSync('out/bench/captions.json', JSON.stringify({ latencyMs: latency, decodeMs: decode, interims, latency: l, decode: d }, null, 2));
} finally {
  await browser.close();
  server.close();
}
