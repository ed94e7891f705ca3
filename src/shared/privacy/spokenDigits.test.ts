import { describe, expect, it } from 'vitest';
import { digitRuns, foldWidth, spokenAsWritten } from './spokenDigits';

const runs = (text: string) => digitRuns(text).map((r) => r.tokens.map((t) => t.digits).join(''));

describe('digit runs as recognisers write them', () => {
  it('folds full-width characters one for one, so offsets hold', () => {
    expect(foldWidth('４１１１\u3000１１１１＠ｘ．ｃｏｍ')).toBe('4111 1111@x.com');
  });

  it('reads English digit words, tens, teens, double/triple and hundreds', () => {
    expect(runs('four one one one, oh three')).toEqual(['411103']);
    expect(runs('forty one eleven forty-two')).toEqual(['411142']);
    expect(runs('four triple one double two')).toEqual(['411122']);
    expect(runs('one eight hundred five five five')).toEqual(['1800555']);
    expect(runs('twenty, thirty')).toEqual(['2030']);
  });

  it('reads Chinese digits, 幺 for one, 叉 as a check character; not 两 or 十/百', () => {
    expect(runs('幺三八 零零幺三')).toEqual(['1380013']);
    expect(runs('身份证尾号二三叉')).toEqual(['23X']);
    expect(runs('三百五十')).toEqual(['3', '5']);
    expect(runs('两个')).toEqual([]);
  });

  it('joins tokens across spaces, light punctuation, spoken dashes and fillers, not across words or colons', () => {
    expect(runs('4111.1111/1111-1111  1111')).toEqual(['41111111111111111111']);
    expect(runs('four one one one dash one one uh one')).toEqual(['4111111']);
    expect(runs('one or two')).toEqual(['1', '2']);
    expect(runs('10:30')).toEqual(['10', '30']);
  });

  it('leaves out amounts and numbers glued to letters, and marks a run next to a code', () => {
    expect(runs('$39 and 1,250.00 and SF1234 and 3pm')).toEqual([]);
    expect(digitRuns('1Z 999 AA1')[0]).toMatchObject({ inCode: true });
    expect(digitRuns('order 999 today')[0]).toMatchObject({ inCode: false });
  });

  it('groups by pauses: written groups as written, English words by punctuation, Chinese digits by any gap', () => {
    expect(digitRuns('123 45 6789')[0]!.group).toEqual([0, 1, 2]);
    expect(digitRuns('one two three, four five')[0]!.group).toEqual([0, 0, 0, 1, 1]);
    expect(digitRuns('一三八 零零')[0]!.group).toEqual([0, 0, 0, 1, 1]);
  });

  it('writes spoken digits as digits and maps each back to the words it came from', () => {
    const w = spokenAsWritten('G B eight two west');
    expect(w.text).toBe('G B 8 2 west');
    expect([w.from[4], w.to[4]]).toEqual([4, 9]); // "8" ← "eight"
  });
});
