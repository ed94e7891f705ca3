import { describe, expect, it } from 'vitest';
import { describeJsonError, parseStrictJson } from './strictJson';

const errorOf = (text: string) => {
  const r = parseStrictJson(text);
  if (r.ok) throw new Error(`parsed: ${text}`);
  return describeJsonError(r);
};

describe('parseStrictJson', () => {
  // Differential: whatever JSON.parse accepts it accepts with the same value, and the reverse.
  const valid = [
    '[]', '{}', ' [1, -2.5e3, 0, 0.5, 1E+2, -0] ', '"text"', 'true', 'null', '\uFEFF[1]',
    '{"a": {"b": [true, false, null]}, "c": "d"}', '["\\u00e9\\n\\t\\"\\\\\\/", "退款", "😀"]',
    '{"__proto__": 1, "constructor": 2}', '\r\n[\r\n 1\r\n]\r\n',
  ];
  it.each(valid)('accepts %j exactly like JSON.parse', (text) => {
    const r = parseStrictJson(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(JSON.stringify(r.value)).toBe(JSON.stringify(JSON.parse(text.replace(/^\uFEFF/, ''))));
  });
  const invalid = [
    '[1, 2,]', '{"a": 1,}', '[01]', '[1.]', '[.5]', '[+1]', '[0x10]', '[NaN]', '[Infinity]', "['a']", '[1] // note',
    '/* c */ [1]', '{a: 1}', '["a\nb"]', '["\\x41"]', '["\\u12"]', '[1 2]', '{"a" 1}', '[', '', '  ', '[1]]', '[tru]', '[-]',
    '["tab\there"]', '[,1]', '{,}',
  ];
  it.each(invalid)('rejects %j as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(parseStrictJson(text).ok).toBe(false);
  });

  it('a trailing comma is an error on the comma\'s own line, even when the bracket is lines below', () => {
    expect(errorOf('[\n  {"question": "q", "answer": "a"},\n\n]')).toBe('line 2, column 35: a comma after the last item (JSON allows no trailing comma)');
    expect(errorOf('{"a": 1,\n}')).toBe('line 1, column 8: a comma after the last item (JSON allows no trailing comma)');
  });

  it('names line and column, with a message for the usual mistakes', () => {
    expect(errorOf('[\n  {"q": "a" "b": 1}\n]')).toBe('line 2, column 13: expected "," or "}" after a value, found """');
    expect(errorOf('[\n  // a comment\n  1\n]')).toBe('line 2, column 3: comments are not allowed in JSON');
    expect(errorOf("[\n 'single'\n]")).toBe('line 2, column 2: strings must use double quotes (") in JSON, not single quotes');
    expect(errorOf('[\n "open\n"]')).toBe('line 2, column 7: a line break inside a string: write it as \\n');
    expect(errorOf('[1,\n 2')).toBe('line 2, column 3: expected "," or "]" after an item, found the end of the file');
    expect(errorOf('{"a": 1, "a": 2}')).toBe('line 1, column 10: the key "a" appears twice in the same object');
    expect(errorOf('[1]\n[2]')).toBe('line 2, column 1: unexpected "[" after the end of the JSON value');
    expect(errorOf('[1,\n 007]')).toMatch(/^line 2, column 2: not a valid number/);
  });

  it('keeps the line of every array item and object key', () => {
    const r = parseStrictJson('[\n  {"a": 1,\n   "b": 2},\n  "x"\n]');
    if (!r.ok) throw new Error(r.message);
    const array = r.value as unknown[];
    expect(r.positions.get(array)?.items).toEqual([2, 4]);
    expect([...r.positions.get(array[0] as object)!.keys!]).toEqual([['a', 2], ['b', 3]]);
  });

  it('parses a larger file (about 1 MB) to the same value as JSON.parse', () => {
    const rows = Array.from({ length: 4_000 }, (_, n) => ({ id: `q${n}`, question: `Question ${n} "quoted" é`, answer: 'x'.repeat(200), tags: ['a', 'b'] }));
    const text = JSON.stringify(rows, null, 2);
    const r = parseStrictJson(text);
    expect(r.ok && r.value).toEqual(rows);
  });
});
