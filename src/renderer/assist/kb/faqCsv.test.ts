import { describe, expect, it } from 'vitest';
import { parseCsv } from './faqCsv';

/** The character-at-a-time parser parseCsv replaced (same rules, far more memory): the reference. */
function referenceParseCsv(text: string) {
  const rows: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === '"') {
      return { rows, error: { line, message: 'a quote in the middle of an unquoted field: put the whole field in quotes and double the quote ("")' } };
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f !== '')) rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) return { rows, error: { line: quoteLine, message: 'a quoted field is never closed' } };
  fields.push(field);
  if (fields.some((f) => f !== '')) rows.push({ line: rowLine, fields });
  return { rows };
}

describe('parseCsv', () => {
  it('gives exactly what the character-at-a-time parser gave, on 5,000 random texts of quotes, commas and line breaks', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['a', 'b', ' ', ',', '"', '""', '\n', '\r\n', '\r', '\uFEFF', '退'];
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(parseCsv(text), JSON.stringify(text)).toEqual(referenceParseCsv(text));
    }
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, counting lines', () => {
    expect(parseCsv('question,answer\n"a, b","say ""hi""\nthen go"\nq2,a2')).toEqual({
      rows: [
        { line: 1, fields: ['question', 'answer'] },
        { line: 2, fields: ['a, b', 'say "hi"\nthen go'] },
        { line: 4, fields: ['q2', 'a2'] },
      ],
    });
  });

  it('reports progress as it goes, with the rows read so far', () => {
    const text = 'question,answer\n' + 'a question text,its answer\n'.repeat(30_000);
    const seen: [number, number][] = [];
    expect(parseCsv(text, (chars, rows) => seen.push([chars, rows])).rows).toHaveLength(30_001);
    expect(seen.length).toBe(Math.floor(text.length / (256 * 1024)));
    expect(seen.every(([chars, rows], i) => chars >= (i + 1) * 256 * 1024 && rows > 0)).toBe(true);
  });
});
