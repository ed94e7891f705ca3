import { describe, expect, it } from 'vitest';
import { Resampler } from './resampler';

/** The filter evaluated directly at each output instant (what the resampler's cached taps stand for). */
function direct(x: Float32Array, inputRate: number, count: number): number[] {
  const cutoff = Math.min(1, 16000 / inputRate) * 0.95;
  const reach = 16 / cutoff;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = (i * inputRate) / 16000;
    let acc = 0;
    for (let n = Math.max(0, Math.ceil(t - reach)); n <= Math.min(x.length - 1, Math.floor(t + reach)); n++) {
      const d = n - t;
      const arg = d * cutoff;
      acc += x[n]! * (arg === 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg)) * (0.5 + 0.5 * Math.cos((Math.PI * d) / reach));
    }
    out.push(acc * cutoff);
  }
  return out;
}

describe('Resampler', () => {
  it.each([48000, 44100, 8000])('matches the directly evaluated filter at %i Hz, pushed in odd-sized pieces', (rate) => {
    const x = Float32Array.from({ length: rate / 2 }, (_, i) => 0.4 * Math.sin(i * 0.013) + 0.3 * Math.sin(i * 0.31 + 1) * Math.sin(i * 0.002));
    const r = new Resampler(rate);
    const got: number[] = [];
    for (let i = 0; i < x.length; i += 997) got.push(...r.push(x.subarray(i, i + 997)));
    const want = direct(x, rate, got.length);
    expect(got.length).toBeGreaterThan(7800);
    const worst = Math.max(...got.map((v, i) => Math.abs(v - want[i]!)));
    expect(worst).toBeLessThan(2e-3);
  });
});
