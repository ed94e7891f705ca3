import { describe, expect, it } from 'vitest';
import { RECORDINGS, recordedSamples } from './fixtures/recorded';
import { addSample, emptyTotals, median, summarise } from './summary';
import { sampleWith } from './fixtures/fakes';
import type { QualitySample } from './types';


const summaryOf = (samples: QualitySample[]) => {
  const t = emptyTotals();
  for (const s of samples) addSample(t, s);
  return summarise(t);
};

describe('call quality summary', () => {
  it('median of odd and even counts; none of nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('medians and extremes, loss and concealment over the whole call, seconds over each threshold', () => {
    const s = summaryOf([
      sampleWith({ mos: 4.4, rttMs: 20, jitterMs: 4, packetsReceivedDelta: 50, concealedSamplesDelta: 0 }),
      sampleWith({ mos: 3.2, rttMs: 450, jitterMs: 42, packetsReceivedDelta: 45, packetsLostDelta: 5, lossPct: 10, concealedSamplesDelta: 4800, codec: 'PCMU' }),
      sampleWith({ mos: 4.2, rttMs: 30, jitterMs: 6, packetsReceivedDelta: 50, intervalMs: 1500, codec: 'PCMU' }),
      sampleWith({ mos: null, rttMs: null, jitterMs: null, packetsReceivedDelta: 0, lossPct: null, totalSamplesReceivedDelta: 48000, concealedSamplesDelta: 48000, codec: null }),
    ]);
    expect(s).toEqual({
      samples: 4,
      seconds: 5, // 4.5 s rounded
      mos: { median: 4.2, min: 3.2 },
      rttMs: { median: 30, max: 450 },
      jitterMs: { median: 6, max: 42 },
      lossPct: 3.33, // 5 lost of 150 expected
      concealmentPct: 27.5, // 52800 of 192000 samples
      warningSeconds: { rtt: 1, jitter: 1, loss: 1, mos: 1 },
      codec: 'PCMU', // the last one named (a sample without one does not clear it)
    });
  });

  it('nothing measured: no medians, no percentages', () => {
    expect(summaryOf([sampleWith({ mos: null, rttMs: null, jitterMs: null, packetsReceivedDelta: 0, totalSamplesReceivedDelta: 0, lossPct: null })])).toMatchObject({
      mos: null, rttMs: null, jitterMs: null, lossPct: null, concealmentPct: null,
    });
  });

  it('on a recorded impaired call the totals equal the difference of the first and last cumulative counters', () => {
    const s = summaryOf(recordedSamples('impaired-opus'));
    const inbound = (i: number) => RECORDINGS['impaired-opus'].snapshots.at(i)!.find((x) => x.type === 'inbound-rtp') as unknown as Record<string, number>;
    const [first, last] = [inbound(0), inbound(-1)];
    const lost = last.packetsLost! - first.packetsLost!; // 28, with one late packet un-counted on the way
    const received = last.packetsReceived! - first.packetsReceived!;
    expect(s.lossPct).toBeCloseTo((100 * lost) / (received + lost), 2);
    expect(s.concealmentPct).toBeCloseTo((100 * (last.concealedSamples! - first.concealedSamples!)) / (last.totalSamplesReceived! - first.totalSamplesReceived!), 2);
    expect(s.samples).toBe(17);
    expect(s.codec).toBe('opus');
    expect(s.warningSeconds.rtt).toBe(6); // intervals 11–16
    expect(s.mos!.min).toBeLessThan(3.5);
  });
});
