// Test support for the search tests (Node): the bundled sample knowledge base read from disk and
// imported as the app imports it, and recall over labelled questions.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importKnowledgeBase } from '../kb/importer';
import type { Article } from '../kb/types';
import type { KbSearch } from './kbSearch';

/** The sample's articles, and its synonyms.json when asked for (the app loads both: index.json). */
export function sampleKb(options: { synonyms?: boolean } = {}): { articles: Article[]; synonyms: string[][] } {
  const dir = resolve('assets/public/kb-sample');
  const names = readdirSync(dir).filter((f) => f.endsWith('.md') || (options.synonyms === true && f === 'synonyms.json'));
  const r = importKnowledgeBase(names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { articles: r.articles, synonyms: r.synonyms };
}

/** Recall@1 and Recall@3 of `kb` over labelled questions, and the questions missed at 3. */
export async function recall(kb: KbSearch, items: readonly { question: string; article: string }[]): Promise<{ at1: number; at3: number; misses: string[] }> {
  let at1 = 0;
  let at3 = 0;
  const misses: string[] = [];
  for (const { question, article } of items) {
    const ids = (await kb.search(question, 3)).map((h) => h.article.id);
    if (ids[0] === article) at1++;
    if (ids.includes(article)) at3++;
    else misses.push(`${question} -> ${ids.join(', ') || '(nothing)'} (want ${article})`);
  }
  return { at1: at1 / items.length, at3: at3 / items.length, misses };
}
