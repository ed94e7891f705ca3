import { describe, expect, it } from 'vitest';
import type { CountryCode } from 'libphonenumber-js/max';
import { numberSpans } from './numberSpans';
import { foldWidth } from './spokenDigits';

const found = (text: string, regions: CountryCode[] = ['US']) => numberSpans(foldWidth(text), regions, []).map((s) => `${s.kind}: ${text.slice(s.start, s.end)}`);

describe('card numbers, as written and said', () => {
  it.each([
    '4111  1111  1111  1111',
    '4111.1111.1111.1111',
    '4111/1111/1111/1111',
    '４１１１　１１１１　１１１１　１１１１',
    '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1',
    '41 11 11 11 11 11 11 11',
    'four one one one one one one one one one one one one one one one',
    'forty-one eleven, eleven eleven, eleven eleven, eleven eleven',
    'four triple one, double one double one, double one double one, double one double one',
    'four one one one dash one one one one dash one one one one dash one one one one',
    '四一一一一一一一一一一一一一一一',
    '四幺幺幺 幺幺幺幺 幺幺幺幺 幺幺幺幺',
    '3782-822463-10005',
  ])('%s', (card) => {
    expect(found(`card ${card} thanks`)).toEqual([`card: ${card}`]);
  });

  it('not a card: Luhn fails, the grouping says two numbers, the prefix is no issuer, or a label says what it is', () => {
    expect(found('ref 4111 1111 1111 1112')).toEqual([]);
    expect(found('room 42 4111 1111 1111 1111')).toEqual(['card: 4111 1111 1111 1111']);
    expect(found('tracking 9400 1000 0000 0000 0000 00')).toEqual([]);
    expect(found('2023121500012344 was refunded')).toEqual([]);
    expect(found('order number 4111111111111111')).toEqual([]);
  });
});

describe('phone numbers, read against the call’s regions', () => {
  it.each([
    ['13800138000', 'CN'],
    ['138 0013 8000', 'CN'],
    ['138-0013-8000', 'CN'],
    ['0086 138 0013 8000', 'CN'],
    ['+86 138 0013 8000', 'US'],
    ['（+86）138 0013 8000', 'CN'],
    ['一三八零零一三八零零零', 'CN'],
    ['幺三八 零零幺三 八零零零', 'CN'],
    ['010-6552 9988', 'CN'],
    ['（010）65529988', 'CN'],
    ['020 7946 0958', 'GB'],
    ['+44 (0) 20 7946 0958', 'GB'],
    ['(213) 373-4253', 'US'],
    ['two one three, three seven three, four two five three', 'US'],
    ['plus one, six one seven, two five three, one thousand', 'US'],
  ] as const)('%s in %s', (phone, region) => {
    expect(found(`call ${phone} today`, [region])).toEqual([`phone: ${phone}`]);
  });

  it('a Chinese mobile number is not a phone number to a US agent, unless the call is from China', () => {
    expect(found('it is 13800138000', ['US'])).toEqual([]);
    expect(found('it is 13800138000', ['US', 'CN'])).toEqual(['phone: 13800138000']);
  });

  it('a number the speaker calls a phone number, or dials with its trunk prefix, needs only a possible length', () => {
    expect(found('the code is 7700 900123', ['GB'])).toEqual([]);
    expect(found('the code is 07700 900123', ['GB'])).toEqual(['phone: 07700 900123']);
    expect(found('my mobile number is 07700 900123', ['GB'])).toEqual(['phone: 07700 900123']);
  });

  it('leaves order numbers, dates, amounts, codes and a number before a bracketed area code alone', () => {
    expect(found('订单号是：20240315001，电话是：13800138000', ['CN'])).toEqual(['phone: 13800138000']);
    expect(found('on 2024-03-05 at 10:30, 45 minutes, $1,234.56, zip 90210-1234', ['US'])).toEqual([]);
    expect(found('邮编100020，2024年3月5日，一千二百五十元，三点半', ['CN'])).toEqual([]);
    expect(found('tracking 1Z 999 AA1 01 2345 678 4', ['GB'])).toEqual([]);
    expect(found('hello 2025 (312) 689-1789', ['US'])).toEqual(['phone: (312) 689-1789']);
  });
});

describe('SSNs and Chinese resident IDs', () => {
  it('an SSN in three groups anywhere; nine digits in a row only when called a social security number', () => {
    expect(found('it is 123-45-6789 or 123 45 6789')).toEqual(['ssn: 123-45-6789', 'ssn: 123 45 6789']);
    expect(found('SSN: 123456789')).toEqual(['ssn: 123456789']);
    expect(found('my social security number is one two three four five six seven eight nine')).toEqual(['ssn: one two three four five six seven eight nine']);
    expect(found('order 123456789, ssn 000-12-3456, 666-12-3456, ITIN 912-34-5678')).toEqual([]);
  });

  it('a resident ID spaced, dashed, full-width or read out, with its check character', () => {
    for (const id of ['11010519491231002X', '110105 19491231 002X', '1101 0519 4912 3100 2 x', '１１０１０５１９４９１２３１００２Ｘ', '一一零一零五一九四九一二三一零零二叉']) {
      expect(found(`身份证号${id}，谢谢`, ['CN'])).toEqual([`cn-id: ${id}`]);
    }
    expect(found('身份证号110105194912310021不对', ['CN'])).toEqual([]);
  });
});

describe('labels', () => {
  it('a label right before a number says what it is; "the order is" does not label what follows', () => {
    expect(found('order 4482913 and tracking number: 2133734253')).toEqual([]);
    expect(found('my card for the order is 4111 1111 1111 1111')).toEqual(['card: 4111 1111 1111 1111']);
  });
});

describe('country codes said aloud', () => {
  it('"plus eighty six" and "加86" mark an international number', () => {
    expect(found('plus eighty six, one three eight, zero zero one three, eight zero zero zero', ['US'])).toEqual(['phone: plus eighty six, one three eight, zero zero one three, eight zero zero zero']);
    expect(found('打加86 138 0013 8000', ['US'])).toEqual(['phone: 加86 138 0013 8000']);
  });
});
