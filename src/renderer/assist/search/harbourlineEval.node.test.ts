// `npm run eval:assist`: retrieval on questions from outside the project. The Harbourline Energy
// knowledge base (80 en + 30 zh articles) and its 1,290 customer questions were written by another
// session without seeing this code, its synonyms or the sample knowledge base (eval-data/). The
// knowledge base goes through the app's own CSV import; questions of the "test" split are asked as the
// agent's search box asks them. The "feedback" split is for confirmed phrasings (learning from agents)
// and is the development set (harbourlineDev.node.test.ts); the test split is never tuned on, and its
// misses are printed only with ASSIST_EVAL_DETAILS. Floors are the figures measured, so a change that
// makes it worse fails.
import { describe, expect, it } from 'vitest';
import { KbSearch } from './kbSearch';
import { harbourlineKb, harbourlineQuestions, measure, table } from './harbourlineSet.testing';

describe('retrieval on the independent Harbourline set (test split)', () => {
  it('no confirmed phrasings: R@1 and R@3 per language and style, no worse than measured', { timeout: 300_000 }, async () => {
    const articles = harbourlineKb();
    const asked = harbourlineQuestions('test');
    const known = new Set(articles.map((a) => a.id));
    expect(asked.filter((q) => !known.has(q.article))).toEqual([]);
    const { rows, misses } = await measure(await KbSearch.build(articles), asked);
    console.log(`Harbourline test split, ${articles.length} articles, no confirmed phrasings:\n${table(rows)}`);
    console.log('After 3 and 10 confirmed phrasings per article: not measured (learning from agents is not built yet).');
    if (process.env.ASSIST_EVAL_DETAILS) console.log(`misses at 3:\n  ${misses.join('\n  ')}`);
    const all = rows.find((r) => r.slice === 'all')!;
    expect(all.n).toBeGreaterThanOrEqual(700);
    expect(all.at1).toBeGreaterThanOrEqual(FLOOR.at1);
    expect(all.at3).toBeGreaterThanOrEqual(FLOOR.at3);
  });
});

// Before: the search as it stood when the set arrived (Orama BM25 over questions, title and body; this KB
// has no synonyms): 774 test questions, R@1 0.401, R@3 0.584 (en 0.368 / 0.540, zh 0.495 / 0.712).
// After: TF-IDF over words, word pairs and character n-grams (ngramIndex.ts), tuned on the feedback
// split only (harbourlineDev.node.test.ts): R@1 0.630, R@3 0.783 (en 0.611 / 0.760, zh 0.687 / 0.848).
// The test split was run twice while working (0.630 / 0.787 with an earlier feature hash, then these).
const FLOOR = { at1: 0.63, at3: 0.78 };
