// How scripts/electronegativity.mjs judges Electronegativity's findings against electronegativity.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge } from './electronegativity.mjs';

const config = JSON.parse(readFileSync(new URL('../electronegativity.json', import.meta.url), 'utf8'));
const finding = (check, file, severity = 'HIGH') => ({ check, file, line: 1, severity, confidence: 'FIRM', description: `${check} description` });
const listed = config.falsePositives.map((fp) => finding(fp.check, fp.file, 'MEDIUM'));

describe('Electronegativity gate', () => {
  it('every false positive has a check id, a file and a reason; excluded checks say why', () => {
    for (const fp of config.falsePositives) expect(fp).toEqual({ check: expect.stringMatching(/^[A-Z_]+$/), file: expect.any(String), reason: expect.stringMatching(/.{40,}/) });
    for (const why of Object.values(config.excludedChecks)) expect(why).toMatch(/.{40,}/);
    expect(config.failOn).toEqual(['HIGH', 'MEDIUM']);
  });
  it('passes the listed false positives and low findings', () => {
    expect(judge([...listed, finding('CSP_GLOBAL_CHECK', 'main/x.test.ts', 'LOW')], [], config)).toEqual([]);
  });
  it('fails on an unlisted HIGH or MEDIUM finding, naming it', () => {
    const failures = judge([...listed, finding('NODE_INTEGRATION_JS_CHECK', 'main/window/other.ts'), finding('CONTEXT_ISOLATION_JS_CHECK', 'main/elsewhere.ts', 'MEDIUM')], [], config);
    expect(failures).toEqual([
      'HIGH NODE_INTEGRATION_JS_CHECK at main/window/other.ts:1: NODE_INTEGRATION_JS_CHECK description',
      'MEDIUM CONTEXT_ISOLATION_JS_CHECK at main/elsewhere.ts:1: CONTEXT_ISOLATION_JS_CHECK description',
    ]);
  });
  it('fails on a listed false positive that no longer occurs, and on a file it could not parse', () => {
    const failures = judge(listed.slice(1), [{ file: 'main/broken.ts', message: 'Unexpected token' }], config);
    expect(failures).toEqual([
      `electronegativity.json lists ${config.falsePositives[0].check} in ${config.falsePositives[0].file}, which is no longer found: remove the entry`,
      'could not parse main/broken.ts, so it was not checked: Unexpected token',
    ]);
  });
});
