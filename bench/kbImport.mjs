// Knowledge-base import benchmark: a 20 MB CSV (e2e/support/bigFaqCsv.ts) imported in Debian Chromium
// on the main thread (as before the import worker) and through the import worker, alternately,
// BENCH_ITERATIONS times (default 3): the longest main-thread task while it runs and the time to done.
// Writes out/bench/kb-import.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../e2e/support/chromium.mjs';
import { serveStatic, summarise } from './lib.mjs';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 3);
if (spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--config', 'bench/vite.kbimport.config.ts'], { stdio: 'inherit' }).status !== 0) {
  throw new Error('building the knowledge-base import benchmark page failed');
}
const server = await serveStatic({ '/': resolve('out/bench-kbimport') });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  let csv;
  const runs = { mainThread: [], worker: [] };
  for (let i = 0; i < ITERATIONS; i++) {
    for (const how of ['mainThread', 'worker']) {
      // A fresh page each run: the garbage of one run (hundreds of MB for a main-thread parse) must not
      // be collected on the main thread during the next.
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForFunction(() => window.csv);
      csv = await page.evaluate(() => window.csv);
      const r = await page.evaluate((fn) => window[fn](), how);
      if (r.articles !== csv.rows) throw new Error(`${how} imported ${r.articles} articles, expected ${csv.rows}`);
      runs[how].push(r);
    }
  }
  const f = (v) => v.toFixed(0).padStart(9);
  console.log(`\nKnowledge-base import: ${(csv.bytes / 1024 / 1024).toFixed(1)} MB CSV, ${csv.rows} rows, ${ITERATIONS} runs each in Chromium (ms, median / max)\n`);
  console.log(`${'how'.padEnd(44)} ${'longest'.padStart(9)} ${'max'.padStart(9)} ${'done in'.padStart(9)} ${'max'.padStart(9)}`);
  const rows = {};
  for (const [how, label] of [['mainThread', 'parse on the main thread (before)'], ['worker', 'import worker: read, parse, IndexedDB write']]) {
    const longest = summarise(runs[how].map((r) => r.longestTaskMs));
    const done = summarise(runs[how].map((r) => r.ms));
    rows[how] = { longestTaskMs: longest, doneMs: done };
    console.log(`${label.padEnd(44)} ${f(longest.median)} ${f(longest.max)} ${f(done.median)} ${f(done.max)}`);
  }
  console.log('longest = the longest main-thread task while it ran (PerformanceObserver "longtask"); the window cannot repaint or take input during it.');
  mkdirSync('out/bench', { recursive: true });
  writeFileSync('out/bench/kb-import.json', JSON.stringify({ csv, iterations: ITERATIONS, rows, raw: runs }, null, 2));
} finally {
  await browser.close();
  server.close();
}
