import { describe, expect, it } from 'vitest';
import { recordedSamples } from './fixtures/recorded';
import { CLEAR_AFTER_INTERVALS, intervalWarnings, nextShownWarnings, shownList, type ShownWarnings } from './warnings';
import { sampleWith } from './fixtures/fakes';
import type { QualityWarning } from './types';

const kinds = (ws: QualityWarning[]) => ws.map((w) => w.kind);

describe('quality warnings', () => {
  it('an interval over a threshold raises it (RTT > 400 ms, jitter > 30 ms, loss > 3 % either way, MOS < 3.5); at the threshold it does not', () => {
    expect(intervalWarnings(sampleWith({}))).toEqual([]);
    expect(intervalWarnings(sampleWith({ rttMs: 400, jitterMs: 30, lossPct: 3, remoteLossPct: 3, mos: 3.5 }))).toEqual([]);
    expect(intervalWarnings(sampleWith({ rttMs: 450, jitterMs: 42, lossPct: 5, mos: 3.2 }))).toEqual([
      { kind: 'rtt', value: 450 }, { kind: 'jitter', value: 42 }, { kind: 'loss', value: 5 }, { kind: 'mos', value: 3.2 },
    ]);
    expect(intervalWarnings(sampleWith({ lossPct: 1, remoteLossPct: 6.25 }))).toEqual([{ kind: 'loss', value: 6.25 }]);
    expect(intervalWarnings(sampleWith({ rttMs: null, jitterMs: null, lossPct: null, remoteLossPct: null, mos: null }))).toEqual([]);
  });

  it('on recorded impaired Chromium stats: loss, jitter, delay and MOS warnings where the figures were over', () => {
    const raised = recordedSamples('impaired-opus').map((s) => kinds(intervalWarnings(s)));
    // The relay was clean for the first three intervals.
    expect(raised.slice(0, 3)).toEqual([[], [], []]);
    // 5 of 42 and 6 of 51 packets lost (11.9 %, 11.8 %), 5 of 53 (9.4 %), 4 of 52, 4 of 50.
    for (const i of [3, 4, 6, 8, 9]) expect(raised[i], `interval ${i}`).toContain('loss');
    // Jitter 34 ms (the only interval over 30 ms).
    expect(raised.map((r) => r.includes('jitter'))).toEqual(raised.map((_, i) => i === 10));
    // The far end's RTCP reported 503 ms round trip from interval 11 on.
    expect(raised.map((r) => r.includes('rtt'))).toEqual(raised.map((_, i) => i >= 11));
    for (const i of [3, 4, 6, 8]) expect(raised[i], `interval ${i}`).toContain('mos');
  });

  it('recorded clean loopback Opus raises no delay, loss or MOS warning in its first seconds', () => {
    expect(recordedSamples('clean-opus').slice(0, 3).map((s) => intervalWarnings(s))).toEqual([[], [], []]);
  });

  it(`shows a warning at once and keeps it until ${CLEAR_AFTER_INTERVALS} intervals in a row are under the threshold`, () => {
    let shown: ShownWarnings = {};
    const step = (raised: QualityWarning[]) => kinds(shownList((shown = nextShownWarnings(shown, raised))));
    expect(step([{ kind: 'loss', value: 5 }])).toEqual(['loss']);
    expect(step([])).toEqual(['loss']);
    expect(step([{ kind: 'loss', value: 7 }, { kind: 'rtt', value: 500 }])).toEqual(['rtt', 'loss']);
    expect(shownList(shown)).toContainEqual({ kind: 'loss', value: 7 }); // the latest figure over the threshold
    expect(step([])).toEqual(['rtt', 'loss']);
    expect(step([])).toEqual(['rtt', 'loss']);
    expect(step([])).toEqual([]);
  });
});
