// Masks personal data in text on this machine, before it is stored or leaves it (transcripts, LLM
// prompts, diagnostics). Text comes from speech recognisers as often as keyboards, so each kind is
// found as written and as said ("4111 1111 …", "four one one one …", "一三八…", "john dot doe at
// example dot com", full-width digits), then confirmed by its checksum or rules, so ordinary numbers in
// speech (order numbers, amounts, dates) are left alone. Pure: runs in every process.
import { foldWidth } from './spokenDigits';
import { emailSpans } from './emailSpans';
import { ibanSpans } from './ibanSpans';
import { numberSpans } from './numberSpans';
import { phoneRegions, type RedactionContext } from './context';
import type { PiiKind, SensitiveSpan } from './types';

export type { PiiKind, SensitiveSpan } from './types';
export type { RedactionContext } from './context';
export { chineseIdValid, ibanValid, luhnValid, ssnValid } from './checksums';

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
  found: SensitiveSpan[];
}

/**
 * Every stretch of `text` holding personal data, in order, not overlapping; offsets are into `text`
 * as given. E-mail addresses and IBANs are found first (they hold digits of their own), then card,
 * resident-ID, SSN and phone numbers in what is left.
 */
export function findSensitiveSpans(text: string, context: RedactionContext = {}): SensitiveSpan[] {
  const folded = foldWidth(text);
  const found = emailSpans(folded);
  const ibans = ibanSpans(folded);
  for (const iban of ibans.valid) if (!found.some((f) => iban.start < f.end && iban.end > f.start)) found.push(iban);
  found.push(...numberSpans(folded, phoneRegions(context), [...found, ...ibans.shaped]));
  // A phone number's "+" or bracket lies outside its digits and could reach into a span found before it.
  const spans: SensitiveSpan[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && f.start < last.end) last.end = Math.max(last.end, f.end);
    else spans.push(f);
  }
  return spans;
}

/** `text` with each span replaced by a placeholder naming its kind ("[CARD]", "[PHONE]", …). */
export function redact(text: string, context: RedactionContext = {}): Redaction {
  const found = findSensitiveSpans(text, context);
  let out = '';
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start) + TOKENS[f.kind];
    at = f.end;
  }
  return { text: out + text.slice(at), found };
}
