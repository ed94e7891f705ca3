// The Harbourline set's "feedback" split as a development set: what retrieval is tuned on (the "test"
// split never is, see harbourlineEval.node.test.ts). Runs only when asked, as it may print the misses:
//   ASSIST_EVAL_DEV=1 [ASSIST_EVAL_DETAILS=1] npx vitest run src/renderer/assist/search/harbourlineDev.node.test.ts
import { describe, expect, it } from 'vitest';
import { KbSearch } from './kbSearch';
import { harbourlineKb, harbourlineQuestions, measure, table } from './harbourlineSet.testing';

describe.runIf(process.env.ASSIST_EVAL_DEV)('retrieval on the Harbourline feedback split (development set)', () => {
  it('R@1 and R@3 per language and style', { timeout: 300_000 }, async () => {
    const articles = harbourlineKb();
    const asked = harbourlineQuestions('feedback');
    const { rows, misses } = await measure(await KbSearch.build(articles), asked);
    console.log(`Harbourline feedback split, ${articles.length} articles:\n${table(rows)}`);
    if (process.env.ASSIST_EVAL_DETAILS) console.log(`misses at 3:\n  ${misses.join('\n  ')}`);
    expect(rows.find((r) => r.slice === 'all')!.n).toBeGreaterThanOrEqual(500);
  });
});
