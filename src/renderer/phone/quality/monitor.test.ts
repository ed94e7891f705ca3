// RTCPeerConnection does not exist in Node: these tests use a FAKE peer connection whose getStats()
// replays real Chromium reports recorded by scripts/capture-call-stats.mjs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordedReports, recordedSamples } from './fixtures/recorded';
import { fakePeerConnection, replayingPeerConnection } from './fixtures/fakes';
import { monitorCallQuality } from './monitor';
import type { StatsReportLike } from './readStats';
import type { QualitySample } from './types';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('call quality monitor (fake peer connection, recorded Chromium stats)', () => {
  it('takes a baseline at once, then gives one sample a second: the same figures as the recording', async () => {
    const pc = replayingPeerConnection('clean-opus');
    const samples: QualitySample[] = [];
    const stop = monitorCallQuality(pc, (s) => samples.push(s));
    await vi.advanceTimersByTimeAsync(0);
    expect(pc.getStats).toHaveBeenCalledTimes(1);
    expect(samples).toEqual([]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(samples).toEqual(recordedSamples('clean-opus').slice(0, 3));
    expect(samples.every((s) => s.packetsReceivedDelta > 0)).toBe(true);
    stop();
  });

  it('a failed getStats() is skipped: the next report is measured against the last good one', async () => {
    const reports = recordedReports('clean-opus');
    const pc = fakePeerConnection([() => Promise.resolve(reports[0]!), () => Promise.reject(new Error('closing')), () => Promise.resolve(reports[2]!)]);
    const samples: QualitySample[] = [];
    const stop = monitorCallQuality(pc, (s) => samples.push(s));
    await vi.advanceTimersByTimeAsync(2000);
    expect(samples).toHaveLength(1);
    const [one, two] = recordedSamples('clean-opus');
    expect(samples[0]!.packetsReceivedDelta).toBe(one!.packetsReceivedDelta + two!.packetsReceivedDelta);
    expect(samples[0]!.intervalMs).toBeCloseTo(one!.intervalMs + two!.intervalMs, 6);
    stop();
  });

  it('a listener that throws does not stop the monitor or reach the call', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const pc = replayingPeerConnection('clean-opus');
    let calls = 0;
    const stop = monitorCallQuality(pc, () => {
      calls++;
      throw new Error('listener bug');
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toBe(3);
    expect(error).toHaveBeenCalledTimes(3);
    stop();
  });

  it('a getStats() slower than the interval is not doubled up', async () => {
    let resolveSlow: (r: StatsReportLike) => void = () => {};
    const reports = recordedReports('clean-opus');
    const pc = fakePeerConnection([() => Promise.resolve(reports[0]!), () => new Promise((r) => (resolveSlow = r)), () => Promise.resolve(reports[2]!)]);
    const samples: QualitySample[] = [];
    const stop = monitorCallQuality(pc, (s) => samples.push(s));
    await vi.advanceTimersByTimeAsync(3500);
    expect(pc.getStats).toHaveBeenCalledTimes(2);
    resolveSlow(reports[1]!);
    await vi.advanceTimersByTimeAsync(1000);
    expect(pc.getStats).toHaveBeenCalledTimes(3);
    expect(samples.map((s) => s.packetsReceivedDelta)).toEqual(recordedSamples('clean-opus').slice(0, 2).map((s) => s.packetsReceivedDelta));
    stop();
  });

  it('stops itself once the peer connection is closed (close() fires no event)', async () => {
    const pc = replayingPeerConnection('clean-opus');
    monitorCallQuality(pc, () => {});
    await vi.advanceTimersByTimeAsync(2000);
    expect(pc.getStats).toHaveBeenCalledTimes(3);
    pc.signalingState = 'closed';
    await vi.advanceTimersByTimeAsync(5000);
    expect(pc.getStats).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('after stop() nothing is delivered, not even from a getStats() already under way', async () => {
    let resolveLate: (r: StatsReportLike) => void = () => {};
    const reports = recordedReports('clean-opus');
    const pc = fakePeerConnection([() => Promise.resolve(reports[0]!), () => new Promise((r) => (resolveLate = r))]);
    const onSample = vi.fn();
    const stop = monitorCallQuality(pc, onSample);
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    resolveLate(reports[1]!);
    await vi.advanceTimersByTimeAsync(3000);
    expect(onSample).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
