// Knowledge-base search benchmark: Switchboard's index (the app's own KbSearch: n-gram TF-IDF) against
// MiniSearch on the same synthetic articles, in one run: index build time and heap for 1k, 10k and
// 50k articles, and query latency (p50/p95) for the 100 English evaluation questions. Then hybrid
// (text + vectors) against text only at 1k articles, with the random-weight embedding fixture.
import { it } from 'vitest';
import MiniSearch from 'minisearch';
import { KbSearch } from '../src/renderer/assist/search/kbSearch';
import type { Article } from '../src/renderer/assist/kb/types';
import evalSet from '../src/renderer/assist/search/eval-questions.json';

const SIZES = [1_000, 10_000, 50_000];
const WORDS = 'account bill refund payment router broadband wifi password data roaming contract upgrade phone sim esim number engineer outage filter scam repair insurance direct debit card transfer price april notice cancel move address speed light reset signal coverage allowance minutes text international bundle handset screen charge claim family partner security code app store online chat weekend evening month year fee discount loyalty offer'.split(' ');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
/**
 * Synthetic articles with a realistic vocabulary: the telecom words above plus 5,000 made-up terms,
 * drawn with a Zipf distribution (a few words common, most rare), as in real help-centre text.
 */
function articles(n: number): Article[] {
  const r = rng(n);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'pri', 'str', 'an', 'el', 'or'];
  const vocab = [...WORDS];
  while (vocab.length < 5_000 + WORDS.length) vocab.push(Array.from({ length: 2 + Math.floor(r() * 3) }, () => syllables[Math.floor(r() * syllables.length)]).join(''));
  const weights = vocab.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0);
  const word = () => {
    const x = r();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
  const words = (k: number) => Array.from({ length: k }, word).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`, title: words(6), body: words(60), questions: [words(8), words(8)], tags: [], source: { file: 'synthetic' },
  }));
}
/** The JS heap plus ArrayBuffers (typed arrays live outside the heap: the n-gram index's postings). */
const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
const queries = evalSet.items.map((i) => i.question).filter((q) => !/[\u3400-\u9fff]/.test(q));
/** Each query's time, every query `rounds` times over. */
async function queryTimes(kb: KbSearch, rounds = 3): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const s = performance.now();
      await kb.search(q, 3);
      times.push(performance.now() - s);
    }
  }
  return times;
}

it('knowledge-base search benchmark', async () => {
  const rows: string[] = [];
  for (const n of SIZES) {
    const data = articles(n);
    let h0 = heap();
    let t0 = performance.now();
    let orama: KbSearch | null = await KbSearch.build(data);
    const oramaBuild = performance.now() - t0;
    const oramaHeap = heap() - h0;
    const oramaTimes = await queryTimes(orama, 1);
    orama = null;

    h0 = heap();
    t0 = performance.now();
    let mini: MiniSearch | null = new MiniSearch({ fields: ['title', 'body', 'questions'], storeFields: ['id'] });
    mini.addAll(data.map((a) => ({ id: a.id, title: a.title, body: a.body, questions: a.questions.join('\n') })));
    const miniBuild = performance.now() - t0;
    const miniHeap = heap() - h0;
    const miniTimes: number[] = [];
    for (const q of queries) {
      const s = performance.now();
      mini.search(q, { boost: { questions: 3, title: 2 } }).slice(0, 3);
      miniTimes.push(performance.now() - s);
    }
    mini = null;
    const f = (v: number) => v.toFixed(1).padStart(8);
    rows.push(
      `${String(n).padStart(6)}  ${f(oramaBuild)} ${f(miniBuild)} ${(oramaBuild / miniBuild).toFixed(2).padStart(6)}  ${f(oramaHeap / 2 ** 20)} ${f(miniHeap / 2 ** 20)}  ${f(pct(oramaTimes, 0.5))} ${f(pct(oramaTimes, 0.95))} ${f(pct(miniTimes, 0.5))} ${f(pct(miniTimes, 0.95))} ${(pct(oramaTimes, 0.95) / pct(miniTimes, 0.95)).toFixed(2).padStart(6)}`,
    );
  }
  console.log(`\nKnowledge-base search: Switchboard (the app's KbSearch, columns O) vs MiniSearch, same synthetic articles, ${queries.length} queries each; ms and MiB; targets: p95 <= 150 ms and build <= 2 s at 10k\n`);
  console.log('  size   build O  build M  ratio   heap O   heap M     p50 O    p95 O    p50 M    p95 M  p95 ratio');
  rows.forEach((r) => console.log(r));
});

