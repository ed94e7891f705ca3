// Retrieval on the device with Orama: BM25 over questions, title and body (boosted in that order),
// English with stemming and stop words, Chinese with word segmentation (Intl.Segmenter). Each article
// goes to the index of its language; a query goes to the index of its script.
import { create, insertMultiple, search, type AnyOrama } from '@orama/orama';
import { createTokenizer as mandarin } from '@orama/tokenizers/mandarin';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import type { Article } from '../kb/types';
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
const schema = { id: 'string', title: 'string', body: 'string', questions: 'string' } as const;

export class KbSearch {
  private constructor(
    private readonly indexes: Record<'en' | 'zh', AnyOrama>,
    private readonly byId: Map<string, Article>,
    private readonly synonyms: SynonymExpander,
  ) {}

  /** @param synonyms groups of equivalent terms (from the knowledge base's synonyms.json): query expansion. */
  static async build(articles: readonly Article[], synonyms: SynonymGroups = []): Promise<KbSearch> {
    const en = create({ schema, components: { tokenizer: { stemming: true, language: 'english', stopWords: englishStopwords } } });
    const zh = create({ schema, components: { tokenizer: mandarin() } });
    const doc = (a: Article) => ({ id: a.id, title: a.title, body: a.body, questions: a.questions.join('\n') });
    await insertMultiple(en, articles.filter((a) => !isChinese(a)).map(doc));
    await insertMultiple(zh, articles.filter(isChinese).map(doc));
    return new KbSearch({ en, zh }, new Map(articles.map((a) => [a.id, a])), new SynonymExpander(synonyms));
  }

  async search(query: string, limit = 3): Promise<Hit[]> {
    const q = query.trim();
    if (!q) return [];
    const index = CJK.test(q) ? this.indexes.zh : this.indexes.en;
    const expanded = [q, ...this.synonyms.expand(q)].join(' ');
    const result = await search(index, { term: expanded, properties: ['questions', 'title', 'body'], boost: BOOST, limit });
    const words = queryWords(expanded);
    return result.hits.map((h) => {
      const article = this.byId.get(h.id)!;
      return { article, score: h.score, confidence: h.score / (h.score + 4), matched: words.filter((w) => article.body.toLowerCase().includes(w)) };
    });
  }
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
