// When the customer's mood is a pattern, not one sharp sentence: the mean of the last few final
// customer utterances below a threshold raises the alert.
export interface SentimentPoint {
  /** Call time of the utterance's end, ms. */
  atMs: number;
  score: number;
}

export const ALERT_WINDOW = 3;
export const ALERT_BELOW = -0.25;

export function recentMean(points: readonly SentimentPoint[], window = ALERT_WINDOW): number | null {
  if (points.length === 0) return null;
  const last = points.slice(-window);
  return last.reduce((sum, p) => sum + p.score, 0) / last.length;
}

export function sustainedNegative(points: readonly SentimentPoint[], window = ALERT_WINDOW, below = ALERT_BELOW): boolean {
  return points.length >= window && (recentMean(points, window) ?? 0) < below;
}