// Query expansion from the knowledge base's synonyms.json: what 1,000 synonym groups cost per query
// at 10k articles, against the same index without synonyms in the same run.
it('synonym expansion cost', async () => {
  const data = articles(10_000);
  const r = rng(7);
  const vocab = [...new Set(data.flatMap((a) => a.title.split(' ')))];
  const groups = Array.from({ length: 1_000 }, () => Array.from({ length: 3 }, () => vocab[Math.floor(r() * vocab.length)]!)).map((g) => [...new Set(g)]).filter((g) => g.length > 1);
  const plain = await queryTimes(await KbSearch.build(data));
  const expanded = await queryTimes(await KbSearch.build(data, groups));
  const f = (v: number) => v.toFixed(2).padStart(7);
  console.log(`\nSynonym expansion at 10k articles, ${groups.length} groups, ${plain.length} queries: ms`);
  console.log('              p50     p95');
  console.log(`  without  ${f(pct(plain, 0.5))} ${f(pct(plain, 0.95))}`);
  console.log(`  with     ${f(pct(expanded, 0.5))} ${f(pct(expanded, 0.95))}   p50 ratio ${(pct(expanded, 0.5) / pct(plain, 0.5)).toFixed(2)}`);
});

// Hybrid search (text + vectors) at 1k articles with the committed RANDOM-WEIGHT embedding fixture
// (hidden 64, one layer: far smaller than a real model such as bge-small, 384 wide and 12 layers, so
// embedding a real model costs many times more). onnxruntime-node on the CPU, not the app's WebAssembly
// runtime. Against the text-only index of the same articles in the same run. Quality is not measured.
it('hybrid search with the embedding fixture vs text only (1k articles)', async () => {
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const { loadEmbedder } = await import('../src/renderer/assist/search/embedder');
  const { articleVectors } = await import('../src/renderer/assist/search/articleVectors');
  const embedder = await loadEmbedder({ kind: 'folder', baseUrl: pathToFileURL(resolve('e2e/fixtures') + '/').href, modelId: 'embedding-model' });
  const data = articles(1_000);
  let t0 = performance.now();
  const bm25 = await KbSearch.build(data);
  const bm25Build = performance.now() - t0;
  t0 = performance.now();
  const vectors = await articleVectors(data, embedder, null); // no cache: every article embedded
  const hybrid = await KbSearch.build(data, [], { vectors: vectors!.vectors, embedder });
  const hybridBuild = performance.now() - t0;
  const plain = await queryTimes(bm25);
  const mixed = await queryTimes(hybrid);
  const embedTimes: number[] = []; // the query's embedding alone: part of every hybrid query
  for (const q of queries) {
    const s = performance.now();
    await embedder.embed([q], 'query');
    embedTimes.push(performance.now() - s);
  }
  const f = (v: number) => v.toFixed(2).padStart(9);
  console.log(`\nHybrid search, 1,000 synthetic articles, random-weight fixture (64 wide, 1 layer; onnxruntime-node), ${plain.length} queries each: ms`);
  console.log(`  embedding: ${(vectors!.stats.embedMs / data.length).toFixed(2)} ms per article (${vectors!.stats.embedMs.toFixed(0)} ms for ${data.length}, batches of 8); a query alone p50 ${pct(embedTimes, 0.5).toFixed(2)} ms, p95 ${pct(embedTimes, 0.95).toFixed(2)} ms`);
  console.log('                build       p50       p95');
  console.log(`  text only ${f(bm25Build)} ${f(pct(plain, 0.5))} ${f(pct(plain, 0.95))}`);
  console.log(`  hybrid    ${f(hybridBuild)} ${f(pct(mixed, 0.5))} ${f(pct(mixed, 0.95))}   build ratio ${(hybridBuild / bm25Build).toFixed(1)}, p50 ratio ${(pct(mixed, 0.5) / pct(plain, 0.5)).toFixed(1)}, p95 ratio ${(pct(mixed, 0.95) / pct(plain, 0.95)).toFixed(1)}`);
  await embedder.dispose();
});
