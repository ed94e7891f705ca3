// A call's quality summary, accumulated sample by sample and summarised when the call ends.
import { intervalWarnings, WARNING_KINDS } from './warnings';
import type { CallQualitySummary, QualitySample, QualityWarningKind } from './types';

export interface QualityTotals {
  samples: number;
  ms: number;
  mos: number[];
  rttMs: number[];
  jitterMs: number[];
  packetsReceived: number;
  packetsLost: number;
  concealedSamples: number;
  samplesReceived: number;
  warningMs: Record<QualityWarningKind, number>;
  codec: string | null;
}

export const emptyTotals = (): QualityTotals => ({
  samples: 0, ms: 0, mos: [], rttMs: [], jitterMs: [], packetsReceived: 0, packetsLost: 0,
  concealedSamples: 0, samplesReceived: 0, warningMs: { rtt: 0, jitter: 0, loss: 0, mos: 0 }, codec: null,
});

/** Adds one sample (mutates: the totals live outside the store and grow for the whole call). */
export function addSample(t: QualityTotals, s: QualitySample): void {
  t.samples += 1;
  t.ms += s.intervalMs;
  if (s.mos !== null) t.mos.push(s.mos);
  if (s.rttMs !== null) t.rttMs.push(s.rttMs);
  if (s.jitterMs !== null) t.jitterMs.push(s.jitterMs);
  t.packetsReceived += s.packetsReceivedDelta;
  t.packetsLost += s.packetsLostDelta;
  t.concealedSamples += s.concealedSamplesDelta;
  t.samplesReceived += s.totalSamplesReceivedDelta;
  // The time each figure was really over its threshold: the shown warning's extra seconds are not counted.
  for (const w of intervalWarnings(s)) t.warningMs[w.kind] += s.intervalMs;
  if (s.codec) t.codec = s.codec;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
// reduce, not Math.min(...values): a long call has tens of thousands of samples.
const lowest = (values: readonly number[], digits: number) =>
  values.length ? { median: round(median(values)!, digits), min: round(values.reduce((a, b) => Math.min(a, b)), digits) } : null;
const highest = (values: readonly number[], digits: number) =>
  values.length ? { median: round(median(values)!, digits), max: round(values.reduce((a, b) => Math.max(a, b)), digits) } : null;

export function summarise(t: QualityTotals): CallQualitySummary {
  const lost = Math.max(0, t.packetsLost);
  const expected = t.packetsReceived + lost;
  return {
    samples: t.samples,
    seconds: Math.round(t.ms / 1000),
    mos: lowest(t.mos, 2),
    rttMs: highest(t.rttMs, 0),
    jitterMs: highest(t.jitterMs, 0),
    lossPct: expected > 0 ? round((100 * lost) / expected, 2) : null,
    concealmentPct: t.samplesReceived > 0 ? round((100 * t.concealedSamples) / t.samplesReceived, 2) : null,
    warningSeconds: Object.fromEntries(WARNING_KINDS.map((k) => [k, Math.round(t.warningMs[k] / 1000)])) as Record<QualityWarningKind, number>,
    codec: t.codec,
  };
}
