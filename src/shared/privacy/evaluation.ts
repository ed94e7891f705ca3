// Scores a redactor on a labelled set: texts with the substrings that must be masked and near misses
// that must not. Span-level: a must-mask span counts as caught when every letter and digit in it is
// covered by some predicted span; a predicted span counts as right when it overlaps a must-mask span.
import { chineseIdValid, luhnValid } from './checksums';
import { digitRuns, foldWidth, spokenAsWritten } from './spokenDigits';
import type { RedactionContext } from './context';
import type { PiiKind } from './types';
import { checkLabelledSet } from '../evaluation/labelledSet';

export { LabelledSetError } from '../evaluation/labelledSet';

export interface LabelledText {
  id: string;
  lang: 'en' | 'zh';
  region: string;
  callNumber?: string;
  text: string;
  /** Exact substrings that must be masked; "…#2" names the second occurrence. */
  mask: string[];
  /** Near misses that must survive. */
  keep: string[];
  /**
   * Optional, one per `mask` entry: its kind ("card", "phone", "email", "iban", "ssn", "cn-id" or
   * "cnid"), or a kind beyond these six ("cvv", "card-partial" …), reported on its own rows.
   * Without it, the kind is read from the label's shape (kindOfLabel).
   */
  maskKinds?: string[];
}

type Span = { start: number; end: number };
export type Finder = (text: string, context: RedactionContext) => readonly (Span & { kind: PiiKind })[];


/** Where `ref` ("text" or "text#2") occurs in `text`, or null. A literal "#2" in the text wins. */
export function locate(text: string, ref: string): Span | null {
  const suffix = /#(\d+)$/.exec(ref);
  const [needle, occurrence] = suffix && !text.includes(ref) ? [ref.slice(0, suffix.index), Number(suffix[1])] : [ref, 1];
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0 || needle === '') return null;
  }
  return { start: at, end: at + needle.length };
}

/** Checks a parsed JSON set; every problem names the item and field. Returns the items, or throws them all. */
export function parseLabelledSet(raw: unknown, source: string): LabelledText[] {
  return checkLabelledSet<LabelledText>(raw, source, (item, where, problems) => {
    if (typeof item.region !== 'string' || !/^[A-Z]{2}$/.test(item.region)) problems.push(`${where}: region must be two capital letters such as "US"`);
    if (item.callNumber !== undefined && typeof item.callNumber !== 'string') problems.push(`${where}: callNumber must be text`);
    if (typeof item.text !== 'string') return void problems.push(`${where}: text must be text`);
    const spans: Record<string, Span> = {};
    for (const field of ['mask', 'keep'] as const) {
      const list = item[field];
      if (!Array.isArray(list)) {
        problems.push(`${where}: ${field} must be a list of substrings`);
        continue;
      }
      list.forEach((ref, k) => {
        const span = typeof ref === 'string' ? locate(item.text as string, ref) : null;
        if (!span) problems.push(`${where}: ${field}[${k}] ${JSON.stringify(ref)} does not occur in the text`);
        else spans[`${field}[${k}]`] = span;
      });
    }
    if (item.maskKinds !== undefined) {
      const kinds = item.maskKinds;
      if (!Array.isArray(kinds) || !kinds.every((k) => typeof k === 'string' && /^[a-z][a-z-]*$/.test(k))) problems.push(`${where}: maskKinds must be a list of kind names such as "card"`);
      else if (Array.isArray(item.mask) && kinds.length !== item.mask.length) problems.push(`${where}: maskKinds has ${kinds.length} entries for ${item.mask.length} mask entries`);
    }
    const entries = Object.entries(spans);
    for (const [a, sa] of entries.filter(([f]) => f.startsWith('keep'))) {
      for (const [b, sb] of entries.filter(([f]) => f.startsWith('mask'))) if (sa.start < sb.end && sa.end > sb.start) problems.push(`${where}: ${a} overlaps ${b}`);
    }
  });
}

/** The kind a must-mask substring is, from its own shape (the labels carry no kind). */
export function kindOfLabel(span: string): PiiKind {
  const folded = foldWidth(span);
  if (/@|艾特|\bat\b/i.test(folded)) return 'email';
  if (/^[A-Za-z] ?[A-Za-z] ?\d ?\d[A-Za-z0-9 -]{11,}$/.test(spokenAsWritten(folded).text.trim())) return 'iban';
  const digits = digitRuns(folded).flatMap((r) => r.tokens.map((t) => t.digits)).join('');
  if (digits.length === 18 && chineseIdValid(digits)) return 'cn-id';
  if (/^\s*(?:\+|plus\b|00)/i.test(folded)) return 'phone';
  if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return 'card';
  if (digits.length === 9) return 'ssn';
  return 'phone';
}

export interface Tally {
  mustMask: number;
  caught: number;
  predicted: number;
  predictedRight: number;
  keep: number;
  keepTouched: number;
}
const emptyTally = (): Tally => ({ mustMask: 0, caught: 0, predicted: 0, predictedRight: 0, keep: 0, keepTouched: 0 });

