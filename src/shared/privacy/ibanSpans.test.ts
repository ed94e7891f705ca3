import { describe, expect, it } from 'vitest';
import { ibanSpans } from './ibanSpans';

const ibans = (text: string) => ibanSpans(text).valid.map((s) => text.slice(s.start, s.end));

describe('IBANs', () => {
  it.each([
    ['send it to GB82 WEST 1234 5698 7654 32 today', 'GB82 WEST 1234 5698 7654 32'],
    ['iban gb82 west 1234 5698 7654 32', 'gb82 west 1234 5698 7654 32'],
    ['IBAN de89370400440532013000 please', 'de89370400440532013000'],
    ['IBAN: GB82-WEST-1234-5698-7654-32.', 'GB82-WEST-1234-5698-7654-32'],
    ['IBAN是DE89 3704 0044 0532 0130 00，谢谢', 'DE89 3704 0044 0532 0130 00'],
    ['G B eight two west one two three four five six nine eight seven six five four three two', 'G B eight two west one two three four five six nine eight seven six five four three two'],
  ])('%s', (text, expected) => {
    expect(ibans(text)).toEqual([expected]);
  });

  it('a failed check leaves the IBAN-shaped text claimed but not masked; other shapes are not IBANs', () => {
    const text = 'the IBAN GB83 WEST 1234 5698 7654 32 was rejected';
    expect(ibanSpans(text)).toEqual({ valid: [], shaped: [{ kind: 'iban', start: 9, end: 36 }] });
    expect(ibans('model AB12 CD34, reference GB2024, at 10 1234 5678 9012 3456 78')).toEqual([]);
  });
});
