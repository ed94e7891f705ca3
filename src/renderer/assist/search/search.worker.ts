// Search off the main thread: builds the index from the articles it is given and answers searches.
// Text first (ngramIndex.ts), so suggestions work at once; then, when an embedding model is provisioned, the articles
// are embedded (cached vectors reused) and a hybrid index replaces it. Searches are answered meanwhile.
import type { ModelSource } from '../../models';
import { KbDb, storedSynonyms } from '../kb/kbDb';
import type { Article } from '../kb/types';
import type { Embedder } from './embedder';
import { KbSearch, type Hit } from './kbSearch';
import type { LearnedPhrasing } from './phrasingIndex';
import type { SemanticStatus } from './semanticStatus';

export type SearchIn =
  /** kb 'stored': the knowledge base in IndexedDB (kbDb.ts), read here rather than copied from the page. */
  | { type: 'load'; kb: { articles: Article[]; synonyms: string[][] } | 'stored'; embedding: ModelSource | null }
  | { type: 'search'; id: number; query: string; limit: number }
  /** Confirmed phrasings (learning from agents), all of them each time: they replace those sent before. */
  | { type: 'learn'; phrasings: LearnedPhrasing[] }
  /** The knowledge base's articles with these ids (for "Export confirmed phrasings"). */
  | { type: 'articles'; id: number; ids: string[] };
export type SearchOut =
  | { type: 'loaded'; count: number; ms: number }
  | { type: 'semantic'; status: SemanticStatus }
  | { type: 'results'; id: number; hits: Hit[]; ms: number }
  | { type: 'articles'; id: number; articles: Article[] }
  | { type: 'error'; message: string };

let index: Promise<KbSearch> | null = null;
let generation = 0;
let model: { key: string; embedder: Promise<Embedder> } | null = null;
/** The last phrasings sent: given to every index built, text or hybrid. */
let learned: LearnedPhrasing[] = [];
const post = (m: SearchOut) => (self as unknown as Worker).postMessage(m);

/** The embedder for this source, kept across knowledge-base reloads; transformers.js is only fetched
 *  when a model is configured. */
async function embedderFor(source: ModelSource): Promise<Embedder> {
  const key = JSON.stringify(source);
  if (model?.key !== key) {
    const previous = model?.embedder;
    model = {
      key,
      embedder: (async () => {
        await previous?.then((e) => e.dispose(), () => undefined);
        const [{ loadEmbedder }, { ModelStore, ortRuntime, webGpuAvailable }] = await Promise.all([import('./embedder'), import('../../models/runtime')]);
        const store = new ModelStore();
        const device = (await webGpuAvailable()) ? 'webgpu' : 'wasm';
        const embedder = await loadEmbedder(source, { cachedFile: (id, path) => store.file(id, path), runtime: ortRuntime, device });
        return embedder;
      })(),
    };
    model.embedder.catch(() => (model?.key === key ? (model = null) : undefined)); // the next load tries again
  }
  return model.embedder;
}

async function addVectors(articles: Article[], synonyms: string[][], source: ModelSource, mine: number): Promise<void> {
  const [{ buildSemanticIndex }, { VectorCache }] = await Promise.all([import('./semanticIndex'), import('./vectorCache')]);
  const hybrid = await buildSemanticIndex(articles, synonyms, {
    modelId: source.modelId,
    load: () => embedderFor(source),
    cache: new VectorCache(),
    report: (status) => post({ type: 'semantic', status }),
    current: () => mine === generation,
  });
  if (hybrid && mine === generation) {
    hybrid.learn(learned);
    index = Promise.resolve(hybrid);
  }
}

async function storedKnowledgeBase(): Promise<{ articles: Article[]; synonyms: string[][] }> {
  const db = new KbDb();
  try {
    return { articles: await db.articles.toArray(), synonyms: await storedSynonyms(db) };
  } finally {
    db.close();
  }
}

self.onmessage = async (e: MessageEvent<SearchIn>) => {
  try {
    if (e.data.type === 'load') {
      const mine = ++generation;
      const { embedding } = e.data;
      const t0 = performance.now();
      const { articles, synonyms } = e.data.kb === 'stored' ? await storedKnowledgeBase() : e.data.kb;
      if (mine !== generation) return; // a newer load arrived while this one read the database
      index = KbSearch.build(articles, synonyms).then((kb) => (kb.learn(learned), kb));
      await index;
      post({ type: 'loaded', count: articles.length, ms: performance.now() - t0 });
      if (embedding) void addVectors(articles, synonyms, embedding, mine); // else the store says why not
    } else if (e.data.type === 'learn') {
      learned = e.data.phrasings;
      (await index)?.learn(learned);
    } else if (e.data.type === 'articles') {
      const kb = await index;
      const { ids } = e.data;
      post({ type: 'articles', id: e.data.id, articles: kb ? ids.flatMap((id) => kb.article(id) ?? []) : [] });
    } else if (index) {
      const t0 = performance.now();
      const hits = await (await index).search(e.data.query, e.data.limit);
      post({ type: 'results', id: e.data.id, hits, ms: performance.now() - t0 });
    }
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
