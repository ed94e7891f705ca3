// Digits as speech recognisers write them: "4111 1111", "4 1 1 1", "41 11", "４１１１", "four one one
// one", "forty one eleven", "double one", "一三八", "幺三八". Each becomes a token that keeps its exact
// place in the original text, and tokens joined only by spaces and light punctuation form a run: the
// unit in which card, phone, SSN and resident-ID numbers are looked for.

/** Full-width ASCII (０-９, Ａ-Ｚ, ＠, ．) and the ideographic space as their ASCII forms, one for one, so offsets hold. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export type DigitForm = 'written' | 'en' | 'zh';

export interface DigitToken {
  start: number;
  end: number;
  /** '0'-'9'; a lone 'X' is the check character a resident ID may end with. */
  digits: string;
  form: DigitForm;
}

export interface DigitRun {
  tokens: DigitToken[];
  /** gaps[k]: the text between tokens[k] and tokens[k + 1]. */
  gaps: string[];
  /** Index of the group (a pause-delimited chunk, see groupsOf) each token belongs to. */
  group: number[];
  /** Glued to letters on either side ("SF1234", "1Z999AA"): part of a code, not a number on its own. */
  inCode: boolean;
}

const UNITS: Record<string, string> = { zero: '0', oh: '0', o: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const TEENS: Record<string, string> = { ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19' };
const TENS: Record<string, string> = { twenty: '2', thirty: '3', forty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9' };
const REPEAT: Record<string, number> = { double: 2, triple: 3 };
const ZEROS: Record<string, string> = { hundred: '00', thousand: '000' };
// 幺 is how 1 is read out in phone and card numbers. 两 (two of something) is a digit only beside
// another digit ("六两两两", "两两九八"); on its own ("两个") it is a quantity word.
const ZH_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 叉: 'X' };

const LATIN = /[A-Za-z\u00C0-\u024F]/;
// A Chinese unit right after written digits makes them a date, time, amount or count.
const QUANTITY = /[年月日时分秒点元块岁个次天周]/;
const CURRENCY = new Set(['$', '€', '£', '¥', '￥']);
// Between two tokens of one run: spaces and at most three light punctuation marks or their spoken forms
// and fillers ("4111 - 1111", "(010) 6552", "one three eight, zero zero", "four one one one dash one",
// "4532 9861, um, 2376", "幺三九…嗯…五九"). A colon (10:30) or any other word ends a run.
const GAP = /^\s*(?:(?:[-–—‐−/.,、，;；…·()（）]|\b(?:dash|hyphen|uh|um|er|erm)\b|[嗯呃])\s*){0,3}$/i;

type Draft = DigitToken & { tens?: boolean };

/** Every digit token in the text, in order; `codes` collects the spans of numbers glued to letters or currency. */
function tokensOf(text: string, codes: { start: number; end: number }[]): DigitToken[] {
  const out: Draft[] = [];
  const scanner = /\d+(?:,\d{3}(?!\d))+(?:\.\d+)?|\d+|[A-Za-z]+|[零〇一二三四五六七八九幺两叉]/g;
  let repeat: { count: number; start: number; end: number } | null = null; // "double", "triple" waiting for their digit
  for (const m of text.matchAll(scanner)) {
    const word = m[0];
    const start = m.index!;
    if (start < (out[out.length - 1]?.end ?? 0)) continue; // the X already taken as a check character
    const end = start + word.length;
    const previous = out[out.length - 1];
    const gapBefore = previous ? text.slice(previous.end, start) : '';
    const pending = repeat;
    repeat = null;
    if (/^\d/.test(word)) {
      const checkX = /^[Xx]$/.test(text[end] ?? '') && !LATIN.test(text[end + 1] ?? '');
      const glued = LATIN.test(text[start - 1] ?? '') || (LATIN.test(text[end] ?? '') && !checkX);
      // "1,250.00", "$39", "SF1234567890": amounts and codes, not numbers anyone reads out digit by digit.
      const currency = CURRENCY.has(text[start - 1] ?? '') || (text[start - 1] === ' ' && CURRENCY.has(text[start - 2] ?? ''));
      // "2024年", "15点", "300元": a date, a time, an amount.
      const quantity = QUANTITY.test(text[end] ?? '');
      if (word.includes(',') || glued || currency || quantity) codes.push({ start, end });
      else {
        out.push({ start, end, digits: word, form: 'written' });
        if (checkX) out.push({ start: end, end: end + 1, digits: 'X', form: 'written' });
      }
      continue;
    }
    if (word in ZH_DIGITS) {
      out.push({ start, end, digits: ZH_DIGITS[word]!, form: 'zh' });
      continue;
    }
    if (word === '两') {
      if (/[零〇一二三四五六七八九幺两\d]/.test(text[start - 1] ?? '') || /[零〇一二三四五六七八九幺两\d]/.test(text[end] ?? '')) out.push({ start, end, digits: '2', form: 'zh' });
      continue;
    }
    const lower = word.toLowerCase();
    const afterEnglish = previous?.form === 'en';
    if (lower === 'x' && previous && (/^[\s-]*$/.test(gapBefore) || (afterEnglish && /^\s*,\s*$/.test(gapBefore)))) {
      out.push({ start, end, digits: 'X', form: 'written' });
    } else if (lower in REPEAT) {
      repeat = { count: REPEAT[lower]!, start, end };
    } else if (lower in UNITS) {
      const digit = UNITS[lower]!;
      if (pending && /^\s+$/.test(text.slice(pending.end, start))) {
        out.push({ start: pending.start, end, digits: digit.repeat(pending.count), form: 'en' });
      } else if (previous?.tens && digit !== '0' && afterEnglish && /^[\s-]+$/.test(gapBefore)) {
        previous.digits = previous.digits[0] + digit; // "forty one", "forty-one"
        previous.end = end;
        previous.tens = false;
      } else {
        out.push({ start, end, digits: digit, form: 'en' });
      }
    } else if (lower in TEENS) {
      out.push({ start, end, digits: TEENS[lower]!, form: 'en' });
    } else if (lower in TENS) {
      out.push({ start, end, digits: `${TENS[lower]}0`, form: 'en', tens: true });
    } else if (lower in ZEROS && previous && afterEnglish && previous.digits.length <= 2 && /^\s+$/.test(gapBefore)) {
      previous.digits += ZEROS[lower]; // "eight hundred", "one thousand"
      previous.end = end;
      previous.tens = false;
    } else if (/\d/.test(text[start - 1] ?? '') || /\d/.test(text[end] ?? '')) {
      codes.push({ start, end }); // the "SF" of SF1234
    }
  }
  return out.map(({ tens: _, ...t }) => t);
}

/**
 * `text` with every spoken digit written as a digit ("G B eight two …" → "G B 8 2 …"), and for each
 * character of the result the stretch of `text` it stands for, so a span found in it maps back.
 */
export function spokenAsWritten(text: string): { text: string; from: number[]; to: number[] } {
  const from: number[] = [];
  const to: number[] = [];
  let out = '';
  let at = 0;
  const copy = (end: number) => {
    for (; at < end; at++) {
      out += text[at];
      from.push(at);
      to.push(at + 1);
    }
  };
  for (const t of tokensOf(text, [])) {
    if (t.form === 'written') continue;
    copy(t.start);
    out += t.digits;
    for (let k = 0; k < t.digits.length; k++) {
      from.push(t.start);
      to.push(t.end);
    }
    at = t.end;
  }
  copy(text.length);
  return { text: out, from, to };
}

/**
 * Pause-delimited groups: written digits are grouped as written ("4111 1111" is two groups); spoken
 * English words by punctuation the recogniser put between them ("one two three, four five"); Chinese
 * digits, written without spaces, by any gap ("一三八 零零一三").
 */
function groupsOf(tokens: DigitToken[], gaps: string[]): number[] {
  const group = [0];
  for (let k = 1; k < tokens.length; k++) {
    const [a, b, gap] = [tokens[k - 1]!, tokens[k]!, gaps[k - 1]!];
    const split = a.form !== b.form || a.form === 'written' || (a.form === 'zh' ? gap !== '' : /[^\s]/.test(gap));
    group.push(group[k - 1]! + (split && b.digits !== 'X' ? 1 : 0));
  }
  return group;
}

/** Digit runs in `text`, skipping anything inside `claimed` (e-mail addresses and IBANs found first). */
export function digitRuns(text: string, claimed: readonly { start: number; end: number }[] = []): DigitRun[] {
  const codes: { start: number; end: number }[] = [];
  const tokens = tokensOf(text, codes);
  const free = (t: { start: number; end: number }) => !claimed.some((c) => t.start < c.end && t.end > c.start);
  const nearCode = (from: number, to: number) =>
    codes.some((c) => (c.end <= from && GAP.test(text.slice(c.end, from))) || (c.start >= to && GAP.test(text.slice(to, c.start))));
  const runs: DigitRun[] = [];
  let current: DigitToken[] = [];
  const close = () => {
    if (!current.length) return;
    const gaps = current.slice(1).map((t, k) => text.slice(current[k]!.end, t.start));
    const first = current[0]!;
    const last = current[current.length - 1]!;
    runs.push({ tokens: current, gaps, group: groupsOf(current, gaps), inCode: nearCode(first.start, last.end) });
    current = [];
  };
  for (const t of tokens) {
    if (!free(t)) {
      close();
      continue;
    }
    const previous = current[current.length - 1];
    if (previous && !GAP.test(text.slice(previous.end, t.start))) close();
    current.push(t);
  }
  close();
  return runs;
}
