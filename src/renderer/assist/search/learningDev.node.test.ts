// How much a confirmed phrasing should count (phrasingIndex.ts: LEARNED), chosen on the Harbourline
// feedback split alone: each article's first 3 feedback questions are learned as fully confirmed
// phrasings and its remaining feedback questions are asked. The test split is never used here.
//   ASSIST_EVAL_DETAILS=1 npx vitest run src/renderer/assist/search/learningDev.node.test.ts
import { describe, expect, it } from 'vitest';
import { KbSearch } from './kbSearch';
import { harbourlineKb, harbourlineQuestions, measure, type Question } from './harbourlineSet.testing';
import { LEARNED } from './phrasingIndex';

describe('learned phrasings on the Harbourline feedback split (development set)', () => {
  it('help on held-out feedback questions of the same articles', { timeout: 300_000 }, async () => {
    const search = await KbSearch.build(harbourlineKb());
    const byArticle = new Map<string, Question[]>();
    for (const q of harbourlineQuestions('feedback')) byArticle.set(q.article, [...(byArticle.get(q.article) ?? []), q]);
    const learned = [...byArticle.values()].flatMap((qs) => qs.slice(0, 3));
    const asked = [...byArticle.values()].flatMap((qs) => qs.slice(3));
    const all = async () => (await measure(search, asked)).rows.find((r) => r.slice === 'all')!;
    const before = await all();
    const sweep: string[] = [`none: ${before.at1.toFixed(3)} / ${before.at3.toFixed(3)}`];
    if (process.env.ASSIST_EVAL_DETAILS) {
      for (const [boost, near] of [[0, 0], [0.1, 0], [0.25, 0], [0.25, 0.4], [0.5, 0.4], [0.5, 0.5], [1, 0.5], [0.5, 0.6], [1, 0.6]] as const) {
        for (const centroid of [0, 0.1, 0.2, 0.3, 0.5]) {
          search.learn(learned.map((q) => ({ articleId: q.article, text: q.text, weight: 1 })), { ...LEARNED, boost, near, centroid });
          const r = await all();
          sweep.push(`closest phrasing ${boost} above ${near}, phrasings together ${centroid}: ${r.at1.toFixed(3)} / ${r.at3.toFixed(3)}`);
        }
      }
    }
    search.learn(learned.map((q) => ({ articleId: q.article, text: q.text, weight: 1 })));
    const after = await all();
    sweep.push(`chosen (${LEARNED.boost} above ${LEARNED.near}, ${LEARNED.centroid}): ${after.at1.toFixed(3)} / ${after.at3.toFixed(3)}`);
    console.log(`${asked.length} held-out feedback questions, R@1 / R@3, after 3 confirmed phrasings per article:\n  ${sweep.join('\n  ')}`);
    expect(after.at1).toBeGreaterThan(before.at1);
    expect(after.at3).toBeGreaterThanOrEqual(before.at3);
  });
});
