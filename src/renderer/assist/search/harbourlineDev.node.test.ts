// The Harbourline set's "feedback" split as a development set: what retrieval is tuned on (the "test"
// split never is, see harbourlineEval.node.test.ts). Its misses are printed only when asked:
//   ASSIST_EVAL_DETAILS=1 npx vitest run src/renderer/assist/search/harbourlineDev.node.test.ts
import { describe, expect, it } from 'vitest';
import { KbSearch } from './kbSearch';
import { harbourlineKb, harbourlineQuestions, measure, table } from './harbourlineSet.testing';

describe('retrieval on the Harbourline feedback split (development set)', () => {
  it('R@1 and R@3 per language and style, no worse than when the method was final (0.616 / 0.787)', { timeout: 300_000 }, async () => {
    const articles = harbourlineKb();
    const asked = harbourlineQuestions('feedback');
    const { rows, misses } = await measure(await KbSearch.build(articles), asked);
    console.log(`Harbourline feedback split, ${articles.length} articles:\n${table(rows)}`);
    if (process.env.ASSIST_EVAL_DETAILS) console.log(`misses at 3:\n  ${misses.join('\n  ')}`);
    const all = rows.find((r) => r.slice === 'all')!;
    expect(all.n).toBeGreaterThanOrEqual(500);
    expect(all.at1).toBeGreaterThanOrEqual(0.61);
    expect(all.at3).toBeGreaterThanOrEqual(0.78);
  });
});
