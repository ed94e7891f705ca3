// TF-IDF over words, word pairs and character n-grams, the evidence BM25 over whole words misses:
// "verify" against "verification", typos and recogniser errors share most of their character n-grams,
// and a rambling question's many common words weigh little against its few rare ones (IDF, cosine).
// Each article is seen as several units: each of its example questions, its title, its tags, and its
// whole text (the centroid). An article scores its best question/title/tag unit plus its centroid.
// Features are hashed into a fixed number of buckets and postings are typed arrays, so memory grows
// with the text and not with the vocabulary of words, pairs and n-grams.
import type { Article } from '../kb/types';

const BUCKETS = 1 << 20;
/** Postings' weights are stored in 16 bits: a quarter less memory than 32-bit floats, ranks the same. */
const WEIGHT_STEPS = 0xffff;
const CJK_RUN = /[\u3400-\u9fff]+/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export interface NgramOptions {
  /** Weight of the whole-text centroid against the best single question, title or tag unit. */
  centroid: number;
  /** Character n-gram sizes for words in Latin script (boundaries marked), and for Chinese runs. */
  latinGrams: readonly number[];
  cjkGrams: readonly number[];
  /** IDF raised to this power: above 1, rare features weigh more against common ones. */
  idfPower: number;
}

/**
 * Chosen on the Harbourline feedback split (never its test split): the centroid weighing 4 times the
 * best unit (0.626 / 0.771 R@1 / R@3 against 0.597 / 0.746 at 1 and 0.624 / 0.775 for the centroid
 * alone), IDF to the power 1.5 (0.618 / 0.783; rambling questions gain, short ones lose a little),
 * n-grams in the body too (R@3 0.734 without, 0.750 with only 4-grams there: most of the memory, but
 * they pay). Stems without stop words, other n-gram sizes, field weights in the centroid, IDF over
 * units, hubness correction, pseudo-relevance feedback, the best window of a long question, BM25 mixed
 * back in and keeping only a centroid's heaviest features changed nothing beyond noise or cost R@3.
 */
export const NGRAM_OPTIONS: NgramOptions = {
  centroid: 4,
  latinGrams: [3, 4, 5],
  cjkGrams: [1, 2, 3],
  idfPower: 1.5,
};

/** FNV-1a of s[from..to) after a kind byte, finished with murmur3's mix so nearby inputs spread. */
function hash(kind: number, s: string, from = 0, to = s.length): number {
  let h = Math.imul(0x811c9dc5 ^ kind, 0x01000193);
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h);
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const WORD_KIND = 1;
const PAIR_KIND = 2;
const GRAM_KIND = 3;

/** A word's own hash, then its character n-grams' (boundaries marked): words repeat, so each distinct
 *  word is cut into n-grams once. Bounded: cleared when it grows past CACHE_WORDS. */
const wordFeatures = new WeakMap<NgramOptions, Map<string, Int32Array>>();
const CACHE_WORDS = 200_000;

function featuresOfWord(w: string, o: NgramOptions): Int32Array {
  let cache = wordFeatures.get(o);
  if (!cache) wordFeatures.set(o, (cache = new Map()));
  let f = cache.get(w);
  if (f) return f;
  const marked = ` ${w} `;
  const out = [hash(WORD_KIND, w)];
  for (const n of o.latinGrams) for (let i = 0; i + n <= marked.length; i++) out.push(hash(GRAM_KIND, marked, i, i + n));
  if (cache.size >= CACHE_WORDS) cache.clear();
  cache.set(w, (f = Int32Array.from(out)));
  return f;
}

/** Hashed features of a text (bucket → count). */
export function features(text: string, o: NgramOptions): Map<number, number> {
  const out = new Map<number, number>();
  const add = (h: number) => {
    const b = h & (BUCKETS - 1);
    out.set(b, (out.get(b) ?? 0) + 1);
  };
  const lower = text.toLowerCase().normalize('NFKC');
  // Chinese runs: character n-grams (words are not marked by spaces); pairs of adjacent characters
  // are already among them.
  for (const run of lower.match(CJK_RUN) ?? []) {
    for (const n of o.cjkGrams) for (let i = 0; i + n <= run.length; i++) add(hash(GRAM_KIND, run, i, i + n));
  }
  let previous = 0;
  for (const match of lower.replace(CJK_RUN, ' ').matchAll(WORD)) {
    const f = featuresOfWord(match[0].replace(/’/g, "'"), o);
    add(f[0]!);
    if (previous) add(mix(Math.imul(previous ^ PAIR_KIND, 0x01000193) ^ f[0]!));
    previous = f[0]! || 1;
    for (let k = 1; k < f.length; k++) add(f[k]!);
  }
  return out;
}

