// Reads a peer connection's RTCStatsReport (W3C webrtc-stats, as Chromium fills it) into the counters a
// quality sample needs, and turns two such snapshots into the figures of the interval between them.
// Counters are cumulative since the stream began, so every figure comes from their differences: the
// loss and concealment of the last second, not the call's average so far.
import { impairmentOf, mosFromR, rFactor } from './eModel';
import type { QualitySample } from './types';

/** What getStats() resolves to, or anything with the same forEach (a Map in tests). */
export interface StatsReportLike {
  forEach(callback: (stat: unknown) => void): void;
}

interface InboundCounters {
  ssrc: number | null;
  packetsReceived: number;
  packetsLost: number;
  packetsDiscarded: number;
  concealedSamples: number;
  totalSamplesReceived: number;
  /** Seconds, summed over every sample played out (with jitterBufferEmittedCount). */
  jitterBufferDelay: number;
  jitterBufferEmittedCount: number;
  /** Seconds: the current RFC 3550 estimate, not a counter. */
  jitter: number | null;
}

export interface StatsSnapshot {
  /** ms since the epoch. */
  timestamp: number;
  inbound: InboundCounters | null;
  packetsSent: number;
  /** Seconds, from the far end's latest RTCP receiver report. */
  rtcpRoundTripTime: number | null;
  /** 0–1, from the same report. */
  remoteFractionLost: number | null;
  /** Seconds, from ICE consent checks on the selected candidate pair. */
  icePairRoundTripTime: number | null;
  codec: string | null;
}

type Stat = Record<string, unknown> & { id: string; type: string };

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const count = (v: unknown): number => num(v) ?? 0;

function byType(report: StatsReportLike): { all: Map<string, Stat>; of(type: string): Stat[] } {
  const all = new Map<string, Stat>();
  report.forEach((s) => {
    if (s && typeof s === 'object' && typeof (s as Stat).id === 'string' && typeof (s as Stat).type === 'string') all.set((s as Stat).id, s as Stat);
  });
  return { all, of: (type) => [...all.values()].filter((s) => s.type === type) };
}

const isAudio = (s: Stat) => (s.kind ?? s.mediaType) === 'audio';

/**
 * The counters of one report. With more than one audio stream received (rare: a renegotiation that
 * changed the far end's SSRC can leave the old one listed), the stream followed before is kept, else
 * the one that has carried the most packets.
 */
export function readSnapshot(report: StatsReportLike, previous?: StatsSnapshot | null): StatsSnapshot {
  const stats = byType(report);
  const inbounds = stats.of('inbound-rtp').filter(isAudio);
  const followed = previous?.inbound?.ssrc;
  const inbound =
    inbounds.find((s) => followed !== null && followed !== undefined && num(s.ssrc) === followed) ??
    inbounds.reduce<Stat | undefined>((best, s) => (!best || count(s.packetsReceived) > count(best.packetsReceived) ? s : best), undefined);
  const outbound = stats.of('outbound-rtp').filter(isAudio);
  const remoteInbound = stats.of('remote-inbound-rtp').filter(isAudio).find((s) => count(s.roundTripTimeMeasurements) > 0 || num(s.fractionLost) !== null);
  const codecOf = (s: Stat | undefined) => {
    const mime = s && typeof s.codecId === 'string' ? stats.all.get(s.codecId)?.mimeType : undefined;
    return typeof mime === 'string' ? mime.replace(/^audio\//i, '') : null;
  };
  const timestamps = [...stats.all.values()].map((s) => num(s.timestamp)).filter((t): t is number => t !== null);
  return {
    timestamp: num(inbound?.timestamp) ?? (timestamps.length ? Math.max(...timestamps) : Date.now()),
    inbound: inbound
      ? {
          ssrc: num(inbound.ssrc),
          packetsReceived: count(inbound.packetsReceived),
          packetsLost: count(inbound.packetsLost),
          packetsDiscarded: count(inbound.packetsDiscarded),
          concealedSamples: count(inbound.concealedSamples),
          totalSamplesReceived: count(inbound.totalSamplesReceived),
          jitterBufferDelay: count(inbound.jitterBufferDelay),
          jitterBufferEmittedCount: count(inbound.jitterBufferEmittedCount),
          jitter: num(inbound.jitter),
        }
      : null,
    packetsSent: outbound.reduce((sum, s) => sum + count(s.packetsSent), 0),
    rtcpRoundTripTime: remoteInbound && count(remoteInbound.roundTripTimeMeasurements) > 0 ? num(remoteInbound.roundTripTime) : null,
    remoteFractionLost: remoteInbound ? num(remoteInbound.fractionLost) : null,
    icePairRoundTripTime: num(selectedPair(stats)?.currentRoundTripTime),
    codec: codecOf(inbound) ?? codecOf(outbound[0]),
  };
}

/** The pair the transport names as selected; else a nominated, succeeded one (older reports). */
function selectedPair(stats: ReturnType<typeof byType>): Stat | undefined {
  for (const t of stats.of('transport')) {
    const pair = typeof t.selectedCandidatePairId === 'string' ? stats.all.get(t.selectedCandidatePairId) : undefined;
    if (pair) return pair;
  }
  return stats.of('candidate-pair').find((p) => p.nominated === true && p.state === 'succeeded');
}

const ZERO: InboundCounters = {
  ssrc: null, packetsReceived: 0, packetsLost: 0, packetsDiscarded: 0, concealedSamples: 0,
  totalSamplesReceived: 0, jitterBufferDelay: 0, jitterBufferEmittedCount: 0, jitter: null,
};
// A counter that went backwards belongs to a new stream: count this interval from zero instead.
const delta = (now: number, before: number) => Math.max(0, now - before);
const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null);

