import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation, kindOfLabel, LabelledSetError, locate, parseLabelledSet, precision, recall, type Finder } from './evaluation';

const item = (over: Record<string, unknown>) => ({ id: 'a', lang: 'en', region: 'US', text: '', mask: [], keep: [], ...over });

describe('labelled set evaluation', () => {
  it('locates a substring, or its nth occurrence with "#n"', () => {
    expect(locate('call 12, yes 12', '12')).toEqual({ start: 5, end: 7 });
    expect(locate('call 12, yes 12', '12#2')).toEqual({ start: 13, end: 15 });
    expect(locate('ticket #2', 'ticket #2')).toEqual({ start: 0, end: 9 });
    expect(locate('call 12', '12#2')).toBeNull();
  });

  it('names every wrong item and field, and accepts nothing from a set with a problem', () => {
    const raw = [
      item({ id: 'ok', text: 'card 4111', mask: ['4111'] }),
      item({ id: 'ok', lang: 'fr', region: 'usa', text: 'x', mask: ['y'], keep: 'z' }),
      item({ id: 'c', text: 'call 12', mask: ['call 12'], keep: ['12'] }),
      item({ id: 'd', text: 'cvv 123', mask: ['123'], maskKinds: ['cvv', 'card'] }),
    ];
    try {
      parseLabelledSet(raw, 'set.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LabelledSetError);
      expect((e as Error).message.split('\n')).toEqual([
        'set.json: item 2 (id "ok"): id is used twice',
        'set.json: item 2 (id "ok"): lang must be "en" or "zh"',
        'set.json: item 2 (id "ok"): region must be two capital letters such as "US"',
        'set.json: item 2 (id "ok"): mask[0] "y" does not occur in the text',
        'set.json: item 2 (id "ok"): keep must be a list of substrings',
        'set.json: item 3 (id "c"): keep[0] overlaps mask[0]',
        'set.json: item 4 (id "d"): maskKinds has 2 entries for 1 mask entries',
      ]);
    }
    expect(() => parseLabelledSet({}, 'set.json')).toThrow('set.json: must be a JSON array of items');
  });

  it('tells the kind of a label from its shape', () => {
    expect(kindOfLabel('john dot doe at example dot com')).toBe('email');
    expect(kindOfLabel('gb82 west 1234 5698 7654 32')).toBe('iban');
    expect(kindOfLabel('一一零一零五一九四九一二三一零零二叉')).toBe('cn-id');
    expect(kindOfLabel('four one one one one one one one one one one one one one one one')).toBe('card');
    expect(kindOfLabel('0086 138 0013 8000')).toBe('phone');
    expect(kindOfLabel('123-45-6789')).toBe('ssn');
  });

  it('counts a must-mask span caught only when all its letters and digits are covered; a prediction right when it touches one', () => {
    const set = parseLabelledSet(
      [
        item({ id: 'one', text: 'card 4111 1111 and call 555 0123, order 42', mask: ['4111 1111', '555 0123'], keep: ['42'] }),
        item({ id: 'two', lang: 'zh', text: '订单 42，电话 138', mask: ['138'], keep: ['42'] }),
      ],
      'set.json',
    );
    // Hand-written predictions: the card fully, the phone number without its last digit, and the order number.
    const spans: Record<string, ReturnType<Finder>> = {
      one: [
        { kind: 'card', start: 5, end: 14 },
        { kind: 'phone', start: 24, end: 31 },
        { kind: 'phone', start: 40, end: 42 },
      ],
      two: [],
    };
    const result = evaluate(set, (text) => spans[text.startsWith('card') ? 'one' : 'two']!);
    expect(result.all).toEqual({ mustMask: 3, caught: 1, predicted: 3, predictedRight: 2, keep: 2, keepTouched: 1 });
    expect(recall(result.all)).toBeCloseTo(1 / 3);
    expect(precision(result.all)).toBeCloseTo(2 / 3);
    expect(result.byLang.zh).toMatchObject({ mustMask: 1, caught: 0, predicted: 0 });
    expect(result.missed).toEqual(['one: 555 0123 (phone)', 'two: 138 (phone)']);
    expect(result.wrong).toEqual(['one: 42 (phone)']);
    expect(result.keptTouched).toEqual(['one: 42']);
    expect(formatEvaluation('T', result).split('\n')[2]).toBe('all                   3      0.333          3      0.667        1/2');
  });
});

describe('labels that name their kinds', () => {
  it('counts each span under its labelled kind ("cnid" is "cn-id"); kinds beyond the six also count apart', () => {
    const set = parseLabelledSet(
      [item({ id: 'k', text: 'id 11010519491231002X cvv 731 card 4111', mask: ['11010519491231002X', '731', '4111'], maskKinds: ['cnid', 'cvv', 'card-partial'] })],
      'set.json',
    );
    const result = evaluate(set, () => [{ kind: 'cn-id', start: 3, end: 21 }]);
    expect(result.byKind.get('cn-id')).toMatchObject({ mustMask: 1, caught: 1 });
    expect(result.byKind.get('cvv')).toMatchObject({ mustMask: 1, caught: 0 });
    expect(result.all).toMatchObject({ mustMask: 3, caught: 1 });
    expect(result.inScope).toMatchObject({ mustMask: 1, caught: 1, predicted: 1, predictedRight: 1 });
    expect(formatEvaluation('T', result).split('\n').map((l) => l.split(/\s+/)[0])).toEqual(['T', 'slice', 'all', '6', 'en', 'zh', 'card', 'phone', 'email', 'iban', 'ssn', 'cn-id', 'cvv', 'card-partial']);
  });
});