/** Sublinear term frequency times IDF, scaled to unit length. */
function weigh(counts: Map<number, number>, idf: Float32Array): { ids: Int32Array; weights: Float32Array } {
  const ids = new Int32Array(counts.size);
  const weights = new Float32Array(counts.size);
  let norm = 0;
  let k = 0;
  for (const [b, c] of counts) {
    const w = (1 + Math.log(c)) * idf[b]!;
    ids[k] = b;
    weights[k] = w;
    norm += w * w;
    k++;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < k; i++) weights[i]! /= norm;
  return { ids, weights };
}

export class NgramIndex {
  private readonly scores: Float32Array;
  private constructor(
    private readonly o: NgramOptions,
    private readonly idf: Float32Array,
    /** CSR postings: bucket b's units are unit[start[b]..start[b+1]). */
    private readonly start: Int32Array,
    private readonly unit: Int32Array,
    /** Each posting's weight, 0..1 (vectors have unit length) in steps of 1/WEIGHT_STEPS. */
    private readonly weight: Uint16Array,
    /** Article index of each unit; centroid units are flagged by `isCentroid`. */
    private readonly articleOf: Int32Array,
    private readonly isCentroid: Uint8Array,
    private readonly articles: number,
  ) {
    this.scores = new Float32Array(articleOf.length);
  }

  static build(articles: readonly Article[], o: NgramOptions = NGRAM_OPTIONS): NgramIndex {
    const units: Map<number, number>[] = [];
    const articleOf: number[] = [];
    const centroid: number[] = [];
    const df = new Uint32Array(BUCKETS);
    const seen: number[] = [];
    articles.forEach((a, i) => {
      const short = [...a.questions, a.title, ...(a.tags.length ? [a.tags.join(', ')] : [])].map((t) => features(t, o));
      const whole = new Map<number, number>();
      for (const f of [...short, features(a.body, o)]) for (const [b, c] of f) whole.set(b, (whole.get(b) ?? 0) + c);
      for (const b of whole.keys()) if (df[b]!++ === 0) seen.push(b);
      for (const f of short) units.push(f), articleOf.push(i), centroid.push(0);
      units.push(whole), articleOf.push(i), centroid.push(1);
    });
    const n = articles.length;
    const idfOf = (df: number) => (Math.log((1 + n) / (1 + df)) + 1) ** o.idfPower;
    const idf = new Float32Array(BUCKETS).fill(idfOf(0)); // a feature no article has still weighs in the query's length
    for (const b of seen) idf[b] = idfOf(df[b]!);
    const weighed = units.map((u) => weigh(u, idf));
    units.length = 0;
    const start = new Int32Array(BUCKETS + 1);
    for (const { ids } of weighed) for (const b of ids) start[b + 1]!++;
    for (let b = 0; b < BUCKETS; b++) start[b + 1]! += start[b]!;
    const fill = start.slice(0, BUCKETS);
    const unit = new Int32Array(start[BUCKETS]!);
    const weight = new Uint16Array(start[BUCKETS]!);
    weighed.forEach(({ ids, weights }, u) => {
      for (let k = 0; k < ids.length; k++) {
        const p = fill[ids[k]!]!++;
        unit[p] = u;
        weight[p] = Math.round(weights[k]! * WEIGHT_STEPS);
      }
    });
    return new NgramIndex(o, idf, start, unit, weight, Int32Array.from(articleOf), Uint8Array.from(centroid), n);
  }

  /** Every article's score for the query (0 where nothing matched), by article index. */
  score(query: string): Float32Array {
    const q = weigh(features(query, this.o), this.idf);
    const s = this.scores;
    s.fill(0);
    for (let k = 0; k < q.ids.length; k++) {
      const b = q.ids[k]!;
      const w = q.weights[k]!;
      for (let p = this.start[b]!, end = this.start[b + 1]!; p < end; p++) s[this.unit[p]!]! += w * this.weight[p]!;
    }
    const best = new Float32Array(this.articles);
    const whole = new Float32Array(this.articles);
    for (let u = 0; u < s.length; u++) {
      const a = this.articleOf[u]!;
      if (this.isCentroid[u]) whole[a] = s[u]!;
      else if (s[u]! > best[a]!) best[a] = s[u]!;
    }
    const scale = 1 / (WEIGHT_STEPS * (1 + this.o.centroid));
    for (let a = 0; a < this.articles; a++) best[a] = (best[a]! + this.o.centroid * whole[a]!) * scale;
    return best;
  }
}
