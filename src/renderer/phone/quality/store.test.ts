// The store with the real monitor, fed by FAKE phone events and FAKE peer connections whose getStats()
// replays real Chromium reports (RTCPeerConnection does not exist in Node). The real phone store and
// peer connections are wired in the e2e test (e2e/call-quality.spec.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replayingPeerConnection } from './fixtures/fakes';
import { createCallQualityStore, type PhoneCallEvents } from './store';
import type { StatsSource } from './monitor';

function fakePhone() {
  const media = new Set<Parameters<PhoneCallEvents['onCallMedia']>[0]>();
  const ended = new Set<Parameters<PhoneCallEvents['onCallEnded']>[0]>();
  const events: PhoneCallEvents = {
    onCallMedia: (l) => (media.add(l), () => void media.delete(l)),
    onCallEnded: (l) => (ended.add(l), () => void ended.delete(l)),
  };
  return {
    events,
    listeners: () => media.size + ended.size,
    media: (callId: string, peerConnection: StatsSource) => media.forEach((l) => l(callId, { peerConnection })),
    end: (callId: string) => ended.forEach((l) => l({ id: callId })),
  };
}


beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('call quality store (fake phone events, fake peer connections replaying recorded stats)', () => {
  it('monitors each call from its media event: live figures and shown warnings per call id', async () => {
    const { useCallQuality, startCallQuality } = createCallQualityStore();
    const phone = fakePhone();
    startCallQuality(phone.events);
    phone.media('bad', replayingPeerConnection('impaired-opus'));
    await vi.advanceTimersByTimeAsync(2000);
    phone.media('good', replayingPeerConnection('clean-opus'));
    await vi.advanceTimersByTimeAsync(3000);
    const { calls } = useCallQuality.getState();
    expect(Object.keys(calls).sort()).toEqual(['bad', 'good']);
    expect(calls.good!.sample.mos).toBeGreaterThan(4);
    expect(calls.good!.warnings).toEqual([]);
    // Interval 4 of the impaired recording: 6 of 51 packets lost.
    expect(calls.bad!.sample.packetsLostDelta).toBe(6);
    expect(calls.bad!.warnings.map((w) => w.kind)).toEqual(['loss', 'mos']);
  });

  it('stops and clears a call when it ends, keeping its summary for the history record', async () => {
    const { useCallQuality, startCallQuality, callQualitySummary } = createCallQualityStore();
    const phone = fakePhone();
    startCallQuality(phone.events);
    const pc = replayingPeerConnection('impaired-opus');
    phone.media('c1', pc);
    await vi.advanceTimersByTimeAsync(17_000);
    phone.end('c1');
    const polled = pc.getStats.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(pc.getStats.mock.calls.length).toBe(polled);
    expect(useCallQuality.getState().calls).toEqual({});
    const summary = callQualitySummary('c1')!;
    expect(summary.samples).toBe(17);
    expect(summary.warningSeconds.loss).toBeGreaterThan(0);
    expect(callQualitySummary('never-seen')).toBeNull();
  });

  it('keeps the summaries of the last 20 ended calls only', async () => {
    const { startCallQuality, callQualitySummary } = createCallQualityStore();
    const phone = fakePhone();
    startCallQuality(phone.events);
    for (let i = 0; i < 21; i++) {
      phone.media(`c${i}`, replayingPeerConnection('clean-opus'));
      await vi.advanceTimersByTimeAsync(1000);
      phone.end(`c${i}`);
    }
    expect(callQualitySummary('c0')).toBeNull();
    expect(callQualitySummary('c1')!.samples).toBe(1);
    expect(callQualitySummary('c20')!.samples).toBe(1);
  });

  it('a repeated media event for the same peer connection changes nothing; a new one replaces the monitor', async () => {
    const { startCallQuality } = createCallQualityStore();
    const phone = fakePhone();
    startCallQuality(phone.events);
    const first = replayingPeerConnection('clean-opus');
    phone.media('c1', first);
    phone.media('c1', first);
    await vi.advanceTimersByTimeAsync(2000);
    expect(first.getStats).toHaveBeenCalledTimes(3);
    const second = replayingPeerConnection('clean-pcmu');
    phone.media('c1', second);
    await vi.advanceTimersByTimeAsync(2000);
    expect(first.getStats).toHaveBeenCalledTimes(3);
    expect(second.getStats).toHaveBeenCalledTimes(3);
  });

  it('subscribes once however often it is started; stopping unsubscribes and stops every monitor', async () => {
    const { startCallQuality, useCallQuality } = createCallQualityStore();
    const phone = fakePhone();
    const stop = startCallQuality(phone.events);
    expect(startCallQuality(phone.events)).toBe(stop);
    expect(phone.listeners()).toBe(2);
    const pc = replayingPeerConnection('clean-opus');
    phone.media('c1', pc);
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    expect(phone.listeners()).toBe(0);
    expect(useCallQuality.getState().calls).toEqual({});
    await vi.advanceTimersByTimeAsync(3000);
    expect(pc.getStats).toHaveBeenCalledTimes(2);
  });

  it('a call that ends before its first sample has no summary', async () => {
    const { startCallQuality, callQualitySummary } = createCallQualityStore();
    const phone = fakePhone();
    startCallQuality(phone.events);
    phone.media('c1', replayingPeerConnection('clean-opus'));
    await vi.advanceTimersByTimeAsync(0);
    phone.end('c1');
    expect(callQualitySummary('c1')).toBeNull();
  });
});
