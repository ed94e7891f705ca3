// Silero VAD (the real ONNX models from @ricky0123/vad-web, through onnxruntime-web's wasm backend in
// Node) on espeak-ng speech with known boundaries: scripts/make-vad-fixtures.sh.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { FRAME_SAMPLES, loadSilero } from './sileroModel';
import { SpeechSegmenter, type VadEvent } from './segmenter';
import { decodeWav } from './wavFile';
import { Resampler } from './resampler';

ort.env.wasm.numThreads = 1;
const require = createRequire(import.meta.url);
const modelDir = dirname(require.resolve('@ricky0123/vad-web/dist/silero_vad_v5.onnx'));
const fixtures = resolve('e2e/fixtures/vad');
const labels = JSON.parse(readFileSync(join(fixtures, 'labels.json'), 'utf8')) as { speech: { start: number; end: number }[] };

async function segments(file: string, version: 'v5' | 'v6', rate = 16000) {
  const model = await loadSilero(ort, readFileSync(join(modelDir, `silero_vad_${version}.onnx`)));
  const { samples, sampleRate } = decodeWav(readFileSync(join(fixtures, file)));
  if (sampleRate !== rate) throw new Error(`${file} is not at ${rate} Hz`);
  const seg = new SpeechSegmenter();
  const events: VadEvent[] = [];
  for (let i = 0; i + FRAME_SAMPLES <= samples.length; i += FRAME_SAMPLES) events.push(...seg.push(await model.process(samples.subarray(i, i + FRAME_SAMPLES))));
  events.push(...seg.flush());
  await model.release();
  return events.filter((e) => e.type === 'speech-end').map((e) => ({ start: e.startMs / 1000, end: e.atMs / 1000 }));
}

describe('Silero VAD on real speech (onnxruntime-web wasm in Node)', { timeout: 60_000 }, () => {
  for (const version of ['v5', 'v6'] as const) {
    for (const file of ['clean.wav', 'noisy.wav', 'phone.wav']) {
      it(`${version} ${file}: onsets within 100 ms, offsets within 250 ms`, async () => {
        const found = await segments(file, version);
        expect(found.length, JSON.stringify(found)).toBe(labels.speech.length);
        found.forEach((s, i) => {
          expect(Math.abs(s.start - labels.speech[i]!.start), `onset ${i}`).toBeLessThanOrEqual(0.1);
          expect(Math.abs(s.end - labels.speech[i]!.end), `offset ${i}`).toBeLessThanOrEqual(0.25);
        });
      });
    }
    it(`${version}: no speech in noise alone`, async () => {
      expect(await segments('noise-only.wav', version)).toEqual([]);
    });
  }

  it('refuses a file that is not a Silero model, saying so', async () => {
    await expect(loadSilero(ort, new Uint8Array([1, 2, 3]))).rejects.toThrow(/voice activity model could not be loaded/);
  });
});

describe('resampler', () => {
  it('takes 48 kHz speech to 16 kHz keeping the level and the length', () => {
    const tone48 = Float32Array.from({ length: 48000 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / 48000));
    const r = new Resampler(48000);
    const out = [...r.push(tone48.subarray(0, 20000)), ...r.push(tone48.subarray(20000))];
    expect(Math.abs(out.length - 16000)).toBeLessThan(80);
    const rms = Math.sqrt(out.slice(200, 15000).reduce((a, v) => a + v * v, 0) / 14800);
    expect(rms).toBeGreaterThan(0.33);
    expect(rms).toBeLessThan(0.38);
    // A tone above the new Nyquist frequency (10 kHz) is removed, not folded back.
    const high = Float32Array.from({ length: 48000 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 10000 * i) / 48000));
    const folded = new Resampler(48000).push(high);
    const hrms = Math.sqrt(folded.slice(200, 15000).reduce((a, v) => a + v * v, 0) / 14800);
    expect(hrms).toBeLessThan(0.02);
  });
});
