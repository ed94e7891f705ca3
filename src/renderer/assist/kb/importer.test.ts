import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importKnowledgeBase } from './importer';
import { importIntoDb, KbDb } from './kbDb';
import { describeImportError } from './types';

const md = (front: string, body = 'Refunds reach your card in 3 to 5 working days.') => `---\n${front}\n---\n${body}\n`;

describe('knowledge base import: valid files', () => {
  it('reads Markdown front matter, JSON and CSV FAQs into one set of articles', () => {
    const r = importKnowledgeBase([
      { name: 'billing/refunds.md', text: md('title: How long do refunds take?\ntags: [billing, refunds]\nquestions:\n  - When will I get my money back?\nlink: https://help.example.com/refunds') },
      { name: 'faq.json', text: JSON.stringify([{ questions: ['Reset my router', 'Router not working'], answer: 'Hold reset for 10 s.', tags: ['broadband'] }], null, 2) },
      { name: 'faq.csv', text: 'question,answer,tags,link\n"Roaming charges|Using my phone abroad","Roaming is free in the EU, ""fair use"" applies.",roaming;mobile,https://help.example.com/roaming\n' },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.articles.map((a) => a.id)).toEqual(['billing-refunds', 'faq-reset-my-router', 'faq-roaming-charges']);
    expect(r.articles[0]).toMatchObject({ title: 'How long do refunds take?', tags: ['billing', 'refunds'], questions: ['When will I get my money back?'], link: 'https://help.example.com/refunds' });
    expect(r.articles[1]).toMatchObject({ title: 'Reset my router', questions: ['Router not working'], body: 'Hold reset for 10 s.', source: { file: 'faq.json', line: 2 } });
    expect(r.articles[2]).toMatchObject({ body: 'Roaming is free in the EU, "fair use" applies.', questions: ['Using my phone abroad'], tags: ['roaming', 'mobile'] });
  });
});

describe('knowledge base import: every error names the file, line or row, and field', () => {
  const errorsOf = (name: string, text: string) => {
    const r = importKnowledgeBase([{ name, text }]);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors.map(describeImportError);
  };
  it.each([
    ['Markdown without front matter', 'a.md', 'Just text', ['a.md, line 1: must start with front matter: a line "---", then title: …, then "---"']],
    ['Markdown missing title', 'a.md', md('tags: [x]'), ['a.md, line 2: title: is required']],
    ['Markdown bad link on line 3', 'a.md', md('title: T\nlink: http://insecure.example.com'), ['a.md, line 3: link: must be an https:// URL, not "http://insecure.example.com"']],
    ['Markdown unknown field', 'a.md', md('title: T\ntitel: typo'), ['a.md, line 3: titel: unknown field (expected one of id, title, tags, questions, link)']],
    ['Markdown invalid YAML', 'a.md', md('title: T\ntags: [a, b'), ['a.md, line 3: front matter is not valid YAML']],
    ['Markdown with no body', 'a.md', '---\ntitle: T\n---\n', ['a.md, line 4: body: the article has no text after the front matter']],
    ['JSON syntax error', 'f.json', '[\n  {"question": "q", "answer": "a"},\n  {"question": "q2" "answer": "a2"}\n]', ['f.json, line 3: not valid JSON']],
    ['JSON item without answer', 'f.json', '[\n  {"question": "q", "answer": "a"},\n  {\n    "question": "q2"\n  }\n]', ['f.json, line 3, row 1: answer: is required']],
    ['JSON not an array', 'f.json', '{"question": "q"}', ['f.json, line 1: must be a JSON array of questions and answers']],
    ['CSV missing answer column', 'f.csv', 'question,tags\nq,t\n', ['f.csv, line 1, row 1: answer: column is missing from the header']],
    ['CSV empty answer on row 3', 'f.csv', 'question,answer\nq1,a1\nq2,\n', ['f.csv, line 3, row 3: answer: must be non-empty text']],
    ['CSV wrong field count', 'f.csv', 'question,answer\nq1,a1,extra\n', ['f.csv, line 2, row 2: row: has 3 fields, the header has 2']],
    ['CSV unclosed quote', 'f.csv', 'question,answer\n"q1,a1\n', ['f.csv, line 2: a quoted field is never closed']],
    ['unknown file type', 'notes.txt', 'hello', ['notes.txt: not a knowledge-base file: use .md, .json or .csv']],
  ])('%s', (_name, file, text, expected) => {
    const errors = errorsOf(file, text);
    expect(errors.length).toBe(expected.length);
    errors.forEach((e, i) => expect(e.startsWith(expected[i]!), e).toBe(true));
  });
  it('duplicate ids across files name both places', () => {
    const r = importKnowledgeBase([
      { name: 'a.md', text: md('id: refunds\ntitle: A') },
      { name: 'faq.csv', text: 'id,question,answer\nrefunds,q,a\n' },
    ]);
    expect(r.ok ? [] : r.errors.map(describeImportError)).toEqual(['faq.csv, line 2: id: "refunds" is already used by a.md']);
  });
});

describe('knowledge base in IndexedDB (fake-indexeddb): all or nothing', () => {
  it('a broken import changes nothing; a good one replaces everything', async () => {
    const db = new KbDb(`kb-${Math.random()}`);
    const first = await importIntoDb(db, [{ name: 'a.md', text: md('title: A') }, { name: 'b.md', text: md('title: B') }]);
    expect(first.ok).toBe(true);
    const broken = await importIntoDb(db, [{ name: 'c.md', text: md('title: C') }, { name: 'd.md', text: md('tags: [x]') }]);
    expect(broken.ok).toBe(false);
    expect((await db.articles.toArray()).map((a) => a.id).sort()).toEqual(['a', 'b']);
    await importIntoDb(db, [{ name: 'c.md', text: md('title: C') }]);
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual(['c']);
  });
});

describe('strict JSON and progress', () => {
  it('a trailing comma in a JSON FAQ is an error naming its line and column (the YAML parser used to accept it)', () => {
    const r = importKnowledgeBase([{ name: 'faq.json', text: '[\n  {"question": "q", "answer": "a"},\n]' }]);
    expect(r.ok ? [] : r.errors.map(describeImportError)).toEqual(['faq.json, line 2: not valid JSON: column 35: a comma after the last item (JSON allows no trailing comma)']);
  });
  it('reports progress through a large CSV, ending at every character of every file', () => {
    const csv = 'question,answer\n' + Array.from({ length: 5000 }, (_, i) => `Question ${i}?,Answer ${i} ${'x'.repeat(200)}\n`).join('');
    const seen: { done: number; total: number; rows: number }[] = [];
    const r = importKnowledgeBase([{ name: 'big.csv', text: csv }, { name: 'a.md', text: md('title: A') }], (p) => seen.push(p));
    expect(r.ok && r.articles.length).toBe(5001);
    const total = csv.length + md('title: A').length;
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((p, i) => p.total === total && (i === 0 || p.done >= seen[i - 1]!.done))).toBe(true);
    expect(seen.at(-1)).toEqual({ stage: 'parsing', done: total, total, rows: 5001 });
    expect(seen.some((p) => p.done > 0 && p.done < csv.length && p.rows > 0)).toBe(true);
  });
});
