// The redaction figures on the labelled sets (`npm run eval:redaction` prints them; with
// REDACTION_DETAILS=1 also every miss).
// - DEV (302 strings) was written with the code and tuned on.
// - ROUND 1 (397 strings) was written by another session without seeing the code. Its one blind run
//   gave recall 0.933 (six kinds); it was then used to tune the second round, so it is a dev set now.
// - HOLDOUT is the second round's test: written by another session without seeing the code or the
//   other sets, and run once, after the rules were final. Its floors are the figures of that run (a
//   regression fails, an improvement does not).
// Labels include kinds beyond the six redaction looks for (CVV, PIN, abandoned starts of numbers):
// "all" counts them, "6 kinds" does not.
import { describe, expect, it } from 'vitest';
import dev from './redaction-dev.json';
import round1 from './redaction-round1.json';
import holdout from './redaction-holdout.json';
import { evaluate, formatEvaluation, parseLabelledSet, precision, recall, type Evaluation } from './evaluation';
import { findSensitiveSpans } from './redact';

function run(raw: unknown, name: string): Evaluation {
  const result = evaluate(parseLabelledSet(raw, name), findSensitiveSpans);
  console.log(formatEvaluation(name, result));
  if (process.env.REDACTION_DETAILS) console.log(['missed:', ...result.missed, 'wrong:', ...result.wrong, 'near misses masked:', ...result.keptTouched].join('\n  '));
  return result;
}

// Correctness tests: the time limits only keep a loaded machine from failing them.
describe('redaction on the labelled sets', () => {
  it('DEV set: recall ≥ 0.98 on must-mask spans, precision ≥ 0.95', { timeout: 120_000 }, () => {
    const result = run(dev, 'redaction-dev.json');
    expect(recall(result.all)).toBeGreaterThanOrEqual(0.98);
    expect(precision(result.all)).toBeGreaterThanOrEqual(0.95);
  });

  it('ROUND 1 set (tuned on in round 2): recall ≥ 0.98 on the six kinds, precision ≥ 0.95, no near miss masked', { timeout: 120_000 }, () => {
    const result = run(round1, 'redaction-round1.json');
    expect(recall(result.inScope)).toBeGreaterThanOrEqual(0.98);
    expect(precision(result.inScope)).toBeGreaterThanOrEqual(0.95);
    expect(result.all.keepTouched).toBe(0);
  });

  // Measured once, blind, after round 2's rules were committed: recall 305/346 (0.882; 0.850 with the
  // round-1 rules), precision 301/312 (0.965), 11/389 near misses masked. Below the 0.98 target: the
  // next round tunes on this set and needs a new one.
  it('HOLDOUT set: no worse than measured (recall 305/346, precision 301/312, at most 11/389 near misses masked)', { timeout: 120_000 }, () => {
    const result = run(holdout, 'redaction-holdout.json');
    expect(result.all.caught).toBeGreaterThanOrEqual(305);
    expect(precision(result.all)).toBeGreaterThanOrEqual(301 / 312);
    expect(result.all.keepTouched).toBeLessThanOrEqual(11);
  });
});
