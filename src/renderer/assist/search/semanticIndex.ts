// The hybrid index, built beside the text-only one: load the embedding model, embed the articles (cache
// first), build the index with vectors. Any failure is reported with its reason and leaves keyword
// search as it was: this never throws.
import type { Article } from '../kb/types';
import { articleVectors } from './articleVectors';
import type { Embedder } from './embedder';
import { KbSearch } from './kbSearch';
import type { SemanticStatus } from './semanticStatus';
import type { VectorCache } from './vectorCache';

export interface SemanticBuild {
  modelId: string;
  load(): Promise<Embedder>;
  cache: VectorCache | null;
  report(status: SemanticStatus): void;
  /** False once a newer knowledge base was loaded: stop, report nothing. */
  current(): boolean;
}

export async function buildSemanticIndex(articles: readonly Article[], synonyms: string[][], o: SemanticBuild): Promise<KbSearch | null> {
  const { modelId, current } = o;
  o.report({ state: 'loading', modelId });
  try {
    const embedder = await o.load();
    if (!current()) return null;
    const result = await articleVectors(articles, embedder, o.cache, (done, total) => current() && o.report({ state: 'indexing', modelId, done, total }), () => !current());
    if (!result || !current()) return null;
    const hybrid = await KbSearch.build(articles, synonyms, { vectors: result.vectors, embedder });
    if (!current()) return null;
    o.report({ state: 'on', modelId, device: embedder.device, dimensions: embedder.dimensions, ...result.stats });
    return hybrid;
  } catch (err) {
    if (current()) o.report({ state: 'failed', modelId, reason: err instanceof Error ? err.message : String(err) });
    return null;
  }
}
