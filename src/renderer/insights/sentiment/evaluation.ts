// Scores a sentiment classifier on a labelled set of customer turns: three-class accuracy and the
// confusion matrix, per language and split. Used by the dataset tests and `npm run eval:sentiment`.
import type { SentimentLabel } from './sentiment';
import { checkLabelledSet } from '../../../shared/evaluation/labelledSet';

export const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];
export type Lang = 'en' | 'zh';
export type Split = 'dev' | 'test';

export interface LabelledTurn {
  id: string;
  lang: Lang;
  text: string;
  label: SentimentLabel;
  phenomena: string[];
  split: Split;
}

/** Checks a parsed JSON set; every problem names the item and field. Returns the items, or throws them all. */
export function parseSentimentSet(raw: unknown, source: string): LabelledTurn[] {
  return checkLabelledSet<LabelledTurn>(raw, source, (item, where, problems) => {
    if (typeof item.text !== 'string' || !item.text.trim()) problems.push(`${where}: text must be non-empty text`);
    if (!LABELS.includes(item.label as SentimentLabel)) problems.push(`${where}: label must be one of ${LABELS.join(', ')}`);
    if (item.split !== 'dev' && item.split !== 'test') problems.push(`${where}: split must be "dev" or "test"`);
    if (!Array.isArray(item.phenomena) || !item.phenomena.every((p) => typeof p === 'string')) problems.push(`${where}: phenomena must be a list of tag names`);
  }, 'turns');
}

/** confusion[gold][predicted] = count. */
export type Confusion = Record<SentimentLabel, Record<SentimentLabel, number>>;

export interface Score {
  n: number;
  correct: number;
  confusion: Confusion;
}

export const accuracy = (s: Score): number => (s.n === 0 ? 0 : s.correct / s.n);

export function score(turns: readonly LabelledTurn[], predicted: readonly SentimentLabel[]): Score {
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Confusion;
  let correct = 0;
  turns.forEach((t, i) => {
    const p = predicted[i]!;
    confusion[t.label][p]++;
    if (p === t.label) correct++;
  });
  return { n: turns.length, correct, confusion };
}

export type Classify = (text: string) => SentimentLabel;

export interface SetEvaluation {
  /** Keyed "en dev", "zh test", "all test" … */
  rows: Map<string, Score>;
}

/** Scores every language × split, and both languages together per split. */
export function evaluateSet(turns: readonly LabelledTurn[], classify: Classify): SetEvaluation {
  const predicted = turns.map((t) => classify(t.text));
  const rows = new Map<string, Score>();
  for (const split of ['dev', 'test'] as const) {
    for (const lang of ['en', 'zh', 'all'] as const) {
      const at = turns.map((t, i) => ({ t, i })).filter(({ t }) => t.split === split && (lang === 'all' || t.lang === lang));
      rows.set(`${lang} ${split}`, score(at.map(({ t }) => t), at.map(({ i }) => predicted[i]!)));
    }
  }
  return { rows };
}

const pct = (s: Score) => `${(accuracy(s) * 100).toFixed(1)} % (${s.correct}/${s.n})`;

export function formatAccuracy(name: string, result: SetEvaluation): string {
  const lines = [`${name}: three-class accuracy`, `  ${'set'.padEnd(9)} accuracy`];
  for (const [key, s] of result.rows) lines.push(`  ${key.padEnd(9)} ${pct(s)}`);
  return lines.join('\n');
}

/** Rows are the gold label, columns what the classifier said. */
export function formatConfusion(title: string, s: Score): string {
  const head = `  ${'gold \\ said'.padEnd(12)}${LABELS.map((l) => l.padStart(10)).join('')}`;
  const rows = LABELS.map((g) => `  ${g.padEnd(12)}${LABELS.map((p) => String(s.confusion[g][p]).padStart(10)).join('')}`);
  return [`${title}: ${pct(s)}`, head, ...rows].join('\n');
}
