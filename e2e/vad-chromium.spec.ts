// The app's own VAD worker (onnxruntime-web wasm + Silero v5, as built into the web bundle) in
// Chromium, on the same labelled fixtures as the Node test: onsets within 100 ms, offsets within 250 ms.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeWav } from '../src/renderer/voice/vad/wavFile';

const fixtures = resolve('e2e/fixtures/vad');
const labels = JSON.parse(readFileSync(join(fixtures, 'labels.json'), 'utf8')) as { speech: { start: number; end: number }[] };
const workerFile = readdirSync(resolve('out/web/assets')).find((f) => /^vad\.worker-.*\.js$/.test(f));

for (const file of ['clean.wav', 'noisy.wav', 'phone.wav', 'noise-only.wav']) {
  test(`VAD worker in Chromium: ${file}`, async ({ page, baseURL }) => {
    expect(workerFile, 'the web build contains the VAD worker').toBeDefined();
    await page.goto(baseURL!);
    const { samples } = decodeWav(readFileSync(join(fixtures, file)));
    const segments = await page.evaluate(
      async ({ url, pcm }) => {
        const worker = new Worker(url, { type: 'module' });
        const channel = new MessageChannel();
        const found: { start: number; end: number }[] = [];
        const ready = new Promise<void>((resolve, reject) => {
          worker.onmessage = (m) => {
            if (m.data.type === 'ready') resolve();
            if (m.data.type === 'error') reject(new Error(m.data.message));
            if (m.data.type === 'vad' && m.data.event.type === 'speech-end') found.push({ start: m.data.event.startMs / 1000, end: m.data.event.atMs / 1000 });
          };
        });
        worker.postMessage(
          { type: 'init', assetBase: document.baseURI, version: 'v5', sampleRate: 16000,
            segmenter: { startThreshold: 0.5, endThreshold: 0.35, minSpeechMs: 96, minSilenceMs: 320 }, port: channel.port2 },
          [channel.port2],
        );
        await ready;
        const all = Float32Array.from(pcm);
        // 1 s of silence after the clip closes the last segment, as a pause would in a call.
        const padded = new Float32Array(all.length + 16000);
        padded.set(all);
        for (let i = 0; i < padded.length; i += 1024) channel.port1.postMessage({ samples: padded.slice(i, i + 1024), frame: i });
        await new Promise((r) => setTimeout(r, 100));
        const deadline = Date.now() + 20000;
        let last = -1;
        while (Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 1500)); // no new segment for 1.5 s: the clip is done
          if (found.length === last) break;
          last = found.length;
        }
        worker.terminate();
        return found;
      },
      { url: `assets/${workerFile}`, pcm: Array.from(samples) },
    );
    const expected = file === 'noise-only.wav' ? [] : labels.speech;
    expect(segments.length, JSON.stringify(segments)).toBe(expected.length);
    segments.forEach((s, i) => {
      // The resampler's filter delays by a few ms at 16 kHz; well inside the tolerance.
      expect(Math.abs(s.start - expected[i]!.start), `onset ${i}`).toBeLessThanOrEqual(0.1);
      expect(Math.abs(s.end - expected[i]!.end), `offset ${i}`).toBeLessThanOrEqual(0.25);
    });
  });
}
