// Retrieval quality on the bundled sample knowledge base (50 articles, English and Chinese) with 200
// hand-written paraphrased customer questions. The floors sit a little below the measured figures so
// quality cannot silently regress; the figures are printed for the notes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importKnowledgeBase } from '../kb/importer';
import { KbSearch } from './kbSearch';
import evalSet from './eval-questions.json';

const RECALL_AT_1_FLOOR = 0.64; // measured 0.675 (BM25 only, no embeddings or synonyms yet)
const RECALL_AT_3_FLOOR = 0.85; // measured 0.880

describe('retrieval quality (sample knowledge base, 200 paraphrases)', () => {
  it('Recall@1 and Recall@3 stay above their floors', async () => {
    const dir = resolve('assets/public/kb-sample');
    const r = importKnowledgeBase(readdirSync(dir).filter((f) => f.endsWith('.md')).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const kb = await KbSearch.build(r.articles);
    let at1 = 0;
    let at3 = 0;
    const misses: string[] = [];
    for (const { question, article } of evalSet.items) {
      const ids = (await kb.search(question, 3)).map((h) => h.article.id);
      if (ids[0] === article) at1++;
      if (ids.includes(article)) at3++;
      else misses.push(`${question} -> ${ids.join(', ') || '(nothing)'} (want ${article})`);
    }
    const n = evalSet.items.length;
    console.log(`Recall@1 ${(at1 / n).toFixed(3)}, Recall@3 ${(at3 / n).toFixed(3)} over ${n} questions; misses at 3:\n  ${misses.join('\n  ')}`);
    expect(n).toBeGreaterThanOrEqual(200);
    expect(at1 / n).toBeGreaterThanOrEqual(RECALL_AT_1_FLOOR);
    expect(at3 / n).toBeGreaterThanOrEqual(RECALL_AT_3_FLOOR);
  });
});
