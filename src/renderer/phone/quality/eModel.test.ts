import { describe, expect, it } from 'vitest';
import { delayImpairment, effectiveEquipmentImpairment, impairmentOf, mosFromR, rFactor, Ro, DEFAULT_IMPAIRMENT } from './eModel';

const G711_PLC = impairmentOf('PCMU');

describe('E-model (ITU-T G.107)', () => {
  it('with every parameter at its default gives the Recommendation\'s R = 93.2 (Ro 94.77)', () => {
    expect(Ro).toBeCloseTo(94.77, 2);
    expect(rFactor({ oneWayDelayMs: 0, packetLossPct: 0, codec: DEFAULT_IMPAIRMENT })).toBeCloseTo(93.2, 1);
  });

  it('maps R to MOS as in Annex B: 93.2 → 4.41, 50 → 2.58, 0 and below → 1, 100 and above → 4.5', () => {
    expect(mosFromR(93.2)).toBeCloseTo(4.41, 2);
    expect(mosFromR(80)).toBeCloseTo(4.02, 2);
    expect(mosFromR(60)).toBeCloseTo(3.1, 2);
    expect(mosFromR(50)).toBeCloseTo(2.58, 2);
    expect(mosFromR(0)).toBe(1);
    expect(mosFromR(-20)).toBe(1);
    expect(mosFromR(3)).toBe(1); // the polynomial dips under 1 here
    expect(mosFromR(100)).toBe(4.5);
    expect(mosFromR(120)).toBe(4.5);
  });

  it('delay: no delay-dependent Idd up to 100 ms one way, then R falls ever faster; ~4.3 MOS at 150 ms, ~3.2 at 400 ms', () => {
    expect(delayImpairment(100) - delayImpairment(99)).toBeLessThan(0.1);
    const mosAt = (ms: number) => mosFromR(rFactor({ oneWayDelayMs: ms, packetLossPct: 0, codec: G711_PLC }));
    expect(mosAt(150)).toBeCloseTo(4.33, 1);
    expect(mosAt(400)).toBeCloseTo(3.22, 1);
    let previous = Infinity;
    for (let ms = 0; ms <= 1000; ms += 10) {
      const r = rFactor({ oneWayDelayMs: ms, packetLossPct: 0, codec: G711_PLC });
      expect(r, `${ms} ms`).toBeLessThan(previous);
      previous = r;
    }
  });

  it('loss: Ie,eff = Ie + (95 − Ie)·Ppl / (Ppl/BurstR + Bpl); R falls monotonically with loss, less for a codec with concealment', () => {
    expect(effectiveEquipmentImpairment(0, G711_PLC)).toBe(0);
    expect(effectiveEquipmentImpairment(2, G711_PLC)).toBeCloseTo((95 * 2) / (2 + 25.1), 6);
    expect(effectiveEquipmentImpairment(2, { Ie: 11, Bpl: 19 }, 2)).toBeCloseTo(11 + (84 * 2) / (1 + 19), 6);
    let previous = Infinity;
    for (let pct = 0; pct <= 30; pct += 0.5) {
      const r = rFactor({ oneWayDelayMs: 50, packetLossPct: pct, codec: G711_PLC });
      expect(r, `${pct} %`).toBeLessThan(previous);
      expect(r).toBeGreaterThanOrEqual(rFactor({ oneWayDelayMs: 50, packetLossPct: pct, codec: DEFAULT_IMPAIRMENT }));
      previous = r;
    }
    // 5 % random loss with concealment costs about half a MOS point.
    expect(mosFromR(rFactor({ oneWayDelayMs: 20, packetLossPct: 5, codec: G711_PLC }))).toBeCloseTo(3.9, 1);
  });

  it('knows G.711 and Opus by their MIME subtype in any case; anything else gets the cautious defaults', () => {
    expect(impairmentOf('opus')).toEqual({ Ie: 0, Bpl: 25.1 });
    expect(impairmentOf('PCMA')).toEqual({ Ie: 0, Bpl: 25.1 });
    expect(impairmentOf('G722')).toEqual({ Ie: 0, Bpl: 4.3 });
    expect(impairmentOf(null)).toEqual({ Ie: 0, Bpl: 4.3 });
  });

  it('clamps impossible inputs instead of producing nonsense', () => {
    expect(rFactor({ oneWayDelayMs: -5, packetLossPct: -1, codec: G711_PLC })).toBeCloseTo(rFactor({ oneWayDelayMs: 0, packetLossPct: 0, codec: G711_PLC }), 10);
    expect(Number.isFinite(rFactor({ oneWayDelayMs: 5000, packetLossPct: 250, codec: G711_PLC }))).toBe(true);
  });
});
