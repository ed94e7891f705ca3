import { describe, expect, it } from 'vitest';
import { allFeatureStrings, LANGUAGES } from './index';

describe('translations', () => {
  for (const [feature, strings] of Object.entries(allFeatureStrings())) {
    it(`${feature}: every language has the same keys, none empty`, () => {
      const english = Object.keys(strings.en).sort();
      expect(english.length).toBeGreaterThan(0);
      for (const lang of LANGUAGES) {
        expect(Object.keys(strings[lang]).sort(), lang).toEqual(english);
        for (const [key, value] of Object.entries(strings[lang])) expect(value.trim(), `${lang}:${key}`).not.toBe('');
      }
    });
    it(`${feature}: interpolation placeholders match across languages`, () => {
      const vars = (s: string) => (s.match(/{{\s*\w+\s*}}/g) ?? []).map((v) => v.replace(/\s/g, '')).sort();
      for (const key of Object.keys(strings.en)) {
        for (const lang of LANGUAGES) expect(vars(strings[lang][key]!), `${lang}:${key}`).toEqual(vars(strings.en[key]!));
      }
    });
  }
});
