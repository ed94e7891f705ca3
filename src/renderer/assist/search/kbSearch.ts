// Retrieval on the device: TF-IDF over words, word pairs and character n-grams (ngramIndex.ts), each
// article scored by its best example question, title or tags and by its whole text. A query is
// compared with the articles of its script (Chinese or not). Orama's BM25 led here until the
// Harbourline set (eval-data/) measured it on questions written outside the project: R@1 0.428, R@3
// 0.578 on its feedback split, against 0.616 / 0.787 for the n-grams; mixing BM25 back in moved
// neither beyond noise, and it cost 390 ms per query at 50k articles, so it is gone.
// With an embedding model (see embedder.ts) each article also carries a vector: the text score,
// relative to the query's best, and how far the cosine clears MIN_SIMILARITY, mixed by HYBRID_WEIGHTS.
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import type { Article } from '../kb/types';
import type { Embedder } from './embedder';
import { SynonymExpander, type SynonymGroups } from '../kb/synonyms';
import { NgramIndex } from './ngramIndex';
import { PhrasingIndex, type LearnedOptions, type LearnedPhrasing } from './phrasingIndex';

export interface Hit {
  article: Article;
  score: number;
  /** 0..1, from the text score: below NO_MATCH there is no good answer in the knowledge base. */
  confidence: number;
  /** Query words found in the answer, to highlight. */
  matched: string[];
  /** How many of the article's confirmed phrasings (learning from agents) the query matches; 0 or absent: none. */
  confirmed?: number;
}

export const NO_MATCH = 0.35;
const CJK = /[\u3400-\u9fff]/;

/**
 * Text leads: vectors are only known to work mechanically here (no real model can be fetched on the
 * build machine). Vectors add what words cannot see — paraphrases sharing no word with the article —
 * without outvoting a strong text match. Re-tune with a real model against the Harbourline set.
 */
export const HYBRID_WEIGHTS = { text: 0.7, vector: 0.3 } as const;
/** Cosine below which an article is not a semantic match at all. Small English/multilingual encoders
 *  put unrelated sentences around 0.6–0.8: uncalibrated, see above. */
export const MIN_SIMILARITY = 0.8;
/**
 * Text score at which confidence reaches NO_MATCH (see textConfidence). Twenty off-topic questions
 * (weather, football, pizza…, 10 each on the sample and Harbourline knowledge bases) score 0.03–0.11;
 * on the Harbourline feedback split 72 % of right first answers score 0.12 or more, 35 % of wrong ones.
 * (BM25's confidence had shown 5 of 8 off-topic questions and 98 % of wrong first answers there.)
 */
const TEXT_NO_MATCH = 0.12;

export interface SemanticIndex {
  vectors: ReadonlyMap<string, Float32Array>;
  embedder: Pick<Embedder, 'embed' | 'dimensions'>;
}

export class KbSearch {
  private learned: PhrasingIndex | null = null;
  private readonly indexOf: Map<string, number>;

  private constructor(
    private readonly articles: readonly Article[],
    private readonly text: NgramIndex,
    /** 1 for a Chinese article: a query is compared with the articles of its own script. */
    private readonly chinese: Uint8Array,
    private readonly synonyms: SynonymExpander,
    private readonly semantic: SemanticIndex | null = null,
  ) {
    this.indexOf = new Map(articles.map((a, i) => [a.id, i]));
  }

  /** @param synonyms groups of equivalent terms (from the knowledge base's synonyms.json): query expansion. */
  /** @param semantic every article's vector and the model that made them: hybrid search. */
  static async build(articles: readonly Article[], synonyms: SynonymGroups = [], semantic?: SemanticIndex): Promise<KbSearch> {
    if (semantic) {
      const missing = articles.filter((a) => semantic.vectors.get(a.id)?.length !== semantic.embedder.dimensions);
      if (missing.length) throw new Error(`no ${semantic.embedder.dimensions}-dimension vector for article ${missing[0]!.id}`);
    }
    const list = [...articles];
    return new KbSearch(list, NgramIndex.build(list), Uint8Array.from(list, (a) => (isChinese(a) ? 1 : 0)), new SynonymExpander(synonyms), semantic ?? null);
  }

