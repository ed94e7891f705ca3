// Plain data about a call's audio quality: one sample per second while the call runs, and the summary
// kept with the call in history.

/** One measured interval (about a second) of a call, from the difference between two getStats() reports. */
export interface QualitySample {
  /** Stats time at the end of the interval (ms since the epoch). */
  at: number;
  intervalMs: number;
  /** Audio packets received in the interval (0 on hold, or when the far end's audio has stopped). */
  packetsReceivedDelta: number;
  /** May be negative: RFC 3550's cumulative loss falls when a packet counted lost arrives after all. */
  packetsLostDelta: number;
  packetsSentDelta: number;
  concealedSamplesDelta: number;
  totalSamplesReceivedDelta: number;
  /** Packets lost on the way to us over the interval, % of those expected; null when none were expected. */
  lossPct: number | null;
  /** Loss the far end reported in its latest RTCP receiver report, %. */
  remoteLossPct: number | null;
  /** Interarrival jitter of what we receive (RFC 3550), ms; null when no packet arrived. */
  jitterMs: number | null;
  rttMs: number | null;
  /** Where the round-trip time came from: RTCP (the media path) or ICE consent checks (the fallback). */
  rttSource: 'rtcp' | 'ice' | null;
  /** Mean time a played-out sample spent in the jitter buffer over the interval, ms. */
  jitterBufferMs: number | null;
  /** Share of played-out samples that the receiver had to make up (packet loss concealment), %. */
  concealmentPct: number | null;
  /** Mouth-to-ear estimate used for the E-model: RTT / 2 + jitter buffer delay, ms. */
  oneWayDelayMs: number | null;
  /** Codec of the received audio, as its MIME subtype ("opus", "PCMU"). */
  codec: string | null;
  /** E-model rating and MOS of what we hear; null when no audio arrived in the interval. */
  rFactor: number | null;
  mos: number | null;
}

export type QualityWarningKind = 'rtt' | 'jitter' | 'loss' | 'mos';

/** A warning shown now, with the figure that raised it. */
export interface QualityWarning {
  kind: QualityWarningKind;
  value: number;
}

/** What is kept with the call in history (figures rounded for storage). */
export interface CallQualitySummary {
  /** Intervals measured. */
  samples: number;
  /** Seconds they covered. */
  seconds: number;
  mos: { median: number; min: number } | null;
  rttMs: { median: number; max: number } | null;
  jitterMs: { median: number; max: number } | null;
  /** Packets lost on the way to us over the whole call, % of those expected. */
  lossPct: number | null;
  /** Concealed samples over the whole call, % of samples played out. */
  concealmentPct: number | null;
  /** Seconds in which each figure was over its warning threshold. */
  warningSeconds: Record<QualityWarningKind, number>;
  codec: string | null;
}
