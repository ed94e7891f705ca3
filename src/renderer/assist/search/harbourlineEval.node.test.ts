// `npm run eval:assist`: retrieval on questions from outside the project. The Harbourline Energy
// knowledge base (80 en + 30 zh articles) and its 1,290 customer questions were written by another
// session without seeing this code, its synonyms or the sample knowledge base (eval-data/). The
// knowledge base goes through the app's own CSV import; questions of the "test" split are asked as the
// agent's search box asks them. The "feedback" split is the development set (harbourlineDev.node.test.ts)
// and what agents confirm here (learning from agents): each article's first questions of that split are
// marked Helpful in one call and copied in another, through the feedback and learning stores the panel
// uses (over fake-indexeddb), and search is given what the learning store gives the search worker. The
// test split is never tuned on, and its misses are printed only with ASSIST_EVAL_DETAILS. Floors are
// the figures measured, so a change that makes it worse fails.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCallData } from '../../callData';
import { createFeedbackStore } from '../feedback/feedbackStore';
import { createLearningStore, learnedFor } from '../learning/learningStore';
import type { Article } from '../kb/types';
import { KbSearch } from './kbSearch';
import { harbourlineKb, harbourlineQuestions, measure, table, type Question, type Row } from './harbourlineSet.testing';

/** Confirms up to `perArticle` of each article's feedback-split questions, twice each (two calls); returns how many. */
async function confirmPhrasings(articles: Article[], feedbackSplit: Question[], perArticle: number, search: KbSearch): Promise<{ fed: number; most: number }> {
  const data = createCallData({ historyDb: `h-${Math.random()}`, feedbackDb: `f-${Math.random()}`, learningDb: `l-${Math.random()}` });
  const learning = createLearningStore(data, () => true);
  const feedback = createFeedbackStore(data, learning.getState());
  const byId = new Map(articles.map((a) => [a.id, a]));
  const taken = new Map<string, number>();
  let fed = 0;
  for (const q of feedbackSplit) {
    const n = taken.get(q.article) ?? 0;
    if (n >= perArticle) continue;
    taken.set(q.article, n + 1);
    const article = byId.get(q.article)!;
    await feedback.getState().setCall(`${q.id}-first-call`);
    await feedback.getState().vote(article, q.text, 'helpful');
    await feedback.getState().setCall(`${q.id}-second-call`);
    await feedback.getState().copied(article, q.text);
    fed++;
  }
  search.learn(learnedFor(learning.getState(), true));
  return { fed, most: Math.max(...taken.values()) };
}

describe('retrieval on the independent Harbourline set (test split)', () => {
  it('R@1 and R@3 with no confirmed phrasings, then after 3 and after all (up to 10) per article, no worse than measured', { timeout: 600_000 }, async () => {
    const articles = harbourlineKb();
    const asked = harbourlineQuestions('test');
    const feedbackSplit = harbourlineQuestions('feedback');
    const known = new Set(articles.map((a) => a.id));
    expect(asked.filter((q) => !known.has(q.article))).toEqual([]);
    const figures: { label: string; rows: Row[] }[] = [];
    const search = await KbSearch.build(articles);
    const none = await measure(search, asked);
    figures.push({ label: 'no confirmed phrasings', rows: none.rows });
    console.log(`Harbourline test split, ${articles.length} articles, no confirmed phrasings:\n${table(none.rows)}`);
    if (process.env.ASSIST_EVAL_DETAILS) console.log(`misses at 3:\n  ${none.misses.join('\n  ')}`);
    for (const perArticle of [3, 10]) {
      const learned = await KbSearch.build(articles);
      const { fed, most } = await confirmPhrasings(articles, feedbackSplit, perArticle, learned);
      const { rows } = await measure(learned, asked);
      const label = perArticle === 3 ? 'after 3 confirmed phrasings per article' : `after up to 10 per article (the feedback split has at most ${most}: all of them)`;
      figures.push({ label, rows });
      console.log(`${label}, ${fed} phrasings each confirmed in 2 calls:\n${table(rows)}`);
    }
    const all = (rows: Row[]) => rows.find((r) => r.slice === 'all')!;
    console.log(`Summary, test split (${all(none.rows).n} questions), R@1 / R@3:\n${figures.map((f) => `  ${all(f.rows).at1.toFixed(3)} / ${all(f.rows).at3.toFixed(3)}  ${f.label}`).join('\n')}`);
    expect(all(none.rows).n).toBeGreaterThanOrEqual(700);
    figures.forEach((f, i) => {
      expect(all(f.rows).at1, f.label).toBeGreaterThanOrEqual(FLOORS[i]!.at1);
      expect(all(f.rows).at3, f.label).toBeGreaterThanOrEqual(FLOORS[i]!.at3);
    });
  });
});

// Before: the search as it stood when the set arrived (Orama BM25 over questions, title and body; this KB
// has no synonyms): 774 test questions, R@1 0.401, R@3 0.584 (en 0.368 / 0.540, zh 0.495 / 0.712).
// After: TF-IDF over words, word pairs and character n-grams (ngramIndex.ts), tuned on the feedback
// split only (harbourlineDev.node.test.ts): R@1 0.630, R@3 0.783 (en 0.611 / 0.760, zh 0.687 / 0.848).
// The test split was run twice while working (0.630 / 0.787 with an earlier feature hash, then these).
// Learning from agents (phrasingIndex.ts, weighed on the feedback split only: learningDev.node.test.ts):
// R@1 / R@3 0.630 / 0.783 -> 0.646 / 0.797 after 3 confirmed phrasings per article -> 0.645 / 0.804
// after all of the feedback split's 4-5 per article (the issue's "10"; its targets, 0.75 / 0.90 after
// 10, are not reached: see README, Agent assist). The test split was run with learning for two
// versions: phrasings together only (0.647 / 0.797, 0.649 / 0.804), then these, with the closest fully
// confirmed phrasing added for a question asked again (chosen for the app, not for these figures).
const FLOORS = [
  { at1: 0.63, at3: 0.78 }, // no confirmed phrasings
  { at1: 0.64, at3: 0.79 }, // after 3 per article
  { at1: 0.64, at3: 0.8 }, // after all 4-5 per article
];
