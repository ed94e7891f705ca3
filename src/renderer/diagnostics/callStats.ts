// WebRTC statistics for the diagnostics bundle: the full getStats() of each live call's peer
// connection when the bundle is made, and a summary of recently ended calls. A closed peer connection
// has no statistics, so live calls are sampled every SAMPLE_MS and an ended call keeps its last sample.
import type { Call, CallEnd } from '../phone';

export interface StatsSummary {
  at: number;
  codec?: string;
  packetsSent: number;
  packetsReceived: number;
  packetsLost: number;
  bytesSent: number;
  bytesReceived: number;
  jitterMs?: number;
  roundTripMs?: number;
  /** The selected ICE candidate pair: local and remote candidate types and protocol. */
  candidatePair?: string;
  dtlsState?: string;
}

export interface EndedCallStats {
  callId: string;
  direction: Call['direction'];
  outcome: CallEnd['outcome'];
  code?: number;
  reason?: string;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string;
  /** The last sample taken while it was live (null: its media never came up). */
  lastStats: StatsSummary | null;
}

type Stat = Record<string, unknown> & { id: string; type: string };
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The figures support reads first, from one getStats() report (audio only). */
export function summariseStats(stats: Iterable<Stat>, at: number): StatsSummary {
  const all = [...stats];
  const byId = new Map(all.map((s) => [s.id, s]));
  const out: StatsSummary = { at, packetsSent: 0, packetsReceived: 0, packetsLost: 0, bytesSent: 0, bytesReceived: 0 };
  for (const s of all) {
    if (s.kind !== undefined && s.kind !== 'audio') continue;
    if (s.type === 'inbound-rtp') {
      out.packetsReceived += num(s.packetsReceived);
      out.packetsLost += num(s.packetsLost);
      out.bytesReceived += num(s.bytesReceived);
      if (typeof s.jitter === 'number') out.jitterMs = Math.round(s.jitter * 10_000) / 10;
      const codec = byId.get(str(s.codecId) ?? '');
      if (codec) out.codec = `${str(codec.mimeType) ?? '?'}/${num(codec.clockRate)}${codec.channels ? `/${num(codec.channels)}` : ''}`;
    } else if (s.type === 'outbound-rtp') {
      out.packetsSent += num(s.packetsSent);
      out.bytesSent += num(s.bytesSent);
    } else if (s.type === 'remote-inbound-rtp' && typeof s.roundTripTime === 'number') {
      out.roundTripMs = Math.round(s.roundTripTime * 1000);
    } else if (s.type === 'transport') {
      out.dtlsState = str(s.dtlsState);
      const pair = byId.get(str(s.selectedCandidatePairId) ?? '');
      if (pair) {
        const local = byId.get(str(pair.localCandidateId) ?? '');
        const remote = byId.get(str(pair.remoteCandidateId) ?? '');
        out.candidatePair = `local ${str(local?.candidateType) ?? '?'} ${str(local?.protocol) ?? ''} -> remote ${str(remote?.candidateType) ?? '?'}`.replace(/\s+/g, ' ');
        if (out.roundTripMs === undefined && typeof pair.currentRoundTripTime === 'number') out.roundTripMs = Math.round(pair.currentRoundTripTime * 1000);
      }
    }
  }
  return out;
}

const SAMPLE_MS = 5000;
const MAX_ENDED = 10;
const iso = (ms: number) => new Date(ms).toISOString();

export class CallStatsTracker {
  private readonly live = new Map<string, { pc: RTCPeerConnection; since: number; last: StatsSummary | null }>();
  private readonly ended: EndedCallStats[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;

  track(callId: string, pc: RTCPeerConnection): void {
    this.live.set(callId, { pc, since: Date.now(), last: null });
    void this.sample(callId);
    this.timer ??= setInterval(() => this.live.forEach((_l, id) => void this.sample(id)), SAMPLE_MS);
  }

  end(call: Call, end: CallEnd, endedAt = Date.now()): void {
    const line = this.live.get(call.id);
    this.live.delete(call.id);
    if (this.live.size === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    this.ended.unshift({
      callId: call.id,
      direction: call.direction,
      outcome: end.outcome,
      code: end.code,
      reason: end.reason,
      startedAt: iso(call.createdAt),
      answeredAt: call.answeredAt === null ? null : iso(call.answeredAt),
      endedAt: iso(endedAt),
      lastStats: line?.last ?? null,
    });
    this.ended.length = Math.min(this.ended.length, MAX_ENDED);
  }

  /** For the bundle: every live call's full report (as plain objects) and summary, and the ended calls. */
  async snapshot(): Promise<{ live: { callId: string; since: string; summary: StatsSummary; report: Stat[] }[]; ended: EndedCallStats[] }> {
    const live = await Promise.all(
      [...this.live].map(async ([callId, line]) => {
        try {
          const report = [...((await line.pc.getStats()) as unknown as Map<string, Stat>).values()].map(({ base64Certificate: _pem, ...s }) => s as Stat);
          return { callId, since: iso(line.since), summary: summariseStats(report, Date.now()), report };
        } catch (e) {
          return { callId, since: iso(line.since), summary: line.last ?? summariseStats([], Date.now()), report: [{ id: 'error', type: 'error', message: e instanceof Error ? e.message : String(e) }] };
        }
      }),
    );
    return { live, ended: [...this.ended] };
  }

  private async sample(callId: string): Promise<void> {
    const line = this.live.get(callId);
    if (!line || line.pc.connectionState === 'closed') return;
    try {
      line.last = summariseStats((await line.pc.getStats()).values() as Iterable<Stat>, Date.now());
    } catch {
      /* closed meanwhile: keep the previous sample */
    }
  }
}
