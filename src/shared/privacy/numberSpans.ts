// Card, resident-ID, SSN and phone numbers inside digit runs (spokenDigits.ts). Every stretch of
// consecutive tokens of a run is a candidate; each kind keeps those its check accepts, and the best
// non-overlapping ones win, stronger checks first: a resident ID (check character and birth date)
// before a card (Luhn) before an SSN before a phone number (numbering plan only).
import type { CountryCode } from 'libphonenumber-js/max';
import { chineseIdValid, luhnValid, ssnValid } from './checksums';
import { isPhoneNumber } from './phoneNumbers';
import { digitRuns, type DigitRun } from './spokenDigits';
import type { PiiKind, SensitiveSpan } from './types';

/** A stretch of consecutive tokens of a run. */
interface Range {
  first: number; // token indexes, inclusive
  last: number;
  digits: string;
  wholeRun: boolean;
  start: number; // offsets in the text
  end: number;
}

type NumberKind = Exclude<PiiKind, 'email' | 'iban'>;
const PRIORITY: NumberKind[] = ['cn-id', 'card', 'ssn', 'phone'];

// A label that says what the number is: "order 4482913", "订单号 20240315001", "tracking number …".
// Phone numbers, SSNs and cards give way to it (one order number in ten passes Luhn); a resident ID,
// with its check character and birth date, does not.
const NOT_PERSONAL =
  /(?:\b(?:order|tracking|reference|ref|invoice|confirmation|case|ticket|booking|serial|model|part|item|sku|transaction|parcel|shipment|flight|version|receipt)(?:\s*(?:number|no\.?|num|#|id|code)(?:\s*(?:is|was))?)?|订单|单号|运单|快递|物流|发票|工单|编号|型号|序列号|流水号|合同号|交易号|快递单|版本号?)(?:\s*(?:号码|号|代码|是|为|:|：|#))*\s*$/i;
// "my phone number is …", "手机号码是…": the speaker says it is a phone number, so a number the plan
// allows by length is enough (numbers not yet allocated, the 07700 900xxx range kept for drama).
const PHONE_CUE = /(?:\b(?:phone|mobile|cell|cellphone|telephone|landline|tel|fax)(?:\s*(?:number|no\.?|#))?|\b(?:call|ring|text|reach)\s+me\s+(?:at|on)|\bmy\s+number|电话|手机|座机|联系方式)(?:\s*(?:is|was|'s|:|：|,|，|是|为|号码|号))*\s*$/i;
const SSN_CUE = /social\s*security|\bsocial\b|\bssn\b|\bs\s?s\s?n\b|社会安全|社安号|社保安全/i;

/** How many digits in each pause-delimited group of tokens first..last. */
function groupSizes(run: DigitRun, first: number, last: number): number[] {
  const sizes: number[] = [];
  for (let k = first; k <= last; k++) {
    if (k === first || run.group[k] !== run.group[k - 1]) sizes.push(0);
    sizes[sizes.length - 1]! += run.tokens[k]!.digits.length;
  }
  return sizes;
}

const alignedToGroups = (run: DigitRun, first: number, last: number) =>
  (first === 0 || run.group[first] !== run.group[first - 1]) && (last === run.tokens.length - 1 || run.group[last] !== run.group[last + 1]);

// Issuer prefixes of payment cards: Mastercard 2221-2720 and 51-55, Amex 34/37, Diners 30/36/38/39,
// JCB 35, Visa 4, Maestro 50/56-58, Discover, UnionPay and others 6. A Luhn-valid order number
// ("2023 1215 0001 2344") does not start like a card.
const CARD_PREFIX = /^(?:222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720|3[0456789]|4|5[0-8]|6)/;

/**
 * Cards are written in groups of four to six ("4111 1111 …", "3782 822463 10005"), one or two digits
 * at a time, or without breaks; "42 4111 1111 1111 1111" is a room number and a card, not one card.
 */
function cardShape(run: DigitRun, c: Range): boolean {
  if (c.digits.length < 13 || c.digits.length > 19 || !CARD_PREFIX.test(c.digits) || !luhnValid(c.digits)) return false;
  const sizes = groupSizes(run, c.first, c.last);
  const spoken = run.tokens.slice(c.first, c.last + 1).every((t) => t.form !== 'written');
  if (spoken || sizes.length === 1) return true;
  if (!alignedToGroups(run, c.first, c.last)) return false;
  return sizes.every((n, k) => n >= (k === sizes.length - 1 ? 3 : 4)) || sizes.every((n) => n <= 2);
}

/**
 * 123-45-6789 as written or said in three groups, or read out one digit at a time ("8 0 4 2 6 0 2 7 1")
 * where SSNs are in use; nine digits in a row only when called a social security number.
 */
function ssnShape(run: DigitRun, c: Range, text: string, regions: readonly CountryCode[]): boolean {
  if (!ssnValid(c.digits)) return false;
  const sizes = groupSizes(run, c.first, c.last);
  if (sizes.join() === '3,2,4' && alignedToGroups(run, c.first, c.last)) return true;
  if (c.wholeRun && regions.includes('US') && run.tokens.every((t) => t.digits.length === 1)) return true;
  return c.wholeRun && SSN_CUE.test(`${text.slice(Math.max(0, c.start - 60), c.start)} ${text.slice(c.end, c.end + 30)}`);
}

/** "+", "plus" or "加" before the digits: a number with its country code. An opening bracket belongs to the number too. */
const PLUS_BEFORE = /(?:\(\s*)?(?:\+|\bplus\b|加)\s*\(?\s*$|\(\s*$/i;

/**
 * Every stretch of consecutive tokens of up to 19 digits: whole run first, then longest, then earliest.
 * A stretch never starts or ends inside digits joined without spaces ("000-12-3456, 666-12-3456" holds
 * no "12-3456, 666-12").
 */
function rangesOf(run: DigitRun): Range[] {
  const out: Range[] = [];
  const n = run.tokens.length;
  const tight = run.gaps.map((g, k) => g !== '' && !/\s/.test(g) && run.tokens[k]!.form === 'written' && run.tokens[k + 1]!.form === 'written');
  for (let i = 0; i < n; i++) {
    if (i > 0 && tight[i - 1]) continue;
    let digits = '';
    for (let j = i; j < n; j++) {
      digits += run.tokens[j]!.digits;
      if (digits.length > 19) break;
      if (j < n - 1 && tight[j]) continue;
      out.push({ first: i, last: j, digits, wholeRun: i === 0 && j === n - 1, start: run.tokens[i]!.start, end: run.tokens[j]!.end });
    }
  }
  return out.sort((a, b) => Number(b.wholeRun) - Number(a.wholeRun) || b.digits.length - a.digits.length || a.first - b.first);
}

/** The span of `kind` that range `r` holds, or null. */
function accept(kind: NumberKind, r: Range, run: DigitRun, text: string, regions: readonly CountryCode[]): SensitiveSpan | null {
  const span = { kind, start: r.start, end: r.end };
  if (kind === 'cn-id') return r.digits.length === 18 && chineseIdValid(r.digits) ? span : null;
  if (r.digits.includes('X')) return null;
  if (kind === 'card') return cardShape(run, r) ? span : null;
  if (kind === 'ssn') return r.digits.length === 9 && ssnShape(run, r, text, regions) ? span : null;
  // "(312) 689-1789" begins at its bracket: "2025 (312) 689" is not one number, but "+1 (213) 373…",
  // "1 (800) 275…" and "+44 (0) 20 …" are (a country code or trunk prefix, or a bracketed trunk 0).
  const bracketInside = (g: string, k: number) => g.includes('(') && run.tokens[r.first + k + 1]!.digits !== '0' && (k > 0 || run.tokens[r.first]!.digits.length > 3);
  if (run.gaps.slice(r.first, r.last).some(bracketInside)) return null;
  const before = r.first === 0 ? text.slice(Math.max(0, r.start - 30), r.start) : run.gaps[r.first - 1]!;
  const prefix = PLUS_BEFORE.exec(before);
  const said = { international: prefix !== null && /\+|plus|加/i.test(prefix[0]), cued: r.first === 0 && PHONE_CUE.test(before) };
  if (!isPhoneNumber(r.digits, said, regions)) return null;
  return { ...span, start: r.start - (prefix?.[0].length ?? 0) };
}

/** Card, resident-ID, SSN and phone spans in `text` (already width-folded), outside `claimed`. */
export function numberSpans(text: string, regions: readonly CountryCode[], claimed: readonly SensitiveSpan[]): SensitiveSpan[] {
  const found: SensitiveSpan[] = [];
  for (const run of digitRuns(text, claimed)) {
    const ranges = rangesOf(run);
    const taken = new Array<boolean>(run.tokens.length).fill(false);
    const first = run.tokens[0]!;
    const labelled = run.inCode || NOT_PERSONAL.test(text.slice(Math.max(0, first.start - 30), first.start));
    // Stronger kinds first, each taking the best stretches still free.
    for (const kind of labelled ? (['cn-id'] as const) : PRIORITY) {
      for (const r of ranges) {
        if (taken.slice(r.first, r.last + 1).includes(true)) continue;
        const span = accept(kind, r, run, text, regions);
        if (!span) continue;
        taken.fill(true, r.first, r.last + 1);
        found.push(span);
      }
    }
  }
  return found;
}
