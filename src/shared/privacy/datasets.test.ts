// The redaction figures on the labelled sets (`npm run eval:redaction` prints them; with
// REDACTION_DETAILS=1 also every miss). The DEV set was written with the code and tuned on; the TEST set
// was written by someone else without seeing the code, and its floors are the figures measured the one
// time it was run (a regression fails, an improvement does not).
import { describe, expect, it } from 'vitest';
import dev from './redaction-dev.json';
import { evaluate, formatEvaluation, parseLabelledSet, precision, recall } from './evaluation';
import { findSensitiveSpans } from './redact';

describe('redaction on the labelled sets', () => {
  // A correctness test: the time limit only keeps a loaded machine from failing it.
  it('DEV set: recall ≥ 0.98 on must-mask spans, precision ≥ 0.95', { timeout: 120_000 }, () => {
    const result = evaluate(parseLabelledSet(dev, 'redaction-dev.json'), findSensitiveSpans);
    console.log(formatEvaluation('DEV set (redaction-dev.json)', result));
    if (process.env.REDACTION_DETAILS) console.log(['missed:', ...result.missed, 'wrong:', ...result.wrong, 'near misses masked:', ...result.keptTouched].join('\n  '));
    expect(recall(result.all)).toBeGreaterThanOrEqual(0.98);
    expect(precision(result.all)).toBeGreaterThanOrEqual(0.95);
  });
});
