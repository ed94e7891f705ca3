// One vector per article (title, questions and body, truncated), from the cache when the same model
// has embedded the same text before, otherwise embedded in small batches that yield between them, so
// searches queued in the worker are answered while a large knowledge base is embedded.
import { sha256Hex } from '../../models';
import type { Article } from '../kb/types';
import { MAX_PASSAGE_CHARS, type Embedder } from './embedder';
import type { VectorCache } from './vectorCache';

export interface VectorStats {
  embedded: number;
  cached: number;
  /** Time spent embedding (the model only), ms. */
  embedMs: number;
  ms: number;
}

const BATCH = 8;

export const passageText = (a: Article) => [a.title, ...a.questions, a.body].join('\n').slice(0, MAX_PASSAGE_CHARS);

export async function articleVectors(
  articles: readonly Article[],
  embedder: Embedder,
  cache: VectorCache | null,
  onProgress: (done: number, total: number) => void = () => undefined,
  cancelled: () => boolean = () => false,
): Promise<{ vectors: Map<string, Float32Array>; stats: VectorStats } | null> {
  const t0 = performance.now();
  const texts = articles.map(passageText);
  const hashes = await Promise.all(texts.map((t) => sha256Hex(new TextEncoder().encode(t))));
  const found = cache ? await cache.getMany(embedder.modelId, hashes) : texts.map(() => undefined);
  const vectors = new Map<string, Float32Array>();
  const todo: number[] = [];
  found.forEach((v, i) => (v && v.length === embedder.dimensions ? vectors.set(articles[i]!.id, v) : todo.push(i)));
  let embedMs = 0;
  onProgress(vectors.size, articles.length);
  for (let at = 0; at < todo.length; at += BATCH) {
    if (cancelled()) return null;
    const batch = todo.slice(at, at + BATCH);
    const e0 = performance.now();
    const out = await embedder.embed(batch.map((i) => texts[i]!), 'passage');
    embedMs += performance.now() - e0;
    batch.forEach((i, k) => vectors.set(articles[i]!.id, out[k]!));
    await cache?.putMany(embedder.modelId, batch.map((i, k) => ({ hash: hashes[i]!, vector: out[k]! })));
    onProgress(vectors.size, articles.length);
    await new Promise((r) => setTimeout(r, 0)); // let queued searches through
  }
  await cache?.keepOnly(embedder.modelId, hashes);
  return { vectors, stats: { embedded: todo.length, cached: articles.length - todo.length, embedMs, ms: performance.now() - t0 } };
}
