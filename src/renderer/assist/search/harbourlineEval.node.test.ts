// `npm run eval:assist`: retrieval on questions from outside the project. The Harbourline Energy
// knowledge base (80 en + 30 zh articles) and its 1,290 customer questions were written by another
// session without seeing this code, its synonyms or the sample knowledge base (eval-data/). The
// knowledge base goes through the app's own CSV import; questions of the "test" split are asked as the
// agent's search box asks them. The "feedback" split is for confirmed phrasings (learning from agents),
// never for tuning. Floors are the figures measured, so a change that makes it worse fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importKnowledgeBase } from '../kb/importer';
import { KbSearch } from './kbSearch';
import { checkLabelledSet } from '../../../shared/evaluation/labelledSet';

interface Question {
  id: string;
  lang: 'en' | 'zh';
  article: string;
  split: 'feedback' | 'test';
  style: string;
  text: string;
}

const dir = new URL('./eval-data/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

function questions(): Question[] {
  return checkLabelledSet<Question>(JSON.parse(read('harbourline-questions.json')), 'harbourline-questions.json', (item, where, problems) => {
    if (item.lang !== 'en' && item.lang !== 'zh') problems.push(`${where}: lang must be "en" or "zh"`);
    if (item.split !== 'feedback' && item.split !== 'test') problems.push(`${where}: split must be "feedback" or "test"`);
    for (const f of ['article', 'style', 'text'] as const) if (typeof item[f] !== 'string' || !item[f]) problems.push(`${where}: ${f} must be text`);
  });
}

interface Row {
  slice: string;
  n: number;
  at1: number;
  at3: number;
}

async function measure(search: KbSearch, asked: Question[]): Promise<{ rows: Row[]; misses: string[] }> {
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

const table = (rows: Row[]) =>
  ['slice              n     R@1    R@3', ...rows.map((r) => `${r.slice.padEnd(15)} ${String(r.n).padStart(4)}   ${r.at1.toFixed(3)}  ${r.at3.toFixed(3)}`)].join('\n');

describe('retrieval on the independent Harbourline set (test split)', () => {
  it('no confirmed phrasings: R@1 and R@3 per language and style, no worse than measured', { timeout: 300_000 }, async () => {
    const imported = importKnowledgeBase([{ name: 'harbourline-kb.csv', text: read('harbourline-kb.csv') }]);
    if (!imported.ok) throw new Error(`the knowledge base did not import: ${JSON.stringify(imported.errors)}`);
    const asked = questions().filter((q) => q.split === 'test');
    const known = new Set(imported.articles.map((a) => a.id));
    expect(asked.filter((q) => !known.has(q.article))).toEqual([]);
    const { rows, misses } = await measure(await KbSearch.build(imported.articles), asked);
    console.log(`Harbourline test split, ${imported.articles.length} articles, no confirmed phrasings:\n${table(rows)}`);
    console.log('After 3 and 10 confirmed phrasings per article: not measured (learning from agents is not built yet).');
    if (process.env.ASSIST_EVAL_DETAILS) console.log(`misses at 3:\n  ${misses.join('\n  ')}`);
    const all = rows.find((r) => r.slice === 'all')!;
    expect(all.n).toBeGreaterThanOrEqual(700);
    expect(all.at1).toBeGreaterThanOrEqual(FLOOR.at1);
    expect(all.at3).toBeGreaterThanOrEqual(FLOOR.at3);
  });
});

// Measured with the search as it stood when the set arrived (BM25 over questions, title and body; this
// KB has no synonyms): 774 test questions, R@1 0.401, R@3 0.584 (en 0.368 / 0.540, zh 0.495 / 0.712).
const FLOOR = { at1: 0.4, at3: 0.58 };
