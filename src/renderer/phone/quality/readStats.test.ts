// Expected figures below were worked out by hand from the recorded counters (the fixtures' raw JSON).
import { describe, expect, it } from 'vitest';
import { RECORDINGS, recordedSamples, reportOf } from './fixtures/recorded';
import { qualitySample, readSnapshot } from './readStats';

describe('reading Chromium getStats() (recorded)', () => {
  it('clean Opus call: deltas over the interval, RTT from RTCP, jitter-buffer delay per emitted sample', () => {
    const [s] = recordedSamples('clean-opus');
    expect(s!.intervalMs).toBeCloseTo(1029.207, 2); // inbound-rtp timestamps 1796181320849.517 → …321878.724
    expect(s!.packetsReceivedDelta).toBe(49); // 197 → 246
    expect(s!.packetsSentDelta).toBe(51); // 190 → 241
    expect(s!.packetsLostDelta).toBe(0);
    expect(s!.lossPct).toBe(0);
    expect(s!.jitterMs).toBeCloseTo(3, 6); // jitter 0.003 s
    expect(s!.rttMs).toBeCloseTo(2.365, 6); // remote-inbound-rtp roundTripTime 0.002365 s
    expect(s!.rttSource).toBe('rtcp');
    expect(s!.jitterBufferMs).toBeCloseTo(91.923, 2); // (26726.4 − 22137.6) s / (234240 − 184320) samples
    expect(s!.concealmentPct).toBe(0); // 0 concealed of 232320 − 182880
    expect(s!.oneWayDelayMs).toBeCloseTo(2.365 / 2 + 91.923, 2);
    expect(s!.codec).toBe('opus');
    expect(s!.remoteLossPct).toBe(0);
    expect(s!.mos).toBeGreaterThan(4.3); // no loss, under 100 ms one way: only the default impairments
  });

  it('loss and concealment come from this interval alone', () => {
    const s = recordedSamples('impaired-opus')[3]!;
    expect(s.packetsReceivedDelta).toBe(37); // 350 → 387
    expect(s.packetsLostDelta).toBe(5); // 0 → 5
    expect(s.lossPct).toBeCloseTo((5 / 42) * 100, 6);
    expect(s.concealmentPct).toBeCloseTo((16256 / 49440) * 100, 6); // concealedSamples 4330 → 20586; received 334560 → 384000
    expect(s.jitterMs).toBeCloseTo(25, 6);
    expect(s.jitterBufferMs).toBeCloseTo((3590.4 / 33600) * 1000, 3);
    expect(s.mos!).toBeLessThan(recordedSamples('impaired-opus')[2]!.mos!);
  });

  it('a late packet makes the cumulative loss fall: the delta says so, the interval\'s loss is not negative', () => {
    const s = recordedSamples('impaired-opus')[11]!;
    expect(s.packetsLostDelta).toBe(-1);
    expect(s.lossPct).toBe(0);
  });

  it('before the first RTCP round trip is measured, RTT comes from the selected ICE candidate pair; G.711 is named PCMU', () => {
    const [s] = recordedSamples('clean-pcmu');
    expect(s!.rttSource).toBe('ice');
    expect(s!.rttMs).toBeCloseTo(42, 6); // candidate-pair currentRoundTripTime 0.042 s; roundTripTimeMeasurements 0
    expect(s!.codec).toBe('PCMU');
    expect(s!.jitterBufferMs).toBeCloseTo((2192 / 8160) * 1000, 3);
  });

  it('an outage: no packets, no jitter and no MOS for those intervals, and all of the audio concealed', () => {
    const samples = recordedSamples('outage-opus');
    expect(samples.map((s) => s.packetsReceivedDelta)).toEqual([52, 53, 51, 0, 0, 0, 0, 53, 51, 53]);
    for (const s of samples.slice(4, 7)) {
      expect(s.jitterMs).toBeNull();
      expect(s.mos).toBeNull();
      expect(s.lossPct).toBeNull(); // nothing counted lost: Chromium counts losses from sequence gaps
      expect(s.concealmentPct).toBe(100);
    }
    expect(samples[3]!.concealmentPct).toBeCloseTo((43923 / 48960) * 100, 6);
    expect(samples[7]!.mos).toBeGreaterThan(4);
  });

  it('records come from the Chromium and the conditions they say', () => {
    for (const r of Object.values(RECORDINGS)) {
      expect(r.source).toMatch(/Chrome\/\d+/);
      expect(r.snapshots.length).toBe(r.impairment.length + 1);
    }
  });
});

describe('reading any stats report', () => {
  const inbound = (over: Record<string, unknown> = {}) => ({
    id: 'IT1', type: 'inbound-rtp', kind: 'audio', ssrc: 1, timestamp: 1000, packetsReceived: 100, packetsLost: 0,
    concealedSamples: 0, totalSamplesReceived: 48000, jitterBufferDelay: 2400, jitterBufferEmittedCount: 48000, jitter: 0.01, ...over,
  });

  it('a report with no audio received yet (or not a stats object at all) gives a sample of zeros and unknowns', () => {
    const before = readSnapshot(reportOf([{ id: 'P', type: 'peer-connection', timestamp: 1000 } as { id: string }]));
    const garbage = { forEach: (cb: (s: unknown) => void) => [null, 7, 'x', { id: 'P', type: 'peer-connection', timestamp: 2000 }].forEach(cb) };
    const s = qualitySample(before, readSnapshot(garbage, before));
    expect(s).toMatchObject({ intervalMs: 1000, packetsReceivedDelta: 0, packetsLostDelta: 0, lossPct: null, jitterMs: null, rttMs: null, concealmentPct: null, codec: null, mos: null });
  });

  it('video streams are ignored; with two audio streams the one followed before is kept', () => {
    const video = { ...inbound({ id: 'IV', kind: 'video', packetsReceived: 9000 }) };
    const a = readSnapshot(reportOf([inbound(), video]));
    expect(a.inbound!.packetsReceived).toBe(100);
    const b = readSnapshot(reportOf([inbound({ timestamp: 2000, packetsReceived: 150 }), inbound({ id: 'IT2', ssrc: 2, packetsReceived: 400 }), video]), a);
    expect(b.inbound!.ssrc).toBe(1);
    expect(qualitySample(a, b).packetsReceivedDelta).toBe(50);
  });

  it('a new stream (new SSRC) is counted from zero, not against the old one', () => {
    const a = readSnapshot(reportOf([inbound({ packetsReceived: 5000 })]));
    const b = readSnapshot(reportOf([inbound({ id: 'IT2', ssrc: 2, timestamp: 2000, packetsReceived: 30 })]), a);
    expect(qualitySample(a, b).packetsReceivedDelta).toBe(30);
  });

  it('without a selected pair on the transport, the nominated succeeded candidate pair gives the RTT', () => {
    const pairs = [
      { id: 'CP1', type: 'candidate-pair', nominated: false, state: 'succeeded', currentRoundTripTime: 0.5 },
      { id: 'CP2', type: 'candidate-pair', nominated: true, state: 'succeeded', currentRoundTripTime: 0.02 },
    ];
    expect(readSnapshot(reportOf([inbound(), ...pairs])).icePairRoundTripTime).toBe(0.02);
    const transport = { id: 'T', type: 'transport', selectedCandidatePairId: 'CP1' };
    expect(readSnapshot(reportOf([inbound(), ...pairs, transport])).icePairRoundTripTime).toBe(0.5);
  });
});
