// IBANs in any case, compact, in groups or read out: "GB82 WEST 1234 5698 7654 32", "de8937040044…",
// "G B eight two west one two …". The country's IBAN length says where one ends, mod 97 confirms it.
import { IBAN_LENGTHS, ibanValid } from './checksums';
import { spokenAsWritten } from './spokenDigits';
import type { SensitiveSpan } from './types';

// Country code glued to its check digits; spaces inside it only in capitals ("GB 82", "G B 8 2"),
// since "at 10", "no 12" are ordinary lower-case words followed by a number.
const START = /(?<![A-Za-z0-9])(?:[A-Z] ?[A-Z] ?\d ?|[A-Za-z]{2}\d)\d/g;

const SEPARATOR = /^(?: - | |-|, ?)/;

const SPOKEN_DIGIT = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b|[零〇一二三四五六七八九幺]/i;

/**
 * IBAN spans in `text` (already width-folded). `shaped` also lists IBAN-shaped text whose check digits
 * fail (a mistyped account number): nothing in it is personal data of another kind either.
 */
export function ibanSpans(original: string): { valid: SensitiveSpan[]; shaped: SensitiveSpan[] } {
  const valid: SensitiveSpan[] = [];
  const shaped: SensitiveSpan[] = [];
  const { text, from, to } = SPOKEN_DIGIT.test(original) ? spokenAsWritten(original) : { text: original, from: null, to: null };
  for (const m of text.matchAll(START)) {
    const start = m.index!;
    const length = IBAN_LENGTHS[m[0].replace(/ /g, '').slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    // Take `length` letters and digits, allowing a space, a dash or a pause (", ") between any two.
    let count = 0;
    let at = start;
    while (at < text.length && count < length) {
      if (/[A-Za-z0-9]/.test(text[at]!)) {
        count++;
        at++;
        continue;
      }
      const gap = SEPARATOR.exec(text.slice(at, at + 3))?.[0];
      if (!gap || !/[A-Za-z0-9]/.test(text[at - 1] ?? '') || !/[A-Za-z0-9]/.test(text[at + gap.length] ?? '')) break;
      at += gap.length;
    }
    if (count !== length || /[A-Za-z0-9]/.test(text[at] ?? '')) continue;
    (ibanValid(text.slice(start, at)) ? valid : shaped).push({ kind: 'iban', start: from?.[start] ?? start, end: to?.[at - 1] ?? at });
  }
  return { valid, shaped };
}
