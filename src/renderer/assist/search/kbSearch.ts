// Retrieval on the device with Orama: BM25 over questions, title and body (boosted in that order),
// English with stemming and stop words, Chinese with word segmentation (Intl.Segmenter). Each article
// goes to the index of its language; a query goes to the index of its script.
// With an embedding model (see embedder.ts) each article also carries a vector, and a query is answered
// by Orama's hybrid mode: BM25 and cosine similarity, each normalised, mixed by HYBRID_WEIGHTS.
import { create, insertMultiple, search, type AnyOrama } from '@orama/orama';
import { createTokenizer as mandarin } from '@orama/tokenizers/mandarin';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { englishTokenizer, fastIndex } from './fastComponents';
import type { Article } from '../kb/types';
import type { Embedder } from './embedder';
import { SynonymExpander, type SynonymGroups } from '../kb/synonyms';

export interface Hit {
  article: Article;
  score: number;
  /** 0..1, from the BM25 score: below NO_MATCH there is no good answer in the knowledge base. */
  confidence: number;
  /** Query words found in the answer, to highlight. */
  matched: string[];
}

export const NO_MATCH = 0.35;
const BOOST = { questions: 3, title: 2, body: 1 };
const CJK = /[\u3400-\u9fff]/;
// No `id` field: Orama takes a document's id from `doc.id` without indexing it as text.
const schema = { title: 'string', body: 'string', questions: 'string' } as const;

/**
 * BM25 leads: it is what the sample's 200-question evaluation measured (Recall@1 0.750, Recall@3 0.975),
 * while vectors are only known to work mechanically here (no real model can be fetched on the build
 * machine). Vectors add what BM25 cannot see — paraphrases sharing no word with the article — without
 * outvoting a strong keyword match. Re-tune with a real model against retrievalEval.node.test.ts.
 */
export const HYBRID_WEIGHTS = { text: 0.7, vector: 0.3 } as const;
/** Cosine below which an article is not a semantic match at all (Orama's own default is 0.8). Small
 *  English/multilingual encoders put unrelated sentences around 0.6–0.8: uncalibrated, see above. */
export const MIN_SIMILARITY = 0.8;

export interface SemanticIndex {
  vectors: ReadonlyMap<string, Float32Array>;
  embedder: Pick<Embedder, 'embed' | 'dimensions'>;
}

export class KbSearch {
  private constructor(
    private readonly indexes: Record<'en' | 'zh', AnyOrama>,
    private readonly byId: Map<string, Article>,
    private readonly synonyms: SynonymExpander,
    private readonly semantic: SemanticIndex | null = null,
  ) {}

  /** @param synonyms groups of equivalent terms (from the knowledge base's synonyms.json): query expansion. */
  /** @param semantic every article's vector and the model that made them: hybrid search. */
  static async build(articles: readonly Article[], synonyms: SynonymGroups = [], semantic?: SemanticIndex): Promise<KbSearch> {
    if (semantic) {
      const missing = articles.filter((a) => semantic.vectors.get(a.id)?.length !== semantic.embedder.dimensions);
      if (missing.length) throw new Error(`no ${semantic.embedder.dimensions}-dimension vector for article ${missing[0]!.id}`);
    }
    // Orama's schema type wants a literal "vector[N]": N is the model's, known only at run time.
    const fields = (semantic ? { ...schema, embedding: `vector[${semantic.embedder.dimensions}]` } : schema) as typeof schema;
    const en = create({ schema: fields, components: { tokenizer: englishTokenizer(), index: fastIndex() } });
    const zh = create({ schema: fields, components: { tokenizer: mandarin(), index: fastIndex() } });
    const doc = (a: Article) => ({
      id: a.id, title: a.title, body: a.body, questions: a.questions.join('\n'),
      ...(semantic ? { embedding: Array.from(semantic.vectors.get(a.id)!) } : {}),
    });
    await insertMultiple(en, articles.filter((a) => !isChinese(a)).map(doc));
    await insertMultiple(zh, articles.filter(isChinese).map(doc));
    return new KbSearch({ en, zh }, new Map(articles.map((a) => [a.id, a])), new SynonymExpander(synonyms), semantic ?? null);
  }

  get hybrid(): boolean {
    return this.semantic !== null;
  }

  async search(query: string, limit = 3): Promise<Hit[]> {
    const q = query.trim();
    if (!q) return [];
    const index = CJK.test(q) ? this.indexes.zh : this.indexes.en;
    const expanded = [q, ...this.synonyms.expand(q)].join(' ');
    const text = { term: expanded, properties: ['questions', 'title', 'body'], boost: BOOST };
    const words = queryWords(expanded);
    const hit = (id: string, score: number, confidence: number): Hit => {
      const article = this.byId.get(id)!;
      return { article, score, confidence, matched: words.filter((w) => article.body.toLowerCase().includes(w)) };
    };
    const bm25Confidence = (score: number) => score / (score + 4);
    const bm25Only = async () => (await search(index, { ...text, limit })).hits.map((h) => hit(h.id, h.score, bm25Confidence(h.score)));
    if (!this.semantic) return bm25Only();
    // The query's vector (the synonyms are for BM25: the model knows its own). A failed embedding
    // costs this query its semantic half, not its answer.
    const vector = await this.semantic.embedder.embed([q], 'query').then((v) => v[0]!, () => null);
    if (!vector) return bm25Only();
    const hybrid = await search(index, { ...text, mode: 'hybrid', vector: { value: Array.from(vector), property: 'embedding' }, similarity: MIN_SIMILARITY, hybridWeights: HYBRID_WEIGHTS, limit });
    // Hybrid scores are relative to the best hit of this query, so confidence stays absolute: the
    // article's BM25 score as before, or — for a semantic match — how far its cosine clears MIN_SIMILARITY.
    const textScore = new Map((await search(index, { ...text, limit: Math.max(limit, 20) })).hits.map((h) => [h.id, h.score]));
    return hybrid.hits.map((h) => {
      const cos = dot(vector, this.semantic!.vectors.get(h.id)!);
      const semanticConfidence = cos >= MIN_SIMILARITY ? NO_MATCH + ((cos - MIN_SIMILARITY) / (1 - MIN_SIMILARITY)) * (1 - NO_MATCH) : 0;
      return hit(h.id, h.score, Math.max(bm25Confidence(textScore.get(h.id) ?? 0), semanticConfidence));
    });
  }
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
