import { describe, expect, it } from 'vitest';
import { chineseIdValid, findSensitiveSpans, ibanValid, luhnValid, redact, ssnValid, TOKENS, type PiiKind } from './redact';

// These cases read phone numbers as an agent in the US would (without a region, redaction follows the
// system locale, which differs between machines).
const US = { region: 'US' };

describe('redaction: each kind', () => {
  it.each([
    ['card, spaced', 'my card is 4111 1111 1111 1111 thanks', 'my card is [CARD] thanks'],
    ['card, dashed Amex', 'use 3782-822463-10005 please', 'use [CARD] please'],
    ['card, compact', 'number 5555555555554444.', 'number [CARD].'],
    ['IBAN', 'send it to GB82 WEST 1234 5698 7654 32 today', 'send it to [IBAN] today'],
    ['IBAN compact', 'IBAN DE89370400440532013000', 'IBAN [IBAN]'],
    ['email', 'write to jane.doe+bills@example.co.uk now', 'write to [EMAIL] now'],
    ['SSN', 'ssn 123-45-6789 ok', 'ssn [SSN] ok'],
    ['Chinese ID', '身份证号 11010519491231002X 谢谢', '身份证号 [CN-ID] 谢谢'],
    ['phone, E.164', 'call me on +44 20 7946 0958 later', 'call me on [PHONE] later'],
    ['phone, national', 'or (213) 373-4253 at home', 'or [PHONE] at home'],
  ])('%s', (_name, input, expected) => {
    expect(redact(input, US).text).toBe(expected);
  });

  it('finds a card or phone number next to other numbers when the grouping tells them apart', () => {
    expect(redact('room 42 4111 1111 1111 1111 thanks', US).text).toBe('room 42 [CARD] thanks');
    expect(redact('ssn 462-60-7642 2025', US).text).toBe('ssn [SSN] 2025');
    expect(redact('hello 2025 (312) 689-1789', US).text).toBe('hello 2025 [PHONE]');
  });

  it('leaves ordinary numbers alone: amounts, order numbers, dates, failed checksums', () => {
    const text = 'order 4482913 for $39.99 on 2024-03-05, card 4111 1111 1111 1112, ID 110105194912310021, ssn 000-12-3456';
    expect(redact(text, US).text).toBe(text);
  });

  it('checksums', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('GB83 WEST 1234 5698 7654 32')).toBe(false);
    expect(chineseIdValid('11010519491231002X')).toBe(true);
    expect(chineseIdValid('11010519491331002X')).toBe(false); // month 13
    expect(ssnValid('666-12-3456')).toBe(false);
  });
});

describe('redaction: numbers as people say them, with pauses', () => {
  const masked = (text: string, region: string) => findSensitiveSpans(text, { region }).map((f) => `${f.kind}: ${text.slice(f.start, f.end)}`);

  it('a number broken by a filler and its commas stays one number', () => {
    expect(masked("it's 4532 9861, um, 2376 2873 yeah", 'GB')).toEqual(['card: 4532 9861, um, 2376 2873']);
    expect(masked('我的电话是幺三九…嗯…五九幺零，八八三三，不好意思', 'CN')).toEqual(['phone: 幺三九…嗯…五九幺零，八八三三']);
  });

  it('两 is a digit beside other digits, a quantity on its own', () => {
    expect(masked('卡号六两两两 零两七零 零八六六 三七四幺 八四七', 'CN')).toEqual(['card: 六两两两 零两七零 零八六六 三七四幺 八四七']);
    expect(masked('我要两个', 'CN')).toEqual([]);
  });

  it('"182，5708，6557" is a phone number, not thousands; "2024年" is a year', () => {
    expect(masked('号码182，5708，6557，对的', 'CN')).toEqual(['phone: 182，5708，6557']);
    expect(masked('邮编100020，2024年3月5日', 'CN')).toEqual([]);
  });

  it('numbers dialled with a country code or trunk prefix, even in ranges not yet allocated', () => {
    expect(masked('so it will be 0044 7700 900621 if you need me', 'GB')).toEqual(['phone: 0044 7700 900621']);
    expect(masked('我的号码是+44 7700 900740，这边是伦敦', 'CN')).toEqual(['phone: +44 7700 900740']);
    expect(masked('Web form phone field: 07700-900-634.', 'GB')).toEqual(['phone: 07700-900-634']);
  });

  it('a number called a mobile is read against every country', () => {
    expect(masked('and my Chinese mobile, 132 1695 6086, you need the country code', 'GB')).toEqual(['phone: 132 1695 6086']);
    expect(masked('my phone number is 555-0123', 'US')).toEqual([]); // seven digits: too short to be any country's full number
  });

  it('an SSN read one digit at a time, a resident ID whose X comes after a pause', () => {
    expect(masked("it's 8 0 4 2 6 0 2 7 1 sorry", 'US')).toEqual(['ssn: 8 0 4 2 6 0 2 7 1']);
    expect(masked('five one zero one zero seven, one nine five five, one zero one five, one three eight, X', 'SG')).toEqual([
      'cn-id: five one zero one zero seven, one nine five five, one zero one five, one three eight, X',
    ]);
  });

  it('a spoken IBAN with pauses; spoken e-mail addresses with dashes and several words', () => {
    expect(masked("it's G B five two, M I D L, four five four two, five four oh eight, two three five nine, one four I think", 'GB')).toEqual([
      'iban: G B five two, M I D L, four five four two, five four oh eight, two three five nine, one four',
    ]);
    expect(masked('my work email is ollie underscore grant at grant dash builders dot co dot uk', 'GB')).toEqual([
      'email: ollie underscore grant at grant dash builders dot co dot uk',
    ]);
    expect(masked("yeah it's tom jones eighty eight at hotmail dot com all one word", 'GB')).toEqual(['email: tom jones eighty eight at hotmail dot com']);
  });
});

