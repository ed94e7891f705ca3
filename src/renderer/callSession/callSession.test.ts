import { describe, expect, it, vi } from 'vitest';
import type { Call, CallEnd } from '../phone/phoneState';
import type { CallStreams } from '../phone/engine/types';
import { createCallSession, type PhoneCalls } from './callSession';
import type { CallFeature } from './types';

const line = (id: string, state: Call['state'], answeredAt: number | null = 1): Call => ({
  id, direction: 'incoming', peerUri: `sip:${id}@pbx`, peerNumber: id, peerName: '', state, muted: false, createdAt: 0, answeredAt, mediaAt: null,
  dtmfReceived: '', consultFor: null, transferring: false, transferOffer: null, problem: null,
});
const stream = () => ({ id: Math.random() }) as unknown as MediaStream;
const answered = (callId: string): CallEnd => ({ callId, peerNumber: callId, peerName: '', outcome: 'answered' });

/** A phone whose events the test fires. */
function fakePhone() {
  let calls: readonly Call[] = [];
  const changed = new Set<(c: readonly Call[]) => void>();
  const media = new Set<(id: string, s: CallStreams) => void>();
  const ended = new Set<(c: Call, e: CallEnd) => void>();
  const on = <T>(set: Set<T>) => (l: T) => (set.add(l), () => set.delete(l));
  const phone: PhoneCalls = { calls: () => calls, onCallsChanged: on(changed), onCallMedia: on(media), onCallEnded: on(ended) };
  return {
    phone,
    lines(next: Call[]) {
      calls = next;
      changed.forEach((l) => l(calls));
    },
    media: (id: string) => media.forEach((l) => l(id, { local: stream(), remote: stream() } as CallStreams)),
    end(call: Call) {
      calls = calls.filter((c) => c.id !== call.id); // the phone drops the line, then reports the end
      changed.forEach((l) => l(calls));
      ended.forEach((l) => l(call, answered(call.id)));
    },
  };
}

describe('call session', () => {
  it('runs the hang-up in its order whatever order features registered in, then every feature forgets the call', async () => {
    const session = createCallSession();
    const done: string[] = [];
    const step = (name: string, stage: CallFeature['stage']): CallFeature => ({
      name, stage,
      finish: async (_call, ending) => {
        await new Promise((r) => setTimeout(r, 5)); // each stage waits for the one before
        if (stage === 'voice') ending.talk = null;
        if (stage === 'history') ending.recorded = Promise.resolve();
        done.push(stage === 'wrapUp' ? `wrapUp (recorded: ${ending.recorded !== null})` : stage!);
      },
      forget: () => done.push(`forget ${name}`),
    });
    for (const [name, stage] of [['wrap-up', 'wrapUp'], ['history', 'history'], ['feedback', 'feedback'], ['voice', 'voice'], ['captions', 'captions']] as const) session.register(step(name, stage));
    session.mediaUp('c1', { agent: stream(), customer: stream() });
    await session.callEnded('c1', answered('c1'));
    expect(done).toEqual(['captions', 'voice', 'feedback', 'history', 'wrapUp (recorded: true)', 'forget wrap-up', 'forget history', 'forget feedback', 'forget voice', 'forget captions']);
    expect(session.store.getState().calls).toEqual([]);
  });

  it('a stage that fails does not stop the ones after it', async () => {
    const session = createCallSession();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const wrapUp = vi.fn();
    session.register({ name: 'captions', stage: 'captions', finish: () => Promise.reject(new Error('worker gone')) });
    session.register({ name: 'wrap-up', stage: 'wrapUp', finish: wrapUp });
    await session.callEnded('c1', answered('c1'));
    expect(wrapUp).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledWith('call c1: captions failed at hang-up (captions)', expect.any(Error));
    error.mockRestore();
  });

  it('the current call is the active, un-held line of two; the held one when it is alone; none while a call only rings in', () => {
    const session = createCallSession();
    const { phone, lines } = fakePhone();
    session.connect(phone);
    const current = () => session.store.getState().currentCallId;
    lines([line('a', 'active')]);
    expect(current()).toBe('a');
    lines([line('a', 'held'), line('b', 'active')]);
    expect(current()).toBe('b');
    lines([line('a', 'active'), line('b', 'held')]);
    expect(current()).toBe('a');
    lines([line('a', 'held')]);
    expect(current()).toBe('a');
    lines([line('c', 'incoming', null)]);
    expect(current()).toBeNull();
    const ringing = session.store.getState().calls.find((c) => c.id === 'c')!;
    expect([ringing.kind, ringing.peerNumber, ringing.answeredAt, ringing.streams]).toEqual(['real', 'c', null, null]); // its context exists before its media
  });

  it('a demo call and a real call go through the same path: same features started and finished with their context', async () => {
    const session = createCallSession();
    const { phone, lines, media, end } = fakePhone();
    session.connect(phone);
    const seen: string[] = [];
    session.register({
      name: 'probe',
      start: (call) => seen.push(`start ${call.id} ${call.kind} streams:${call.streams !== null}`),
      stage: 'history',
      finish: (call, ending) => void seen.push(`finish ${call.id} ${call.kind} end:${ending.end?.outcome ?? 'none'} endedAt:${call.endedAt !== null} streams:${call.streams !== null}`),
      forget: (call) => seen.push(`forget ${call.id}`),
    });

    session.mediaUp('demo-call', { agent: stream(), customer: stream() }, 'demo');
    expect(session.store.getState().currentCallId).toBe('demo-call'); // the demo when no real call
    const real = line('r1', 'active');
    lines([real]);
    expect(session.store.getState().currentCallId).toBe('r1'); // a real call comes first
    media('r1');
    media('r1'); // the same call's media again (re-negotiation) starts nothing twice
    end(real);
    await vi.waitFor(() => expect(seen).toContain('forget r1'));
    expect(session.store.getState().currentCallId).toBe('demo-call');
    await session.callEnded('demo-call', null);
    expect(seen).toEqual([
      'start demo-call demo streams:true',
      'start r1 real streams:true',
      'finish r1 real end:answered endedAt:true streams:false', // an ended call holds no media (a kept context must not keep its audio alive)
      'forget r1',
      'finish demo-call demo end:none endedAt:true streams:false',
      'forget demo-call',
    ]);
    expect(session.store.getState()).toMatchObject({ calls: [], currentCallId: null });
  });
});
