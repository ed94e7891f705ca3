// Hybrid (text + vector) search with the committed RANDOM-WEIGHT embedding fixture
// (e2e/fixtures/embedding-model, scripts/make-embedding-model.py) run by transformers.js on
// onnxruntime-node: real tokenizer, real ONNX encoder, real pooling, the real index and real
// (fake-indexeddb) vector cache. The vectors mean nothing: retrieval quality with vectors is NOT measured.
import 'fake-indexeddb/auto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../kb/types';
import { articleVectors } from './articleVectors';
import { EmbeddingModelError, loadEmbedder, recipeFor, type Embedder } from './embedder';
import { KbSearch, NO_MATCH } from './kbSearch';
import evalSet from './eval-questions.json';
import { buildSemanticIndex } from './semanticIndex';
import { recall, sampleKb } from './sampleKb.testing';
import type { SemanticStatus } from './semanticStatus';
import { VectorCache, VectorDb } from './vectorCache';

const FIXTURES = pathToFileURL(resolve('e2e/fixtures') + '/').href;
const FIXTURE = { kind: 'folder' as const, baseUrl: FIXTURES, modelId: 'embedding-model' };
const sample = (): Article[] => sampleKb().articles;
const freshCache = () => new VectorCache(new VectorDb(`vectors-${Math.random()}`));
const norm = (v: Float32Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

let embedder: Embedder;
beforeAll(async () => {
  embedder = await loadEmbedder(FIXTURE);
});

describe('embedding fixture (random weights) through transformers.js', () => {
  it('gives one unit-length 64-dimension vector per text, the same text the same vector', async () => {
    expect(embedder.dimensions).toBe(64);
    const [a, b, c] = await embedder.embed(['How long do refunds take?', 'My router light is red', 'How long do refunds take?'], 'passage');
    for (const v of [a!, b!, c!]) {
      expect(v).toHaveLength(64);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
    expect(Array.from(c!)).toEqual(Array.from(a!));
    expect(Array.from(b!)).not.toEqual(Array.from(a!));
  });

  it('pools and prefixes as each model family was trained', () => {
    expect(recipeFor('multilingual-e5-small')).toEqual({ pooling: 'mean', queryPrefix: 'query: ', passagePrefix: 'passage: ' });
    expect(recipeFor('bge-small-en-v1.5')).toMatchObject({ pooling: 'cls', passagePrefix: '' });
    expect(recipeFor('bge-small-zh-v1.5').queryPrefix).toMatch(/^为这个句子/);
    expect(recipeFor('all-MiniLM-L6-v2')).toEqual({ pooling: 'mean', queryPrefix: '', passagePrefix: '' });
    expect(recipeFor('embedding-model').pooling).toBe('mean');
  });
});

describe('hybrid index with the fixture model (random weights: quality not measured)', () => {
  it('embeds every article, builds the vector index and answers in hybrid mode in English and Chinese', async () => {
    const articles = sample();
    const r = await articleVectors(articles, embedder, freshCache());
    expect(r!.vectors.size).toBe(articles.length);
    for (const v of r!.vectors.values()) expect(norm(v)).toBeCloseTo(1, 4);
    const kb = await KbSearch.build(articles, [], { vectors: r!.vectors, embedder });
    expect(kb.hybrid).toBe(true);
    const hits = await kb.search('when do I get my money back', 3);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    for (const h of hits) expect(h.confidence).toBeGreaterThanOrEqual(0), expect(h.confidence).toBeLessThanOrEqual(1);
    // The text's strong match keeps its absolute confidence in hybrid mode.
    const refunds = hits.find((h) => h.article.id === 'refunds');
    expect(refunds?.confidence).toBeGreaterThanOrEqual(NO_MATCH);
    expect((await kb.search('我的退款什么时候到账', 3)).length).toBeGreaterThan(0);
  });

  it('refuses to build with a vector of the wrong size, naming the article', async () => {
    const articles = sample().slice(0, 2);
    const vectors = new Map([[articles[0]!.id, new Float32Array(64)], [articles[1]!.id, new Float32Array(8)]]);
    await expect(KbSearch.build(articles, [], { vectors, embedder })).rejects.toThrow(`no 64-dimension vector for article ${articles[1]!.id}`);
  });

  it('takes vectors from the cache on the second build, and re-embeds only an article whose text changed', async () => {
    const cache = freshCache();
    const articles = sample();
    const first = await articleVectors(articles, embedder, cache);
    expect(first!.stats).toMatchObject({ embedded: articles.length, cached: 0 });
    const second = await articleVectors(articles, embedder, cache);
    expect(second!.stats).toMatchObject({ embedded: 0, cached: articles.length });
    expect(Array.from(second!.vectors.get('refunds')!)).toEqual(Array.from(first!.vectors.get('refunds')!));

    // (The title, not the end of the body: the fixture reads only its first 128 tokens.)
    const edited = articles.map((a) => (a.id === 'refunds' ? { ...a, title: `${a.title} (and to a closed card)` } : a));
    const third = await articleVectors(edited, embedder, cache);
    expect(third!.stats).toMatchObject({ embedded: 1, cached: articles.length - 1 });
    expect(Array.from(third!.vectors.get('refunds')!)).not.toEqual(Array.from(first!.vectors.get('refunds')!));
    expect(await cache.count('embedding-model')).toBe(articles.length); // the old text's vector is gone
  });

  it('yields between batches, so a search queued in the worker is answered while articles are embedded', async () => {
    const order: string[] = [];
    const watched: Embedder = {
      ...embedder,
      embed: (texts, kind) => {
        if (!order.length) setTimeout(() => order.push('search'), 0); // arrives while the first batch runs
        order.push('batch');
        return embedder.embed(texts, kind);
      },
    };
    await articleVectors(sample(), watched, null);
    expect(order.filter((o) => o === 'batch')).toHaveLength(Math.ceil(50 / 8));
    expect(order.indexOf('search')).toBe(1);
  });

  it('reports "on" with the figures and returns the hybrid index', async () => {
    const statuses: SemanticStatus[] = [];
    const kb = await buildSemanticIndex(sample(), [], { modelId: 'embedding-model', load: async () => embedder, cache: freshCache(), report: (s) => statuses.push(s), current: () => true });
    expect(kb?.hybrid).toBe(true);
    expect(statuses[0]).toEqual({ state: 'loading', modelId: 'embedding-model' });
    expect(statuses.at(-1)).toMatchObject({ state: 'on', modelId: 'embedding-model', dimensions: 64, embedded: 50, cached: 0 });
  });
});

// The fixture's vectors are meaningless and nearly uniform (cosines about 0.85–0.95 between any two
// texts), so this says nothing about the weights; it guards that hybrid mode keeps the text ranking
// and its synonyms.
describe('hybrid mode keeps text retrieval (random-weight vectors: quality with vectors not measured)', () => {
  it('the sample evaluation in hybrid mode with the fixture is not below text alone', { timeout: 60_000 }, async () => {
    const r = sampleKb({ synonyms: true });
    const v = await articleVectors(r.articles, embedder, null);
    const bm25 = await recall(await KbSearch.build(r.articles, r.synonyms), evalSet.items);
    const noisy = await recall(await KbSearch.build(r.articles, r.synonyms, { vectors: v!.vectors, embedder }), evalSet.items);
    console.log(`text R@1 ${bm25.at1.toFixed(3)} R@3 ${bm25.at3.toFixed(3)}; hybrid with noise vectors R@1 ${noisy.at1.toFixed(3)} R@3 ${noisy.at3.toFixed(3)}`);
    expect(noisy.at1).toBeGreaterThanOrEqual(bm25.at1);
    expect(noisy.at3).toBeGreaterThanOrEqual(bm25.at3);
  });
});

describe('text only when the embedding model is missing or broken', () => {
  const fallback = async (load: () => Promise<Embedder>) => {
    const statuses: SemanticStatus[] = [];
    const kb = await buildSemanticIndex(sample(), [], { modelId: 'm', load, cache: freshCache(), report: (s) => statuses.push(s), current: () => true });
    return { kb, last: statuses.at(-1)! };
  };

  it('a missing model folder: a specific error, no hybrid index, keyword search unchanged', async () => {
    const err = await loadEmbedder({ ...FIXTURE, modelId: 'no-such-model' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbeddingModelError);
    expect((err as Error).message).toMatch(/^embedding model "no-such-model" failed to load: .*not found locally at ".*\/e2e\/fixtures\/no-such-model\/config\.json"/);
    const { kb, last } = await fallback(() => Promise.reject(err));
    expect(kb).toBeNull();
    expect(last).toEqual({ state: 'failed', modelId: 'm', reason: (err as Error).message });
    const bm25 = await KbSearch.build(sample());
    expect(bm25.hybrid).toBe(false);
    expect((await bm25.search('when do I get my money back'))[0]?.article.id).toBe('refunds');
  });

  it('a corrupt ONNX file: a specific error naming the model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-model-'));
    mkdirSync(join(dir, 'broken', 'onnx'), { recursive: true });
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json']) copyFileSync(resolve('e2e/fixtures/embedding-model', f), join(dir, 'broken', f));
    writeFileSync(join(dir, 'broken', 'onnx', 'model.onnx'), readFileSync(resolve('e2e/fixtures/embedding-model/onnx/model.onnx')).subarray(0, 5000));
    const err = await loadEmbedder({ kind: 'folder', baseUrl: pathToFileURL(dir + '/').href, modelId: 'broken' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbeddingModelError);
    expect((err as Error).message).toMatch(/^embedding model "broken" failed to load: .+/);
    const { kb, last } = await fallback(() => Promise.reject(err));
    expect(kb).toBeNull();
    expect(last).toMatchObject({ state: 'failed', reason: (err as Error).message });
  });

  it('a query whose embedding fails is still answered by the text index', async () => {
    const articles = sample();
    const r = await articleVectors(articles, embedder, null);
    const failing: Pick<Embedder, 'embed' | 'dimensions'> = { dimensions: 64, embed: () => Promise.reject(new Error('session lost')) };
    const kb = await KbSearch.build(articles, [], { vectors: r!.vectors, embedder: failing });
    expect((await kb.search('when do I get my money back'))[0]?.article.id).toBe('refunds');
  });
});
