// Quality warnings: which figures of an interval are over their threshold, and which warnings to show.
import type { QualitySample, QualityWarning, QualityWarningKind } from './types';

/** Over these an interval raises a warning (issue 8: RTT > 400 ms, jitter > 30 ms, loss > 3 %, MOS < 3.5). */
export const THRESHOLDS = { rttMs: 400, jitterMs: 30, lossPct: 3, mos: 3.5 } as const;

export const WARNING_KINDS: readonly QualityWarningKind[] = ['rtt', 'jitter', 'loss', 'mos'];

/**
 * The warnings one interval raises, each with its figure. Loss counts either direction, the worse one:
 * what we receive, and what the far end reports of what we send — the customer hearing gaps is as bad
 * as the agent hearing them.
 */
export function intervalWarnings(s: QualitySample): QualityWarning[] {
  const raised: QualityWarning[] = [];
  if (s.rttMs !== null && s.rttMs > THRESHOLDS.rttMs) raised.push({ kind: 'rtt', value: s.rttMs });
  if (s.jitterMs !== null && s.jitterMs > THRESHOLDS.jitterMs) raised.push({ kind: 'jitter', value: s.jitterMs });
  const loss = Math.max(s.lossPct ?? -1, s.remoteLossPct ?? -1);
  if (loss > THRESHOLDS.lossPct) raised.push({ kind: 'loss', value: loss });
  if (s.mos !== null && s.mos < THRESHOLDS.mos) raised.push({ kind: 'mos', value: s.mos });
  return raised;
}

/**
 * Intervals a shown warning stays after its figure is back under the threshold. Loss and jitter come
 * in bursts: without this a warning would blink on and off from one second to the next, and every
 * change of a status region is read out by a screen reader. Raising is never delayed: one interval
 * over the threshold shows the warning at once.
 */
export const CLEAR_AFTER_INTERVALS = 3;

/** A shown warning: the figure that last raised it, and the intervals since then. */
export type ShownWarnings = Partial<Record<QualityWarningKind, { value: number; quietIntervals: number }>>;

export function nextShownWarnings(shown: ShownWarnings, raised: readonly QualityWarning[]): ShownWarnings {
  const next: ShownWarnings = {};
  for (const kind of WARNING_KINDS) {
    const now = raised.find((w) => w.kind === kind);
    const before = shown[kind];
    if (now) next[kind] = { value: now.value, quietIntervals: 0 };
    else if (before && before.quietIntervals + 1 < CLEAR_AFTER_INTERVALS) next[kind] = { value: before.value, quietIntervals: before.quietIntervals + 1 };
  }
  return next;
}

export const shownList = (shown: ShownWarnings): QualityWarning[] =>
  WARNING_KINDS.filter((k) => shown[k]).map((kind) => ({ kind, value: shown[kind]!.value }));
