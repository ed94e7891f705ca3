// The installed electron package, and the version package.json pins, against the minimum supported major.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { electronMajor, MIN_ELECTRON_MAJOR } from './electronSupport';

const require = createRequire(import.meta.url);
// electron/package.json, not 'electron': requiring the package itself would try to download the binary.
const installed = (require('electron/package.json') as { version: string }).version;
const declared = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron!;

describe('Electron version', () => {
  it(`the installed electron package is at least major ${MIN_ELECTRON_MAJOR} (only the newest three majors get security fixes)`, () => {
    expect(electronMajor(installed)).toBeGreaterThanOrEqual(MIN_ELECTRON_MAJOR);
  });
  it('package.json pins an exact electron version of a supported major', () => {
    expect(declared).toMatch(/^\d+\.\d+\.\d+$/);
    expect(electronMajor(declared)).toBeGreaterThanOrEqual(MIN_ELECTRON_MAJOR);
  });
  it('reads majors and refuses what is not a version', () => {
    expect(electronMajor('45.5.0')).toBe(45);
    expect(electronMajor('v39.8.10')).toBe(39);
    expect(() => electronMajor('latest')).toThrow(/not an Electron version/);
  });
});