export interface Evaluation {
  all: Tally;
  /** Only the six kinds redaction looks for (labels of other kinds, such as "cvv", left out). */
  inScope: Tally;
  byLang: Record<'en' | 'zh', Tally>;
  /** The six kinds first, then any other kind the labels name. */
  byKind: Map<string, Tally>;
  /** "id: substring" of every must-mask span not fully covered. */
  missed: string[];
  /** "id: predicted text (kind)" of every predicted span touching no must-mask span. */
  wrong: string[];
  /** "id: substring" of every near miss that was masked (in part). */
  keptTouched: string[];
}

const KINDS: PiiKind[] = ['card', 'phone', 'email', 'iban', 'ssn', 'cn-id'];
const inScope = (kind: string): kind is PiiKind => (KINDS as string[]).includes(kind);
const overlaps = (a: Span, b: Span) => a.start < b.end && a.end > b.start;

export function evaluate(items: readonly LabelledText[], find: Finder): Evaluation {
  const result: Evaluation = {
    all: emptyTally(),
    inScope: emptyTally(),
    byLang: { en: emptyTally(), zh: emptyTally() },
    byKind: new Map(KINDS.map((k) => [k, emptyTally()])),
    missed: [],
    wrong: [],
    keptTouched: [],
  };
  const ofKind = (kind: string) => result.byKind.get(kind) ?? result.byKind.set(kind, emptyTally()).get(kind)!;
  for (const item of items) {
    const predicted = find(item.text, { region: item.region, ...(item.callNumber ? { callNumber: item.callNumber } : {}) });
    const masks = item.mask.map((ref, k) => {
      const span = locate(item.text, ref)!;
      const labelled = item.maskKinds?.[k];
      return { ref, ...span, kind: labelled === 'cnid' ? 'cn-id' : (labelled ?? kindOfLabel(item.text.slice(span.start, span.end))) };
    });
    const keeps = item.keep.map((ref) => ({ ref, ...locate(item.text, ref)! }));
    for (const m of masks) {
      const caught = [...item.text.slice(m.start, m.end)].every((ch, k) => !/[\p{L}\p{N}]/u.test(ch) || predicted.some((p) => p.start <= m.start + k && m.start + k < p.end));
      for (const t of [result.all, result.byLang[item.lang], ofKind(m.kind), ...(inScope(m.kind) ? [result.inScope] : [])]) {
        t.mustMask++;
        if (caught) t.caught++;
      }
      if (!caught) result.missed.push(`${item.id}: ${m.ref} (${m.kind})`);
    }
    for (const p of predicted) {
      const right = masks.some((m) => overlaps(m, p));
      const rightInScope = masks.some((m) => inScope(m.kind) && overlaps(m, p));
      for (const [t, ok] of [[result.all, right], [result.byLang[item.lang], right], [ofKind(p.kind), right], [result.inScope, rightInScope]] as const) {
        t.predicted++;
        if (ok) t.predictedRight++;
      }
      if (!right) result.wrong.push(`${item.id}: ${item.text.slice(p.start, p.end)} (${p.kind})`);
    }
    for (const k of keeps) {
      const touched = predicted.some((p) => overlaps(k, p));
      for (const t of [result.all, result.inScope, result.byLang[item.lang]]) {
        t.keep++;
        if (touched) t.keepTouched++;
      }
      if (touched) result.keptTouched.push(`${item.id}: ${k.ref}`);
    }
  }
  return result;
}

export const recall = (t: Tally) => (t.mustMask ? t.caught / t.mustMask : 1);
export const precision = (t: Tally) => (t.predicted ? t.predictedRight / t.predicted : 1);

/**
 * One line per slice: must-mask spans, recall, predicted spans, precision, near misses touched. When
 * labels name kinds beyond the six, "6 kinds" counts only those six (precision: predictions touching one).
 */
export function formatEvaluation(title: string, e: Evaluation): string {
  const extra = [...e.byKind.keys()].some((k) => !inScope(k));
  const rows: [string, Tally][] = [['all', e.all], ...(extra ? [['6 kinds', e.inScope] as [string, Tally]] : []), ['en', e.byLang.en], ['zh', e.byLang.zh], ...e.byKind];
  const line = (cells: string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(12) : c.padStart(10))).join(' ');
  const keepCell = (name: string, t: Tally) => (['all', '6 kinds', 'en', 'zh'].includes(name) ? `${t.keepTouched}/${t.keep}` : '');
  return [
    title,
    line(['slice', 'must-mask', 'recall', 'predicted', 'precision', 'keep hit']),
    ...rows.map(([name, t]) => line([name, String(t.mustMask), recall(t).toFixed(3), String(t.predicted), precision(t).toFixed(3), keepCell(name, t)])),
  ].join('\n');
}
