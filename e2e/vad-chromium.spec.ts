// The app's own VAD worker (onnxruntime-web wasm + Silero v5, as built into the web bundle) in
// Chromium, on the same labelled fixtures as the Node test: onsets within 100 ms, offsets within 250 ms.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeWav } from '../src/renderer/voice/vad/wavFile';

const fixtures = resolve('e2e/fixtures/vad');
const labels = JSON.parse(readFileSync(join(fixtures, 'labels.json'), 'utf8')) as { speech: { start: number; end: number }[] };
const workerFile = readdirSync(resolve('out/web/assets')).find((f) => /^vad\.worker-.*\.js$/.test(f));

type Segment = { start: number; end: number };

/**
 * Feeds a clip through one app VAD worker once per binding in `uses` (init, audio, release), as the
 * analysis does when it keeps a worker for the next call. Returns each binding's segments and any
 * message that arrived tagged with another binding than the current one.
 */
function runClip(page: Page, pcm: number[], uses: number[]): Promise<{ runs: Segment[][]; stray: unknown[] }> {
  return page.evaluate(
    async ({ url, pcm, uses }) => {
      const worker = new Worker(url, { type: 'module' });
      const runs: { start: number; end: number }[][] = [];
      const stray: unknown[] = [];
      const all = Float32Array.from(pcm);
      // 1 s of silence after the clip closes the last segment, as a pause would in a call.
      const padded = new Float32Array(all.length + 16000);
      padded.set(all);
      for (const use of uses) {
        const channel = new MessageChannel();
        const found: { start: number; end: number }[] = [];
        const ready = new Promise<void>((resolve, reject) => {
          worker.onmessage = (m) => {
            if (m.data.use !== use) stray.push(m.data);
            else if (m.data.type === 'ready') resolve();
            else if (m.data.type === 'error') reject(new Error(m.data.message));
            else if (m.data.type === 'vad' && m.data.event.type === 'speech-end') found.push({ start: m.data.event.startMs / 1000, end: m.data.event.atMs / 1000 });
          };
        });
        worker.postMessage(
          { type: 'init', assetBase: document.baseURI, version: 'v5', sampleRate: 16000, use,
            segmenter: { startThreshold: 0.5, endThreshold: 0.35, minSpeechMs: 96, minSilenceMs: 320 }, port: channel.port2 },
          [channel.port2],
        );
        await ready;
        for (let i = 0; i < padded.length; i += 1024) channel.port1.postMessage({ samples: padded.slice(i, i + 1024), frame: i });
        await new Promise((r) => setTimeout(r, 100));
        const deadline = Date.now() + 20000;
        let last = -1;
        while (Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 1500)); // no new segment for 1.5 s: the clip is done
          if (found.length === last) break;
          last = found.length;
        }
        const released = new Promise<void>((resolve) => {
          const prev = worker.onmessage!;
          worker.onmessage = (m) => (m.data.type === 'released' && m.data.use === use ? resolve() : prev.call(worker, m));
        });
        worker.postMessage({ type: 'release', use });
        await released;
        runs.push(found);
      }
      worker.terminate();
      return { runs, stray };
    },
    { url: `assets/${workerFile}`, pcm, uses },
  );
}

function expectLabelled(segments: Segment[], expected: Segment[]): void {
  expect(segments.length, JSON.stringify(segments)).toBe(expected.length);
  segments.forEach((s, i) => {
    // The resampler's filter delays by a few ms at 16 kHz; well inside the tolerance.
    expect(Math.abs(s.start - expected[i]!.start), `onset ${i}`).toBeLessThanOrEqual(0.1);
    expect(Math.abs(s.end - expected[i]!.end), `offset ${i}`).toBeLessThanOrEqual(0.25);
  });
}

for (const file of ['clean.wav', 'noisy.wav', 'phone.wav', 'noise-only.wav']) {
  test(`VAD worker in Chromium: ${file}`, async ({ page, baseURL }) => {
    expect(workerFile, 'the web build contains the VAD worker').toBeDefined();
    await page.goto(baseURL!);
    const { samples } = decodeWav(readFileSync(join(fixtures, file)));
    const { runs } = await runClip(page, Array.from(samples), [1]);
    expectLabelled(runs[0]!, file === 'noise-only.wav' ? [] : labels.speech);
  });
}

test('a VAD worker kept for the next call starts that call afresh, and nothing from the first call leaks into it', async ({ page, baseURL }) => {
  await page.goto(baseURL!);
  const { samples } = decodeWav(readFileSync(join(fixtures, 'clean.wav')));
  const { runs, stray } = await runClip(page, Array.from(samples), [1, 2]);
  expectLabelled(runs[0]!, labels.speech);
  expectLabelled(runs[1]!, labels.speech);
  expect(stray).toEqual([]);
});
