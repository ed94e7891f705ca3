// The faster tokenizer and index must be Orama's defaults in every result: same tokens for every
// sample article, same hits and scores for every evaluation question.
import { create, insertMultiple, search, components, type AnyOrama } from '@orama/orama';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { describe, expect, it } from 'vitest';
import evalSet from './eval-questions.json';
import { englishTokenizer, fastIndex } from './fastComponents';
import { sampleKb } from './sampleKb.testing';

const CJK = /[\u3400-\u9fff]/;
const articles = sampleKb().articles.filter((a) => !CJK.test(a.body));
const defaults = { stemming: true, language: 'english', stopWords: englishStopwords } as const;

describe("fast Orama components give Orama's default results", () => {
  it('tokenizes every sample article exactly as the default English tokenizer', () => {
    const mine = englishTokenizer();
    const orama = components.tokenizer.createTokenizer(defaults);
    expect(articles.length).toBeGreaterThan(20);
    for (const a of articles) {
      for (const text of [a.title, a.body, a.questions.join('\n'), "Don't café naïve   ROUTER-reset 4G!"]) {
        expect(mine.tokenize(text, 'english', 'body')).toEqual(orama.tokenize(text, 'english', 'body', false));
      }
    }
  });

  it('an index built with them answers every evaluation question with the same hits and scores', async () => {
    const schema = { title: 'string', body: 'string', questions: 'string' } as const;
    const docs = articles.map((a) => ({ id: a.id, title: a.title, body: a.body, questions: a.questions.join('\n') }));
    const fast = create({ schema, components: { tokenizer: englishTokenizer(), index: fastIndex() } });
    const plain = create({ schema, components: { tokenizer: defaults } });
    await insertMultiple(fast, docs);
    await insertMultiple(plain, docs);
    let compared = 0;
    for (const { question } of evalSet.items.filter((i) => !CJK.test(i.question))) {
      const params = { term: question, properties: ['questions', 'title', 'body'], boost: { questions: 3, title: 2, body: 1 }, limit: 5 };
      const a = (await search(fast as AnyOrama, params)).hits.map((h) => [h.id, h.score]);
      const b = (await search(plain as AnyOrama, params)).hits.map((h) => [h.id, h.score]);
      expect(a, question).toEqual(b);
      compared += b.length;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("looks up every word and every prefix like Orama's radix tree, exact or not, in the same order", async () => {
    type Find = (p: { term: string; exact: boolean; tolerance: number }) => Record<string, number[]>;
    const tree = (db: ReturnType<typeof create>) => (db.data.index as unknown as { indexes: Record<string, { node: { find: Find } }> }).indexes.body!.node;
    const docs = articles.map((a) => ({ id: a.id, body: a.body }));
    const fast = create({ schema: { body: 'string' }, components: { tokenizer: englishTokenizer(), index: fastIndex() } });
    const plain = create({ schema: { body: 'string' }, components: { tokenizer: defaults } });
    await insertMultiple(fast, docs);
    await insertMultiple(plain, docs);
    const words = [...new Set(articles.flatMap((a) => englishTokenizer().tokenize(a.body)))];
    const terms = [...new Set(words.flatMap((w) => [w, w.slice(0, 1), w.slice(0, 2), w.slice(0, 4), `${w}zz`]))];
    expect(terms.length).toBeGreaterThan(500);
    let nonEmpty = 0;
    for (const term of terms) {
      for (const exact of [false, true]) {
        const mine = Object.entries(tree(fast).find({ term, exact, tolerance: 0 }));
        expect(mine, `${term} exact=${exact}`).toEqual(Object.entries(tree(plain).find({ term, exact, tolerance: 0 })));
        if (mine.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(terms.length / 2); // words found, not just misses compared
  });
});
