// ITU-T G.107 (06/2015) E-model: transmission rating R and its MOS, for one direction of a call.
// R = Ro − Is − Id − Ie,eff + A. Everything but the delay, the packet loss and the codec is held at the
// Recommendation's default values (its Table 3: a standard handset in a quiet room, echo cancelled to
// TELR 65 dB), as in the usual network-planning use: the figure rates the network path, not the headset.
// Narrowband scale (R ≤ 100): a wideband call is not credited for its extra bandwidth (that is G.107.1).

const D = {
  SLR: 8, RLR: 2, STMR: 15, LSTR: 18, Ds: 3, Dr: 3, TELR: 65, WEPL: 110, qdu: 1,
  Nc: -70, Nfor: -64, Ps: 35, Pr: 35, A: 0, BurstR: 1,
} as const;

/** Equipment impairment Ie and packet-loss robustness Bpl of a codec (with its loss concealment). */
export interface CodecImpairment {
  Ie: number;
  Bpl: number;
}

/**
 * G.711 with packet loss concealment: Ie 0, Bpl 25.1 (ITU-T G.113 Appendix I, the planning values for
 * G.711 with the PLC of G.711 Appendix I). Chromium's receiver (NetEq) conceals lost packets for every
 * codec, so the with-PLC figure applies to PCMU/PCMA here.
 * Opus: G.113 gives no narrowband Ie/Bpl for Opus and we found no published pair to take, so it is rated
 * like G.711 with PLC: Ie 0 because on this narrowband scale Opus at WebRTC's bit rates is not worse than
 * G.711 (the scale cannot credit it for more), Bpl 25.1 because it conceals losses at least as well (it
 * also carries in-band FEC, which this ignores): a lower bound on its quality under loss, not a fit.
 * Anything else gets G.107's own defaults (Ie 0, Bpl 4.3: G.711 without concealment), the cautious side.
 */
export const CODEC_IMPAIRMENT: Record<string, CodecImpairment> = {
  pcmu: { Ie: 0, Bpl: 25.1 },
  pcma: { Ie: 0, Bpl: 25.1 },
  opus: { Ie: 0, Bpl: 25.1 },
};
export const DEFAULT_IMPAIRMENT: CodecImpairment = { Ie: 0, Bpl: 4.3 };

export const impairmentOf = (codec: string | null): CodecImpairment =>
  (codec && CODEC_IMPAIRMENT[codec.toLowerCase()]) || DEFAULT_IMPAIRMENT;

const log10 = Math.log10;
const pow10 = (x: number) => 10 ** x;

// Basic signal-to-noise ratio Ro and the simultaneous impairment Is depend only on the defaults (and, in
// the sidetone term, on T): computed once from the Recommendation's formulas rather than typed in.
const OLR = D.SLR + D.RLR;
const Pre = D.Pr + 10 * log10(1 + pow10((10 - D.LSTR) / 10));
const Nor = D.RLR - 121 + Pre + 0.008 * (Pre - 35) ** 2;
const Nos = D.Ps - D.SLR - D.Ds - 100 + 0.004 * (D.Ps - OLR - D.Ds - 14) ** 2;
const Nfo = D.Nfor + D.RLR;
const No = 10 * log10(pow10(D.Nc / 10) + pow10(Nos / 10) + pow10(Nor / 10) + pow10(Nfo / 10));
export const Ro = 15 - 1.5 * (D.SLR + No);

function simultaneousImpairment(T: number): number {
  const Xolr = OLR + 0.2 * (64 + No - D.RLR);
  const Iolr = 20 * ((1 + (Xolr / 8) ** 8) ** (1 / 8) - Xolr / 8);
  const STMRo = -10 * log10(pow10(-D.STMR / 10) + Math.exp(-T / 4) * pow10(-D.TELR / 10));
  const Ist =
    12 * (1 + ((STMRo - 13) / 6) ** 8) ** (1 / 8) - 28 * (1 + ((STMRo + 1) / 19.4) ** 35) ** (1 / 35) -
    13 * (1 + ((STMRo - 3) / 33) ** 13) ** (1 / 13) + 29;
  const Q = 37 - 15 * log10(D.qdu);
  const G = 1.07 + 0.258 * Q + 0.0602 * Q ** 2;
  const Y = (Ro - 100) / 15 + 46 / 8.4 - G / 9;
  const Z = 46 / 30 - G / 40;
  const Iq = 15 * log10(1 + pow10(Y) + pow10(Z));
  return Iolr + Ist + Iq;
}

/**
 * Delay impairment Id = Idte + Idle + Idd for a one-way mouth-to-ear delay Ta (ms). An IP phone has no
 * separate echo path, so the talker-echo delay T is Ta and the listener-echo round trip Tr is 2·Ta.
 * Idd uses the default delay sensitivity (mT 100 ms, sT 1): carrier-grade telephony.
 */
export function delayImpairment(Ta: number): number {
  const T = Ta;
  const Tr = 2 * Ta;
  const TERV = D.TELR - 40 * log10((1 + T / 10) / (1 + T / 150)) + 6 * Math.exp(-0.3 * T ** 2);
  const Roe = -1.5 * (No - D.RLR);
  const Re = 80 + 2.5 * (TERV - 14);
  const Idte = ((Roe - Re) / 2 + Math.sqrt((Roe - Re) ** 2 / 4 + 100) - 1) * (1 - Math.exp(-T));
  const Rle = 10.5 * (D.WEPL + 7) * (Tr + 1) ** -0.25;
  const Idle = (Ro - Rle) / 2 + Math.sqrt((Ro - Rle) ** 2 / 4 + 169);
  let Idd = 0;
  if (Ta > 100) {
    const X = log10(Ta / 100) / log10(2);
    Idd = 25 * ((1 + X ** 6) ** (1 / 6) - 3 * (1 + (X / 3) ** 6) ** (1 / 6) + 2);
  }
  return Idte + Idle + Idd;
}

/** Effective equipment impairment under random packet loss Ppl (%): Ie + (95 − Ie)·Ppl / (Ppl/BurstR + Bpl). */
export function effectiveEquipmentImpairment(Ppl: number, codec: CodecImpairment, BurstR: number = D.BurstR): number {
  return codec.Ie + ((95 - codec.Ie) * Ppl) / (Ppl / BurstR + codec.Bpl);
}

export interface EModelInput {
  /** One-way mouth-to-ear delay, ms. */
  oneWayDelayMs: number;
  /** Packet loss, % (0–100). Loss is taken as random (BurstR 1): getStats gives no burst figures. */
  packetLossPct: number;
  codec: CodecImpairment;
}

export function rFactor({ oneWayDelayMs, packetLossPct, codec }: EModelInput): number {
  const Ta = Math.max(0, oneWayDelayMs);
  const Ppl = Math.min(100, Math.max(0, packetLossPct));
  return Ro - simultaneousImpairment(Ta) - delayImpairment(Ta) - effectiveEquipmentImpairment(Ppl, codec) + D.A;
}

/**
 * G.107 Annex B: R to the estimated mean opinion score (conversational quality, 1–4.5). The polynomial
 * dips just under 1 for R below about 6.5; a MOS is never under 1, so it is held there.
 */
export function mosFromR(R: number): number {
  if (R <= 0) return 1;
  if (R >= 100) return 4.5;
  return Math.max(1, 1 + 0.035 * R + R * (R - 60) * (100 - R) * 7e-6);
}
