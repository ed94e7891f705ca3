// Masks personal data in text on this machine, before it is stored or leaves it (transcripts, LLM
// prompts, diagnostics). Each kind is found by shape and then confirmed by its checksum or rules, so
// ordinary numbers in speech (order numbers, amounts) are left alone.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type PiiKind = 'cn-id' | 'card' | 'iban' | 'ssn' | 'email' | 'phone';

export const TOKENS: Record<PiiKind, string> = {
  'cn-id': '[CN-ID]',
  card: '[CARD]',
  iban: '[IBAN]',
  ssn: '[SSN]',
  email: '[EMAIL]',
  phone: '[PHONE]',
};

export interface Redaction {
  text: string;
  found: { kind: PiiKind; start: number; end: number }[];
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

/** GB 11643-1999: 17 digits (6 region, 8 birth date, 3 sequence) + ISO 7064 MOD 11-2 check character. */
export function chineseIdValid(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((a, w, i) => a + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
}

export function ssnValid(ssn: string): boolean {
  const [area, group, serial] = ssn.split(/[-\s]/);
  if (!area || !group || !serial) return false;
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

/**
 * Card numbers: within each run of digit groups (separated by single spaces or dashes), the longest
 * consecutive groups holding 13-19 digits that pass Luhn. A run can hold a card and other numbers
 * ("4111 1111 1111 1111 12"), so candidates are tried at group boundaries, not just the whole run.
 */
function cardsIn(text: string): Redaction['found'] {
  const out: Redaction['found'] = [];
  for (const run of text.matchAll(/(?<![\d-])\d+(?:[ -]\d+)*/g)) {
    const groups = [...run[0].matchAll(/\d+/g)].map((g) => ({ start: run.index! + g.index!, end: run.index! + g.index! + g[0].length, digits: g[0] }));
    for (let i = 0; i < groups.length; i++) {
      for (let j = groups.length - 1; j >= i; j--) {
        const parts = groups.slice(i, j + 1);
        // Card groups are 4+ digits (4-4-4-4, 4-6-5, ...), the last may be 3: "42 4111 ..." is not a card.
        if (parts.some((g, k) => g.digits.length < (k === parts.length - 1 ? 3 : 4))) continue;
        const digits = parts.map((g) => g.digits).join('');
        if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) {
          out.push({ kind: 'card', start: groups[i]!.start, end: groups[j]!.end });
          i = j;
          break;
        }
      }
    }
  }
  return out;
}

/** Valid phone numbers (libphonenumber) at group boundaries of digit runs, longest first, as for cards. */
function phonesIn(text: string, country: CountryCode): Redaction['found'] {
  const out: Redaction['found'] = [];
  for (const run of text.matchAll(/\+?\(?\d[\d().-]*(?: [\d().-]+)*/g)) {
    const groups = [...run[0].matchAll(/\+?\(?\d+\)?/g)].map((g) => ({
      start: run.index! + g.index!,
      end: run.index! + g.index! + g[0].length,
      opens: /^[+(]/.test(g[0]), // "+44" or "(213)" can only begin a number
    }));
    for (let i = 0; i < groups.length; i++) {
      const limit = groups.findIndex((g, k) => k > i && g.opens);
      for (let j = (limit === -1 ? groups.length : limit) - 1; j >= i; j--) {
        const candidate = text.slice(groups[i]!.start, groups[j]!.end);
        const digits = digitsOf(candidate).length;
        if (digits < 7 || digits > 15) continue;
        if (parsePhoneNumberFromString(candidate, country)?.isValid()) {
          out.push({ kind: 'phone', start: groups[i]!.start, end: groups[j]!.end });
          i = j;
          break;
        }
      }
    }
  }
  return out;
}

interface Detector {
  kind: PiiKind;
  pattern: RegExp;
  valid(match: string): boolean;
}

// Order matters: the more specific shapes claim their text first.
const DETECTORS: (Detector | 'cards')[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, valid: () => true },
  { kind: 'iban', pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g, valid: ibanValid },
  { kind: 'cn-id', pattern: /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, valid: chineseIdValid },
  { kind: 'ssn', pattern: /(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])/g, valid: ssnValid },
  'cards',
];

/** What is known about where the text comes from. */
export interface RedactContext {
  /** The agent's region (ISO 3166 alpha-2): how to read national phone numbers without a +country code. */
  region?: string;
  /** The caller's number. Accepted so callers pass it already; this version does not use it yet. */
  callNumber?: string;
}

/**
 * @param context the call's context, or (older callers) the country to read national phone numbers by.
 */
export function redact(text: string, context: RedactContext | CountryCode = {}): Redaction {
  const region = typeof context === 'string' ? context : context.region?.toUpperCase();
  const defaultCountry: CountryCode = region && isSupportedCountry(region) ? region : 'US';
  const found: Redaction['found'] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const d of DETECTORS) {
    const candidates =
      d === 'cards'
        ? cardsIn(text)
        : [...text.matchAll(d.pattern)].filter((m) => d.valid(m[0])).map((m) => ({ kind: d.kind, start: m.index!, end: m.index! + m[0].length }));
    for (const c of candidates) if (!taken(c.start, c.end)) found.push(c);
  }
  // Phone numbers last, in the text with everything already found blanked out (offsets kept).
  let rest = text;
  for (const f of found) rest = rest.slice(0, f.start) + ' '.repeat(f.end - f.start) + rest.slice(f.end);
  found.push(...phonesIn(rest, defaultCountry));
  found.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start) + TOKENS[f.kind];
    at = f.end;
  }
  return { text: out + text.slice(at), found };
}
