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

/** A sparse vector: bucket ids and their values. */
export interface Sparse {
  ids: Int32Array;
  values: Float32Array;
}

/** Counts over all buckets, with the list of buckets touched, so taking and clearing a text's counts
 *  costs what the text has, not BUCKETS. */
class Counter {
  private readonly counts = new Float32Array(BUCKETS);
  private touched = new Int32Array(1024);
  private size = 0;

  add(h: number, c = 1): void {
    const b = h & (BUCKETS - 1);
    if (this.counts[b] === 0) {
      if (this.size === this.touched.length) {
        const grown = new Int32Array(this.size * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.size++] = b;
    }
    this.counts[b]! += c;
  }

  addAll(v: Sparse): void {
    for (let k = 0; k < v.ids.length; k++) this.add(v.ids[k]!, v.values[k]!);
  }

  /** The counts so far, and a clean counter. */
  take(): Sparse {
    const ids = this.touched.slice(0, this.size);
    const values = new Float32Array(this.size);
    for (let k = 0; k < this.size; k++) {
      values[k] = this.counts[ids[k]!]!;
      this.counts[ids[k]!] = 0;
    }
    this.size = 0;
    return { ids, values };
  }
}

/** Adds a text's hashed features (words, pairs of words, character n-grams) to `into`. */
function addFeatures(text: string, o: NgramOptions, into: Counter): void {
  const lower = text.toLowerCase().normalize('NFKC');
  // Chinese runs: character n-grams (words are not marked by spaces); pairs of adjacent characters
  // are already among them.
  for (const run of lower.match(CJK_RUN) ?? []) {
    for (const n of o.cjkGrams) for (let i = 0; i + n <= run.length; i++) into.add(hash(GRAM_KIND, run, i, i + n));
  }
  let previous = 0;
  for (const match of lower.replace(CJK_RUN, ' ').matchAll(WORD)) {
    const f = featuresOfWord(match[0].replace(/’/g, "'"), o);
    into.add(f[0]!);
    if (previous) into.add(mix(Math.imul(previous ^ PAIR_KIND, 0x01000193) ^ f[0]!));
    previous = f[0]! || 1;
    for (let k = 1; k < f.length; k++) into.add(f[k]!);
  }
}

/** Counts to sublinear term frequency times IDF, scaled to unit length (in place). */
function weigh(v: Sparse, idf: Float32Array): Sparse {
  let norm = 0;
  for (let k = 0; k < v.ids.length; k++) {
    const w = (1 + Math.log(v.values[k]!)) * idf[v.ids[k]!]!;
    v.values[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < v.ids.length; k++) v.values[k]! /= norm;
  return v;
}

const EMPTY: Sparse = { ids: new Int32Array(0), values: new Float32Array(0) };

export class NgramIndex {
  private readonly scores: Float32Array;
  private readonly query = new Counter();
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
    const units: Sparse[] = [];
    const articleOf: number[] = [];
    const centroid: number[] = [];
    const df = new Uint32Array(BUCKETS);
    const seen: number[] = [];
    const one = new Counter();
    const whole = new Counter();
    articles.forEach((a, i) => {
      for (const text of [...a.questions, a.title, ...(a.tags.length ? [a.tags.join(', ')] : [])]) {
        addFeatures(text, o, one);
        const unit = one.take();
        whole.addAll(unit);
        units.push(unit), articleOf.push(i), centroid.push(0);
      }
      addFeatures(a.body, o, whole);
      const all = whole.take();
      for (const b of all.ids) if (df[b]!++ === 0) seen.push(b);
      units.push(all), articleOf.push(i), centroid.push(1);
    });
    const n = articles.length;
    const idfOf = (df: number) => (Math.log((1 + n) / (1 + df)) + 1) ** o.idfPower;
    const idf = new Float32Array(BUCKETS).fill(idfOf(0)); // a feature no article has still weighs in the query's length
    for (const b of seen) idf[b] = idfOf(df[b]!);
    const start = new Int32Array(BUCKETS + 1);
    for (const u of units) {
      weigh(u, idf);
      for (const b of u.ids) start[b + 1]!++;
    }
    for (let b = 0; b < BUCKETS; b++) start[b + 1]! += start[b]!;
    const fill = start.slice(0, BUCKETS);
    const unit = new Int32Array(start[BUCKETS]!);
    const weight = new Uint16Array(start[BUCKETS]!);
    units.forEach(({ ids, values }, u) => {
      for (let k = 0; k < ids.length; k++) {
        const p = fill[ids[k]!]!++;
        unit[p] = u;
        weight[p] = Math.round(values[k]! * WEIGHT_STEPS);
      }
      units[u] = EMPTY; // its postings are written: let it go
    });
    return new NgramIndex(o, idf, start, unit, weight, Int32Array.from(articleOf), Uint8Array.from(centroid), n);
  }

  /** A text's features weighed by this index's IDF, at unit length: the query side of every score,
   *  and the unit a learned phrasing becomes (phrasingIndex.ts). */
  vector(text: string): Sparse {
    addFeatures(text, this.o, this.query);
    return weigh(this.query.take(), this.idf);
  }

  /** Every article's score for the query (0 where nothing matched), by article index. */
  score(query: string): Float32Array {
    const q = this.vector(query);
    const s = this.scores;
    s.fill(0);
    for (let k = 0; k < q.ids.length; k++) {
      const b = q.ids[k]!;
      const w = q.values[k]!;
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