/** The figures of the interval between two snapshots of the same call. */
export function qualitySample(before: StatsSnapshot, now: StatsSnapshot): QualitySample {
  const cur = now.inbound ?? ZERO;
  const sameStream = before.inbound && now.inbound && before.inbound.ssrc === now.inbound.ssrc;
  const prev = sameStream ? before.inbound! : ZERO;
  const received = delta(cur.packetsReceived, prev.packetsReceived);
  // Not clamped: RFC 3550's cumulative loss falls when a packet counted lost arrives late after all.
  const lost = cur.packetsLost - prev.packetsLost;
  const lostNow = Math.max(0, lost);
  const discarded = delta(cur.packetsDiscarded, prev.packetsDiscarded);
  const concealed = delta(cur.concealedSamples, prev.concealedSamples);
  const samples = delta(cur.totalSamplesReceived, prev.totalSamplesReceived);
  const emitted = delta(cur.jitterBufferEmittedCount, prev.jitterBufferEmittedCount);

  const rtt = now.rtcpRoundTripTime ?? now.icePairRoundTripTime;
  const rttMs = rtt === null ? null : rtt * 1000;
  const jitterBufferMs = emitted > 0 ? (1000 * delta(cur.jitterBufferDelay, prev.jitterBufferDelay)) / emitted : null;
  const oneWayDelayMs = rttMs === null && jitterBufferMs === null ? null : (rttMs ?? 0) / 2 + (jitterBufferMs ?? 0);
  // Packets that arrived too late and were thrown away by the jitter buffer are lost to the listener
  // just the same (as G.1020 counts them): the E-model's Ppl includes them; the shown loss is the network's.
  const heardLossPct = pct(lostNow + discarded, received + lostNow);
  const r = received > 0 && heardLossPct !== null ? rFactor({ oneWayDelayMs: oneWayDelayMs ?? 0, packetLossPct: heardLossPct, codec: impairmentOf(now.codec) }) : null;

  return {
    at: now.timestamp,
    intervalMs: Math.max(0, now.timestamp - before.timestamp),
    packetsReceivedDelta: received,
    packetsLostDelta: lost,
    packetsSentDelta: delta(now.packetsSent, before.packetsSent),
    concealedSamplesDelta: concealed,
    totalSamplesReceivedDelta: samples,
    lossPct: pct(lostNow, received + lostNow),
    remoteLossPct: now.remoteFractionLost === null ? null : now.remoteFractionLost * 100,
    // The jitter estimate only moves when packets arrive: with none, the last value is stale.
    jitterMs: received > 0 && cur.jitter !== null ? cur.jitter * 1000 : null,
    rttMs,
    rttSource: now.rtcpRoundTripTime !== null ? 'rtcp' : now.icePairRoundTripTime !== null ? 'ice' : null,
    jitterBufferMs,
    concealmentPct: pct(concealed, samples),
    oneWayDelayMs,
    codec: now.codec,
    rFactor: r,
    mos: r === null ? null : mosFromR(r),
  };
}
