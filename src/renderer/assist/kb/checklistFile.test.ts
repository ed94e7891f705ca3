// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importKnowledgeBase } from './importer';
import { importIntoDb, KbDb, storedChecklist } from './kbDb';
import { describeImportError } from './types';

const article = { name: 'hours.md', text: '---\ntitle: Opening hours\n---\nWe are open 8am to 8pm.\n' };
const checklist = `[
  {"id": "greeting", "label": "Greeting", "phrases": ["thank you for calling Acme", "感谢致电 Acme"]},
  {"id": "close", "label": "Closing", "phrases": ["anything else I can help with"]}
]`;

describe('checklist.json in a knowledge base', () => {
  it('is read as the call script checklist, not as an FAQ, and kept with the articles', async () => {
    const r = importKnowledgeBase([article, { name: 'kb/checklist.json', text: checklist }]);
    expect(r.ok && r.checklist.map((i) => [i.id, i.label, i.phrases.length])).toEqual([['greeting', 'Greeting', 2], ['close', 'Closing', 1]]);
    expect(r.ok && r.articles.map((a) => a.id)).toEqual(['hours']);
    const db = new KbDb(`kb-${Math.random()}`);
    await importIntoDb(db, [article, { name: 'checklist.json', text: checklist }]);
    expect((await storedChecklist(db)).map((i) => i.id)).toEqual(['greeting', 'close']);
    // A later import without one clears it: the checklist belongs to the knowledge base it came with.
    await importIntoDb(db, [article]);
    expect(await storedChecklist(db)).toEqual([]);
  });

  it.each([
    ['[{"id": "greeting", "label": "Greeting", "phrases": []}]', 'checklist.json, line 1, row 0: phrases: needs at least one phrase'],
    ['[\n {"id": "a", "label": "A", "phrases": ["x"]},\n {"id": "a", "label": "B", "phrases": ["y"]}\n]', 'checklist.json, line 3, row 1: id: "a" is already used on line 2'],
    ['[{"id": "", "label": "A", "phrases": ["x"]}]', 'checklist.json, line 1, row 0: id: is required'],
    ['[{"id": "a", "phrases": ["x"]}]', 'checklist.json, line 1, row 0: label:'],
    ['{"greeting": ["hello"]}', 'checklist.json, line 1: must be a JSON array of checklist items'],
    ['[{"id": "a"', 'checklist.json, line 1: not valid JSON'],
  ])('%s -> %s, and nothing is imported', async (text, message) => {
    const r = importKnowledgeBase([article, { name: 'checklist.json', text }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeImportError(r.errors[0]!)).toContain(message);
    const db = new KbDb(`kb-${Math.random()}`);
    await importIntoDb(db, [article, { name: 'checklist.json', text: checklist }]);
    await importIntoDb(db, [article, { name: 'checklist.json', text }]);
    expect((await storedChecklist(db)).map((i) => i.id)).toEqual(['greeting', 'close']); // the previous one stays
  });

  it('one per knowledge base, at most 20 items, and not a knowledge base on its own', () => {
    const two = importKnowledgeBase([article, { name: 'a/checklist.json', text: checklist }, { name: 'b/checklist.json', text: checklist }]);
    expect(!two.ok && describeImportError(two.errors[0]!)).toBe('b/checklist.json: only one checklist.json per knowledge base (a/checklist.json is the first)');
    const many = JSON.stringify(Array.from({ length: 21 }, (_, i) => ({ id: `i${i}`, label: `Item ${i}`, phrases: ['x'] })));
    const tooMany = importKnowledgeBase([article, { name: 'checklist.json', text: many }]);
    expect(!tooMany.ok && describeImportError(tooMany.errors[0]!)).toContain('must have 20 items or fewer');
    expect(importKnowledgeBase([{ name: 'checklist.json', text: checklist }]).ok).toBe(false);
  });
});
