import { describe, expect, it } from 'vitest';
import { importKnowledgeBase } from './importer';
import { SynonymExpander } from './synonyms';
import { describeImportError } from './types';

const article = { name: 'hours.md', text: '---\ntitle: Opening hours\n---\nWe are open 8am to 8pm.\n' };

describe('synonyms.json', () => {
  it('is read as groups of terms (lower case, duplicates removed), not as an FAQ', () => {
    const r = importKnowledgeBase([article, { name: 'kb/synonyms.json', text: '[["Refund", "money back", "refund"], ["退款", "退钱"]]' }]);
    expect(r.ok && r.synonyms).toEqual([['refund', 'money back'], ['退款', '退钱']]);
    expect(r.ok && r.articles.map((a) => a.id)).toEqual(['hours']);
  });
  it.each([
    ['[["refund", "money back"],\n ["alone"]]', 'synonyms.json, line 2, row 1: a group needs at least two different terms'],
    ['[["refund", 3]]', 'synonyms.json, line 1, row 0: each group must be a list of non-empty terms'],
    ['{"refund": ["money back"]}', 'synonyms.json, line 1: must be a JSON array of synonym groups, e.g. [["refund", "money back"]]'],
    ['[["a", "b"]', 'synonyms.json, line 1: not valid JSON'],
  ])('%s -> %s, and nothing is imported', (text, message) => {
    const r = importKnowledgeBase([article, { name: 'synonyms.json', text }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeImportError(r.errors[0]!)).toContain(message);
  });
  it('a synonyms file alone is not a knowledge base', () => {
    expect(importKnowledgeBase([{ name: 'synonyms.json', text: '[["a", "b"]]' }]).ok).toBe(false);
  });
});

describe('query expansion', () => {
  const x = new SynonymExpander([['refund', 'money back'], ['card', 'credit card'], ['退款', '退钱']]);
  it('adds the other terms of every group the query mentions, whole words only', () => {
    expect(x.expand('when do I get my money back?')).toEqual(['refund']);
    expect(x.expand('Refund to my CARD please')).toEqual(['money back', 'credit card']);
    expect(x.expand('I like your cardigan')).toEqual([]);
    expect(x.expand('钱什么时候退钱')).toEqual(['退款']);
  });
});
