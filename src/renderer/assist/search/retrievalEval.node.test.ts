// Retrieval quality on the bundled sample knowledge base (50 articles, English and Chinese) with 200
// hand-written paraphrased customer questions. The floors sit a little below the measured figures so
// quality cannot silently regress; the figures are printed for the notes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importKnowledgeBase } from '../kb/importer';
import { KbSearch } from './kbSearch';
import evalSet from './eval-questions.json';
import heldOut from './eval-heldout.json';

// BM25 alone measured 0.675 / 0.880 (KB_EVAL_NO_SYNONYMS=1); with the sample's synonyms.json 0.750 / 0.975.
const RECALL_AT_1_FLOOR = 0.72;
const RECALL_AT_3_FLOOR = 0.94;

describe('retrieval quality (sample knowledge base, 200 paraphrases)', () => {
  it('Recall@1 and Recall@3 stay above their floors', async () => {
    const dir = resolve('assets/public/kb-sample');
    // The articles and the sample's synonyms.json, as the app loads them (index.json lists both).
    const r = importKnowledgeBase(readdirSync(dir).filter((f) => f.endsWith('.md') || f === 'synonyms.json').map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const noSynonyms = Boolean(process.env.KB_EVAL_NO_SYNONYMS);
    const kb = await KbSearch.build(r.articles, noSynonyms ? [] : r.synonyms);
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
    expect(at1 / n).toBeGreaterThanOrEqual(noSynonyms ? 0.64 : RECALL_AT_1_FLOOR);
    expect(at3 / n).toBeGreaterThanOrEqual(noSynonyms ? 0.85 : RECALL_AT_3_FLOOR);
  });
});

describe('retrieval quality on questions written after the synonyms (60, held out)', () => {
  it('synonyms do not make it worse', async () => {
    const dir = resolve('assets/public/kb-sample');
    const r = importKnowledgeBase(readdirSync(dir).filter((f) => f.endsWith('.md') || f === 'synonyms.json').map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const recall = async (kb: KbSearch) => {
      let at1 = 0;
      let at3 = 0;
      for (const { question, article } of heldOut.items) {
        const ids = (await kb.search(question, 3)).map((h) => h.article.id);
        if (ids[0] === article) at1++;
        if (ids.includes(article)) at3++;
      }
      return { at1: at1 / heldOut.items.length, at3: at3 / heldOut.items.length };
    };
    const without = await recall(await KbSearch.build(r.articles));
    const withSynonyms = await recall(await KbSearch.build(r.articles, r.synonyms));
    console.log(`held out (${heldOut.items.length}): without synonyms R@1 ${without.at1.toFixed(3)} R@3 ${without.at3.toFixed(3)}; with R@1 ${withSynonyms.at1.toFixed(3)} R@3 ${withSynonyms.at3.toFixed(3)}`);
    expect(withSynonyms.at1).toBeGreaterThanOrEqual(without.at1);
    expect(withSynonyms.at3).toBeGreaterThanOrEqual(without.at3);
  });
});