// ---- fuzz: random text with embedded identifiers: every identifier masked, nothing else changed ----

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// Filler begins and ends with a word, so two numbers never stand side by side: "2025 7731 7731 7731"
// passes Luhn and "2025 7731 12" is a valid US number, and masking those is the right call.
const WORDS = ['hello', 'my account', 'the bill', 'order 42 please', 'a refund of $19.99 now', 'on Tuesday', 'ref 7731 thanks', '谢谢', '账户', 'ok,', 'in year 2025 then', 'room 12B', 'the'];

function makers(r: () => number): Record<PiiKind, () => string> {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const luhnDigit = (body: string) => {
    for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return String(d);
    throw new Error('unreachable');
  };
  const mod97 = (s: string) => [...s].reduce((a, ch) => (a * (ch >= 'A' ? 100 : 10) + (ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch))) % 97, 0);
  return {
    card: () => {
      const body = pick(['4', '51', '37']) ;
      const len = body === '37' ? 15 : 16;
      const full = (() => { const b = body + digits(len - body.length - 1); return b + luhnDigit(b); })();
      return pick([full, full.replace(/(\d{4})(?=\d)/g, '$1 '), full.replace(/(\d{4})(?=\d)/g, '$1-')]);
    },
    iban: () => {
      const bban = 'WEST' + digits(14);
      const check = String(98 - mod97(bban + 'GB00')).padStart(2, '0');
      const iban = `GB${check}${bban}`;
      return r() < 0.5 ? iban : iban.replace(/(.{4})(?=.)/g, '$1 ');
    },
    email: () => `${pick(['ann', 'bo.li', 'x_y'])}${digits(2)}@${pick(['example.com', 'mail.example.org'])}`,
    ssn: () => `${String(1 + Math.floor(r() * 665)).padStart(3, '0')}-${String(1 + Math.floor(r() * 98)).padStart(2, '0')}-${String(1 + Math.floor(r() * 9998)).padStart(4, '0')}`,
    'cn-id': () => {
      const body = `110105${1950 + Math.floor(r() * 50)}${String(1 + Math.floor(r() * 12)).padStart(2, '0')}${String(1 + Math.floor(r() * 28)).padStart(2, '0')}${digits(3)}`;
      const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      return body + '10X98765432'[w.reduce((a, x, i) => a + x * Number(body[i]), 0) % 11];
    },
    phone: () => pick([`+44 20 7946 0${digits(3)}`, `(${pick(['212', '213', '312', '415', '617'])}) ${pick(['3', '4', '6', '7'])}${digits(2)}-${digits(4)}`]),
  };
}

describe('redaction fuzz', () => {
  // A correctness test: the time limit only keeps a loaded machine from failing it.
  it('masks every embedded identifier and changes nothing else (2000 random texts)', { timeout: 120_000 }, () => {
    const r = rng(20261123);
    const make = makers(r);
    const kinds = Object.keys(make) as PiiKind[];
    for (let n = 0; n < 2000; n++) {
      let input = '';
      let expected = '';
      const parts = 3 + Math.floor(r() * 10);
      for (let i = 0; i < parts; i++) {
        const sep = i === 0 ? '' : ' ';
        if (r() < 0.3) {
          // An identifier between words, as people say them ("my card is ... thanks"): a number spoken
          // right next to a spaced card or phone number is ambiguous even to a person.
          const kind = kinds[Math.floor(r() * kinds.length)]!;
          const value = make[kind]();
          input += `${sep}is ${value} ok`;
          expected += `${sep}is ${TOKENS[kind]} ok`;
        } else {
          const w = WORDS[Math.floor(r() * WORDS.length)]!;
          input += sep + w;
          expected += sep + w;
        }
      }
      expect(redact(input, US).text, input).toBe(expected);
    }
  });
});

describe('redaction on arbitrary text', () => {
  it('never throws and returns ordered, disjoint spans (500 random mixes of digits, words and punctuation)', { timeout: 120_000 }, () => {
    const r = rng(7);
    const pieces = ['4', '1', ' ', '-', '.', '(', ')', '+', '@', 'at', 'dot', 'one', 'oh', '一', '三', '八', '艾特', '点', 'com', 'X', '叉', 'GB', '82', '😀', '\u3000', '４', '，', 'double', 'forty', 'hundred', '$', ',', '0086', 'social', 'order'];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: Math.floor(r() * 60) }, () => pieces[Math.floor(r() * pieces.length)]).join(r() < 0.5 ? ' ' : '');
      for (const region of ['US', 'CN']) {
        const spans = findSensitiveSpans(text, { region });
        spans.forEach((s, k) => {
          expect(s.start, text).toBeLessThan(s.end);
          expect(s.start, text).toBeGreaterThanOrEqual(k ? spans[k - 1]!.end : 0);
        });
      }
    }
  });
});
