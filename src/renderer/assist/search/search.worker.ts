// Orama off the main thread: builds the index from the articles it is given and answers searches.
import type { Article } from '../kb/types';
import { KbSearch, type Hit } from './kbSearch';

export type SearchIn = { type: 'load'; articles: Article[]; synonyms: string[][] } | { type: 'search'; id: number; query: string; limit: number };
export type SearchOut =
  | { type: 'loaded'; count: number; ms: number }
  | { type: 'results'; id: number; hits: Hit[]; ms: number }
  | { type: 'error'; message: string };

let index: Promise<KbSearch> | null = null;
const post = (m: SearchOut) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<SearchIn>) => {
  try {
    if (e.data.type === 'load') {
      const t0 = performance.now();
      index = KbSearch.build(e.data.articles, e.data.synonyms);
      await index;
      post({ type: 'loaded', count: e.data.articles.length, ms: performance.now() - t0 });
    } else if (index) {
      const t0 = performance.now();
      const hits = await (await index).search(e.data.query, e.data.limit);
      post({ type: 'results', id: e.data.id, hits, ms: performance.now() - t0 });
    }
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
