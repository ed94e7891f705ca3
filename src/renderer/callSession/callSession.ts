// Owns every call's life, real and demo alike: creates its context, starts each registered feature
// when its media is up, and is the one place that decides what happens at hang-up, in order
// (HANG_UP_ORDER), before every feature forgets the call. Also the one answer to "which call is
// current": the active, un-held line (the phone's rule), else the demo call.
import { create } from 'zustand';
import { currentCall, type Call, type CallEnd } from '../phone/phoneState';
import type { CallStreams as PhoneStreams } from '../phone/engine/types';
import { HANG_UP_ORDER, type CallContext, type CallEnding, type CallFeature, type CallKind, type CallStreams } from './types';

export interface CallSessionState {
  /** Every call not yet over: the phone's lines (from ringing on) and the demo call. */
  calls: CallContext[];
  currentCallId: string | null;
}

/** What the call session needs from the phone: its lines and its call events. */
export interface PhoneCalls {
  calls(): readonly Call[];
  onCallsChanged(listener: (calls: readonly Call[]) => void): () => void;
  onCallMedia(listener: (callId: string, streams: PhoneStreams) => void): () => void;
  onCallEnded(listener: (call: Call, end: CallEnd) => void): () => void;
}

export function createCallSession() {
  const features: CallFeature[] = [];
  const store = create<CallSessionState>()(() => ({ calls: [], currentCallId: null }));
  let lines: readonly Call[] = [];

  const publish = (calls: CallContext[]) => {
    const demo = calls.find((c) => c.kind === 'demo');
    store.setState({ calls, currentCallId: currentCall(lines)?.id ?? demo?.id ?? null });
  };
  const find = (callId: string) => store.getState().calls.find((c) => c.id === callId);
  const each = (what: string, call: CallContext, run: (f: CallFeature) => void) => {
    for (const f of features) {
      try {
        run(f);
      } catch (e) {
        console.error(`call ${call.id}: ${f.name} could not ${what}`, e);
      }
    }
  };

  const realContext = (call: Call, known: CallContext | undefined): CallContext => ({
    id: call.id,
    kind: 'real',
    direction: call.direction,
    peerUri: call.peerUri,
    peerNumber: call.peerNumber,
    peerName: call.peerName,
    streams: known?.streams ?? null,
    startedAt: call.createdAt,
    answeredAt: call.answeredAt,
    endedAt: null,
  });

  let connected = false;
  const session = {
    store,
    /** Follows the phone's calls from now on (once). */
    connect(phone: PhoneCalls): void {
      if (connected) return;
      connected = true;
      session.linesChanged(phone.calls());
      phone.onCallsChanged((calls) => session.linesChanged(calls));
      phone.onCallMedia((callId, streams) => session.mediaUp(callId, { agent: streams.local, customer: streams.remote }));
      phone.onCallEnded((call, end) => void session.callEnded(call.id, end, call));
    },
    /** At start-up, before any call: a feature's part in every call from now on. */
    register(feature: CallFeature): void {
      features.push(feature);
    },
    /** The phone's lines changed: real calls' contexts follow them (parties, answer time, hold). */
    linesChanged(calls: readonly Call[]): void {
      lines = calls;
      const known = store.getState().calls;
      const real = calls.map((c) => realContext(c, known.find((k) => k.id === c.id)));
      // A call that left the phone's lines (or the demo) stays until its hang-up has run (callEnded).
      publish([...real, ...known.filter((k) => !calls.some((c) => c.id === k.id))]);
    },
    /** A call's audio is up (the phone's media event, or the demo's recording playing): features start. */
    mediaUp(callId: string, streams: CallStreams, kind: CallKind = 'real', parties: Partial<CallContext> = {}): void {
      const known = find(callId);
      if (known?.streams) return; // already started (a re-negotiation brings the same call's media again)
      const now = Date.now();
      const call: CallContext = { ...(known ?? { ...unknownCall(callId, kind, now), answeredAt: now, ...parties }), streams };
      publish([...store.getState().calls.filter((c) => c.id !== callId), call]);
      each('start', call, (f) => f.start?.(call));
    },
    /** The call is over: every stage in order, then every feature forgets it. Resolves when all is done. */
    async callEnded(callId: string, end: CallEnd | null, last?: Call): Promise<void> {
      const known = find(callId);
      const endedAt = Date.now();
      const base = last ? realContext(last, known) : (known ?? unknownCall(callId, 'demo', endedAt));
      // An ended call holds no media: what a stage keeps of it (the wrap-up keeps its context until the
      // agent saves) must not keep the call's streams, and with them its audio graph, alive.
      const call: CallContext = { ...base, streams: null, endedAt };
      publish([...store.getState().calls.filter((c) => c.id !== callId), call]);
      const ending: CallEnding = { end, endedAt, talk: null, assistFeedback: [], recorded: null };
      for (const stage of HANG_UP_ORDER) {
        for (const f of features.filter((x) => x.stage === stage)) {
          try {
            await f.finish?.(call, ending);
          } catch (e) {
            console.error(`call ${callId}: ${f.name} failed at hang-up (${stage})`, e);
          }
        }
      }
      each('forget', call, (f) => f.forget?.(call));
      publish(store.getState().calls.filter((c) => c.id !== callId));
    },
  };
  return session;
}

function unknownCall(id: string, kind: CallKind, now: number): CallContext {
  return { id, kind, direction: kind === 'demo' ? 'demo' : 'incoming', peerUri: '', peerNumber: '', peerName: '', streams: null, startedAt: now, answeredAt: null, endedAt: null };
}

export type CallSession = ReturnType<typeof createCallSession>;