  /** Confirmed phrasings from agents, replacing those given before: they count from the next search. */
  learn(phrasings: readonly LearnedPhrasing[], o?: LearnedOptions): void {
    this.learned = phrasings.length ? PhrasingIndex.build(this.text, this.indexOf, phrasings, o) : null;
  }

  /** The article with this id, if the knowledge base has it. */
  article(id: string): Article | undefined {
    const i = this.indexOf.get(id);
    return i === undefined ? undefined : this.articles[i];
  }

  get hybrid(): boolean {
    return this.semantic !== null;
  }

  async search(query: string, limit = 3): Promise<Hit[]> {
    const q = query.trim();
    if (!q) return [];
    const script = CJK.test(q) ? 1 : 0;
    const expanded = [q, ...this.synonyms.expand(q)].join(' ');
    const text = this.text.score(expanded);
    // Phrasings are what customers said: compared with what was said, without the synonyms.
    const confirmed = this.learned?.boost(this.text.vector(q), text);
    const words = queryWords(expanded);
    const hit = (i: number, score: number, confidence: number): Hit => {
      const article = this.articles[i]!;
      const matches = confirmed?.get(i);
      return { article, score, confidence, matched: words.filter((w) => article.body.toLowerCase().includes(w)), ...(matches ? { confirmed: matches } : {}) };
    };
    const textOnly = () => top(text, this.chinese, script, limit).map((i) => hit(i, text[i]!, textConfidence(text[i]!)));
    if (!this.semantic) return textOnly();
    // The query's vector (the synonyms are for the text: the model knows its own). A failed embedding
    // costs this query its semantic half, not its answer.
    const vector = await this.semantic.embedder.embed([q], 'query').then((v) => v[0]!, () => null);
    if (!vector) return textOnly();
    let best = 0;
    for (let i = 0; i < text.length; i++) if (this.chinese[i] === script && text[i]! > best) best = text[i]!;
    const cosines = this.articles.map((a) => dot(vector, this.semantic!.vectors.get(a.id)!));
    const clears = (cos: number) => (cos >= MIN_SIMILARITY ? (cos - MIN_SIMILARITY) / (1 - MIN_SIMILARITY) : 0);
    const mixed = Float32Array.from(text, (t, i) => HYBRID_WEIGHTS.text * (best ? t / best : 0) + HYBRID_WEIGHTS.vector * clears(cosines[i]!));
    // Mixed scores are relative to the best hit of this query, so confidence stays absolute: the
    // article's text confidence, or — for a semantic match — how far its cosine clears MIN_SIMILARITY.
    return top(mixed, this.chinese, script, limit).map((i) => {
      const semanticConfidence = cosines[i]! >= MIN_SIMILARITY ? NO_MATCH + clears(cosines[i]!) * (1 - NO_MATCH) : 0;
      return hit(i, mixed[i]!, Math.max(textConfidence(text[i]!), semanticConfidence));
    });
  }
}

/** 0..1 from the text score, NO_MATCH at TEXT_NO_MATCH. */
function textConfidence(score: number): number {
  const k = TEXT_NO_MATCH * (1 - NO_MATCH) / NO_MATCH;
  return score / (score + k);
}

/** Indexes of the `limit` best-scoring articles of the script, best first; none that scored 0. */
function top(scores: Float32Array, chinese: Uint8Array, script: number, limit: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s <= 0 || chinese[i] !== script) continue;
    if (best.length === limit && s <= scores[best[limit - 1]!]!) continue;
    let k = Math.min(best.length, limit - 1);
    best[k] = i;
    while (k > 0 && scores[best[k - 1]!]! < s) [best[k - 1], best[k]] = [best[k]!, best[k - 1]!], k--;
  }
  return best;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function isChinese(a: Article): boolean {
  return CJK.test(a.title) || CJK.test(a.body);
}

/** Words of the query worth highlighting: Chinese words by segmentation, others 3+ letters, no stop words. */
export function queryWords(q: string): string[] {
  const segmenter = new Intl.Segmenter(CJK.test(q) ? 'zh' : 'en', { granularity: 'word' });
  const words = [...segmenter.segment(q.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
  return [...new Set(words.filter((w) => (CJK.test(w) ? w.length >= 2 : w.length >= 3 && !englishStopwords.includes(w))))];
}
