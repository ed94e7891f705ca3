// How quality figures are written on screen (the indicator and the history details alike).
import { THRESHOLDS } from './warnings';

export type Rating = 'good' | 'fair' | 'poor';

/** Good from MOS 4.0 (G.107 Annex B: "satisfied", R ≥ 80); poor under the warning threshold. */
export const ratingOf = (mos: number): Rating => (mos >= 4 ? 'good' : mos >= THRESHOLDS.mos ? 'fair' : 'poor');

export const formatMs = (ms: number) => String(Math.round(ms));
export const formatMos = (mos: number) => mos.toFixed(1);
/** One decimal, none when whole: "5", "11.9", "0.4". */
export const formatPct = (pct: number) => String(Math.round(pct * 10) / 10);
