// Confirmed phrasings (learning from agents, assist/learning/) as extra units of their articles. Each is
// a vector in the knowledge base's own TF-IDF space (NgramIndex.vector), so "can I pay cash at the
// shop with my bill" confirmed for payment-methods pulls a later "pay the bill in cash at a shop" to
// that article. Kept apart from the knowledge base's index: a confirmation re-weighs a few hundred
// phrasings at once, without rebuilding postings for every article.
import type { NgramIndex, Sparse } from './ngramIndex';

/** A phrasing as search sees it: weight 0..1 from how well it is confirmed (learning/phrasing.ts). */
export interface LearnedPhrasing {
  articleId: string;
  text: string;
  weight: number;
}

/**
 * How much phrasings add to their article's text score (which is 0..1 like a cosine), and the cosine
 * from which a phrasing counts as matched ("matches 4 confirmed questions"). Chosen on the Harbourline
 * feedback split alone, learning 2 or 3 of each article's questions and asking the others
 * (learningDev.node.test.ts; the test split only reports): the article's phrasings taken together at
 * 0.2 gave R@1 0.608 -> 0.667 at 3 (0.655 at 2), R@3 unchanged (0.80); 0.5 or more made both worse.
 * The closest single phrasing's plain cosine did less alone (0.634 at 0.1, worse above: rambling
 * questions share common words with other articles' phrasings) and nothing on top, so it counts only
 * above 0.6 and once fully confirmed — the same question asked again, which then ranks its article
 * first (held-out figures unchanged: other customers' questions do not come that close).
 */
export const LEARNED: LearnedOptions = { boost: 0.5, near: 0.6, centroid: 0.2, matches: 0.2 };
export interface LearnedOptions {
  /** Weight of the best single phrasing's cosine above `near` (scaled to 0..1): the same question again. */
  boost: number;
  near: number;
  /** Weight of the cosine with the article's phrasings taken together (their weighted sum). */
  centroid: number;
  matches: number;
}

export class PhrasingIndex {
  private constructor(
    /** Postings: bucket -> phrasing numbers and their feature values. */
    private readonly postings: Map<number, { unit: number; value: number }[]>,
    private readonly articleOf: Int32Array,
    private readonly weight: Float32Array,
    /** Each article's phrasings summed (weighted), at the length of their mean weight, as postings: bucket -> article indexes and values. */
    private readonly centroids: Map<number, { article: number; value: number }[]>,
    private readonly o: LearnedOptions,
  ) {}

  /** Phrasings of articles this index does not know, or of weight 0, are left out. */
  static build(text: NgramIndex, articleIndex: ReadonlyMap<string, number>, phrasings: readonly LearnedPhrasing[], o: LearnedOptions = LEARNED): PhrasingIndex {
    const postings = new Map<number, { unit: number; value: number }[]>();
    const articleOf: number[] = [];
    const weight: number[] = [];
    const centroids = new Map<number, Map<number, number>>();
    const weights = new Map<number, { total: number; count: number }>();
    for (const p of phrasings) {
      const a = articleIndex.get(p.articleId);
      if (a === undefined || !(p.weight > 0)) continue;
      const unit = articleOf.length;
      const v: Sparse = text.vector(p.text);
      const sum = centroids.get(a) ?? new Map<number, number>();
      centroids.set(a, sum);
      for (let k = 0; k < v.ids.length; k++) {
        sum.set(v.ids[k]!, (sum.get(v.ids[k]!) ?? 0) + Math.min(1, p.weight) * v.values[k]!);
        const list = postings.get(v.ids[k]!) ?? [];
        list.push({ unit, value: v.values[k]! });
        postings.set(v.ids[k]!, list);
      }
      articleOf.push(a), weight.push(Math.min(1, p.weight));
      const w = weights.get(a) ?? { total: 0, count: 0 };
      weights.set(a, { total: w.total + Math.min(1, p.weight), count: w.count + 1 });
    }
    // At unit length, then scaled by the mean weight: phrasings confirmed once count half.
    const together = new Map<number, { article: number; value: number }[]>();
    for (const [article, sum] of centroids) {
      let norm = 0;
      for (const v of sum.values()) norm += v * v;
      const { total, count } = weights.get(article)!;
      const scale = total / count / (Math.sqrt(norm) || 1);
      for (const [b, v] of sum) {
        const list = together.get(b) ?? [];
        list.push({ article, value: v * scale });
        together.set(b, list);
      }
    }
    return new PhrasingIndex(postings, Int32Array.from(articleOf), Float32Array.from(weight), together, o);
  }

  get size(): number {
    return this.articleOf.length;
  }

  /**
   * Adds to each article's score (in place) its phrasings' cosine with the query, taken together, and
   * its closest phrasing's if near enough, each times the weights; returns how many of each article's
   * phrasings matched.
   */
  boost(query: Sparse, scores: Float32Array): Map<number, number> {
    const cos = new Float32Array(this.articleOf.length);
    for (let k = 0; k < query.ids.length; k++) {
      const list = this.postings.get(query.ids[k]!);
      if (list) for (const { unit, value } of list) cos[unit]! += query.values[k]! * value;
    }
    const best = new Map<number, number>();
    const matched = new Map<number, number>();
    for (let u = 0; u < cos.length; u++) {
      if (cos[u]! <= 0) continue;
      const a = this.articleOf[u]!;
      // Only a fully confirmed phrasing pulls the same question to its article: one click does not.
      const w = this.weight[u]! >= 1 ? Math.max(0, cos[u]! - this.o.near) / (1 - this.o.near) : 0;
      if (w > (best.get(a) ?? 0)) best.set(a, w);
      if (cos[u]! >= this.o.matches) matched.set(a, (matched.get(a) ?? 0) + 1);
    }
    for (const [a, w] of best) scores[a]! += this.o.boost * w;
    for (let k = 0; k < query.ids.length; k++) {
      for (const { article, value } of this.centroids.get(query.ids[k]!) ?? []) scores[article]! += this.o.centroid * query.values[k]! * value;
    }
    return matched;
  }
}
