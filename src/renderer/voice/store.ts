// Per-call voice analysis state: plain talk segments; everything shown is derived from them.
import { create } from 'zustand';
import { emptyTalk, speechEnded, speechStarted, summarise, type Party, type Segment, type TalkState, type TalkThresholds } from './metrics/talkMetrics';

export interface CallVoice {
  /** Wall-clock time the analysis started (call time 0). */
  startedAt: number;
  status: 'starting' | 'running' | 'failed';
  error?: string;
  talk: TalkState;
  thresholds: TalkThresholds;
}

/** What is kept with the call in history. */
export interface TalkRecord {
  agentMs: number;
  customerMs: number;
  talkRatio: number | null;
  longestCustomerMonologueMs: number;
  segments: Segment[];
}

interface VoiceState {
  calls: Record<string, CallVoice>;
  began(callId: string, thresholds: TalkThresholds): void;
  ready(callId: string): void;
  failed(callId: string, message: string): void;
  speech(callId: string, party: Party, kind: 'start' | 'end', atMs: number, startMs?: number): void;
  /** Closes the call's analysis and returns what to keep in history. */
  finish(callId: string): TalkRecord | null;
}

export const useVoice = create<VoiceState>()((set, get) => {
  const patch = (callId: string, f: (c: CallVoice) => CallVoice) =>
    set((s) => (s.calls[callId] ? { calls: { ...s.calls, [callId]: f(s.calls[callId]!) } } : s));
  return {
    calls: {},
    began: (callId, thresholds) =>
      set((s) => ({ calls: { ...s.calls, [callId]: { startedAt: Date.now(), status: 'starting', talk: emptyTalk(), thresholds } } })),
    ready: (callId) => patch(callId, (c) => (c.status === 'starting' ? { ...c, status: 'running' } : c)),
    failed: (callId, error) => patch(callId, (c) => ({ ...c, status: 'failed', error })),
    speech: (callId, party, kind, atMs, startMs) =>
      patch(callId, (c) => ({ ...c, talk: kind === 'start' ? speechStarted(c.talk, party, atMs) : speechEnded(c.talk, party, atMs, startMs) })),
    finish: (callId) => {
      const c = get().calls[callId];
      if (!c) return null;
      const now = Date.now() - c.startedAt;
      let talk = c.talk;
      for (const p of ['agent', 'customer'] as const) if (talk.open[p] !== null) talk = speechEnded(talk, p, now);
      const m = summarise(talk, now, c.thresholds);
      set((s) => {
        const { [callId]: _gone, ...rest } = s.calls;
        return { calls: rest };
      });
      return { agentMs: m.agentMs, customerMs: m.customerMs, talkRatio: m.talkRatio, longestCustomerMonologueMs: m.longestCustomerMonologueMs, segments: talk.segments };
    },
  };
});
