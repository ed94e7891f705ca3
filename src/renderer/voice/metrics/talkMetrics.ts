// Who is talking, and for how long: a plain reducer over speech-start/end events of the two parties,
// with everything else (ratios, silence, alerts) derived at a given moment. Times are call time in ms.

export type Party = 'agent' | 'customer';

export interface Segment {
  party: Party;
  startMs: number;
  endMs: number;
}

export interface TalkState {
  /** Finished speech segments, in the order they ended. */
  segments: Segment[];
  /** Open segments: when each party started speaking, if they are speaking now. */
  open: Record<Party, number | null>;
}

export interface TalkThresholds {
  deadAirMs: number;
  crossTalkMs: number;
}

export const DEFAULT_THRESHOLDS: TalkThresholds = { deadAirMs: 8000, crossTalkMs: 1000 };

export const emptyTalk = (): TalkState => ({ segments: [], open: { agent: null, customer: null } });

export function speechStarted(s: TalkState, party: Party, atMs: number): TalkState {
  if (s.open[party] !== null) return s;
  return { ...s, open: { ...s.open, [party]: atMs } };
}

export function speechEnded(s: TalkState, party: Party, atMs: number, startMs?: number): TalkState {
  const start = s.open[party] ?? startMs;
  if (start === undefined || start === null) return s;
  return { segments: [...s.segments, { party, startMs: start, endMs: Math.max(start, atMs) }], open: { ...s.open, [party]: null } };
}

export interface TalkSummary {
  agentMs: number;
  customerMs: number;
  /** Agent share of all talk, 0..1 (null before anyone spoke). */
  talkRatio: number | null;
  speaking: Record<Party, boolean>;
  /** Both silent for this long now (0 while anyone speaks). */
  silenceMs: number;
  deadAir: boolean;
  /** Both speaking at once for this long now (0 otherwise). */
  crossTalkMs: number;
  crossTalk: boolean;
  longestCustomerMonologueMs: number;
}

/** Everything the call panel shows, as of `nowMs`. Open segments count up to now. */
export function summarise(s: TalkState, nowMs: number, t: TalkThresholds = DEFAULT_THRESHOLDS): TalkSummary {
  const all = withOpen(s, nowMs);
  const total = (p: Party) => all.filter((x) => x.party === p).reduce((a, x) => a + (x.endMs - x.startMs), 0);
  const agentMs = total('agent');
  const customerMs = total('customer');
  const speaking = { agent: s.open.agent !== null, customer: s.open.customer !== null };
  const lastEnd = s.segments.reduce((a, x) => Math.max(a, x.endMs), 0);
  const silenceMs = speaking.agent || speaking.customer ? 0 : Math.max(0, nowMs - lastEnd);
  const crossTalkMs = speaking.agent && speaking.customer ? nowMs - Math.max(s.open.agent!, s.open.customer!) : 0;
  const longestCustomerMonologueMs = all.filter((x) => x.party === 'customer').reduce((a, x) => Math.max(a, x.endMs - x.startMs), 0);
  return {
    agentMs,
    customerMs,
    talkRatio: agentMs + customerMs > 0 ? agentMs / (agentMs + customerMs) : null,
    speaking,
    silenceMs,
    deadAir: silenceMs >= t.deadAirMs,
    crossTalkMs,
    crossTalk: crossTalkMs >= t.crossTalkMs,
    longestCustomerMonologueMs,
  };
}

/** Finished and open segments, open ones cut at `nowMs` (for the timeline). */
export function withOpen(s: TalkState, nowMs: number): Segment[] {
  const open = (['agent', 'customer'] as const)
    .filter((p) => s.open[p] !== null)
    .map((p) => ({ party: p, startMs: s.open[p]!, endMs: Math.max(s.open[p]!, nowMs) }));
  return [...s.segments, ...open];
}
