// The lexicon scorer on the independent set (independent-set.json, see README-independent-set.md):
// `npm run eval:sentiment` prints the table and the confusion matrices. Tuning reads the DEV split only
// (SENTIMENT_DETAILS=1 lists the dev misses); the TEST split is only ever counted, never listed.
import { describe, expect, it } from 'vitest';
import raw from './independent-set.json';
import { accuracy, evaluateSet, formatAccuracy, formatConfusion, parseSentimentSet } from './evaluation';
import { scoreSentiment } from './sentiment';

const turns = parseSentimentSet(raw, 'independent-set.json');
const classify = (text: string) => scoreSentiment(text).label;

describe('lexicon scorer on the independent set', () => {
  const result = evaluateSet(turns, classify);
  const row = (key: string) => result.rows.get(key)!;

  it('has at least 300 turns per language, in both splits', () => {
    expect(row('en dev').n + row('en test').n).toBeGreaterThanOrEqual(300);
    expect(row('zh dev').n + row('zh test').n).toBeGreaterThanOrEqual(300);
    expect(Math.min(row('en test').n, row('zh test').n, row('en dev').n, row('zh dev').n)).toBeGreaterThan(200);
  });

  it('prints accuracy and the confusion matrices', () => {
    console.log(formatAccuracy('lexicon scorer', result));
    for (const key of ['en dev', 'zh dev', 'en test', 'zh test', 'all test']) console.log(formatConfusion(key, row(key)));
    if (process.env.SENTIMENT_DETAILS) {
      const misses = turns.filter((t) => t.split === 'dev' && classify(t.text) !== t.label);
      console.log(['dev misses:', ...misses.map((t) => `${t.id} ${t.label} -> ${classify(t.text)} [${t.phenomena.join(',')}] ${t.text}`)].join('\n  '));
    }
  });

  // The lexicon as it was before this set arrived (measured once, nothing tuned): en dev 0.629, zh dev
  // 0.557, en test 0.603, zh test 0.611. Floors at those figures until the scorer is improved.
  it('three-class accuracy stays above its floor on both splits', () => {
    expect(accuracy(row('en dev'))).toBeGreaterThanOrEqual(0.62);
    expect(accuracy(row('zh dev'))).toBeGreaterThanOrEqual(0.55);
    expect(accuracy(row('en test'))).toBeGreaterThanOrEqual(0.6);
    expect(accuracy(row('zh test'))).toBeGreaterThanOrEqual(0.61);
  });
});
