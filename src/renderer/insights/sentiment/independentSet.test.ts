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

  // BEFORE (the lexicon as it was when this set arrived, measured once, nothing tuned): en dev 0.629, zh dev
  // 0.557, en test 0.603, zh test 0.611. AFTER (call-centre cues, AFINN fallback, Chinese fixes; tuned on
  // dev only, test measured once with the scorer frozen): en dev 0.952, zh dev 0.972, en test 0.817
  // (187/229), zh test 0.798 (197/247). The dev figures are what tuning on dev gives; test is the honest
  // one. Floors sit a little below the measured figures, so a regression fails and one turn does not.
  it('dev split accuracy stays above its floor', () => {
    expect(accuracy(row('en dev'))).toBeGreaterThanOrEqual(0.93);
    expect(accuracy(row('zh dev'))).toBeGreaterThanOrEqual(0.95);
  });

  it('test split: no worse than measured (en ≥ 0.80, zh ≥ 0.78; issue 11 asks ≥ 0.70)', () => {
    expect(accuracy(row('en test'))).toBeGreaterThanOrEqual(0.8);
    expect(accuracy(row('zh test'))).toBeGreaterThanOrEqual(0.78);
  });
});
