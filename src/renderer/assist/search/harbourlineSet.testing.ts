// Test support for the Harbourline evaluation (eval-data/): the knowledge base through the app's CSV
// import, the labelled questions, and R@1 / R@3 per language and style.
import { readFileSync } from 'node:fs';
import { importKnowledgeBase } from '../kb/importer';
import type { Article } from '../kb/types';
import type { KbSearch } from './kbSearch';
import { checkLabelledSet } from '../../../shared/evaluation/labelledSet';

export interface Question {
  id: string;
  lang: 'en' | 'zh';
  article: string;
  split: 'feedback' | 'test';
  style: string;
  text: string;
}

const dir = new URL('./eval-data/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

export function harbourlineKb(): Article[] {
  const imported = importKnowledgeBase([{ name: 'harbourline-kb.csv', text: read('harbourline-kb.csv') }]);
  if (!imported.ok) throw new Error(`the knowledge base did not import: ${JSON.stringify(imported.errors)}`);
  return imported.articles;
}

export function harbourlineQuestions(split: Question['split']): Question[] {
  const all = checkLabelledSet<Question>(JSON.parse(read('harbourline-questions.json')), 'harbourline-questions.json', (item, where, problems) => {
    if (item.lang !== 'en' && item.lang !== 'zh') problems.push(`${where}: lang must be "en" or "zh"`);
    if (item.split !== 'feedback' && item.split !== 'test') problems.push(`${where}: split must be "feedback" or "test"`);
    for (const f of ['article', 'style', 'text'] as const) if (typeof item[f] !== 'string' || !item[f]) problems.push(`${where}: ${f} must be text`);
  });
  return all.filter((q) => q.split === split);
}

export interface Row {
  slice: string;
  n: number;
  at1: number;
  at3: number;
}

export async function measure(search: KbSearch, asked: Question[]): Promise<{ rows: Row[]; misses: string[] }> {
  const slices = new Map<string, { n: number; at1: number; at3: number }>();
  const misses: string[] = [];
  for (const q of asked) {
    const ids = (await search.search(q.text, 3)).map((h) => h.article.id);
    for (const key of ['all', q.lang, `${q.lang} ${q.style}`]) {
      const s = slices.get(key) ?? { n: 0, at1: 0, at3: 0 };
      s.n += 1;
      if (ids[0] === q.article) s.at1 += 1;
      if (ids.includes(q.article)) s.at3 += 1;
      slices.set(key, s);
    }
    if (!ids.includes(q.article)) misses.push(`${q.id} (${q.article}): ${q.text} -> ${ids.join(', ') || 'nothing'}`);
  }
  const rows = [...slices].map(([slice, s]) => ({ slice, n: s.n, at1: s.at1 / s.n, at3: s.at3 / s.n }));
  return { rows: rows.sort((a, b) => a.slice.localeCompare(b.slice)), misses };
}

export const table = (rows: Row[]) =>
  ['slice              n     R@1    R@3', ...rows.map((r) => `${r.slice.padEnd(15)} ${String(r.n).padStart(4)}   ${r.at1.toFixed(3)}  ${r.at3.toFixed(3)}`)].join('\n');
