import { describe, expect, it } from 'vitest';
import { KbSearch, NO_MATCH, queryWords } from './kbSearch';
import { sampleKb } from './sampleKb.testing';

const sample = () => sampleKb().articles;

describe('knowledge-base search on the bundled sample', () => {
  it.each([
    ['when do I get my money back', 'refunds'],
    ['I got charged twice this month', 'refunds'],
    ['the internet is down and the light is red', 'router-reset'],
    ['how much will it cost to use my phone on holiday', 'roaming'],
    ['my phone was stolen yesterday', 'sim-lost'],
    ['can I pay by direct debit', 'pay-bill'],
    ['我的退款什么时候到账', 'zh-refunds'],
    ['路由器的灯一直是红色的', 'zh-router'],
    ['出国用手机要多少钱', 'zh-roaming'],
  ])('%s -> %s', async (query, id) => {
    const kb = await KbSearch.build(sample());
    const hits = await kb.search(query);
    expect(hits[0]?.article.id).toBe(id);
    expect(hits[0]!.confidence).toBeGreaterThanOrEqual(NO_MATCH);
  });
  it('an unrelated question finds no good match', async () => {
    const kb = await KbSearch.build(sample());
    const hits = await kb.search('what is the weather like in Paris');
    expect(hits.every((h) => h.confidence < NO_MATCH)).toBe(true);
  });
  it('highlights query words found in the answer', () => {
    expect(queryWords('When will the refund reach my card?')).toEqual(['refund', 'reach', 'card']); // "when", "the", "will", "my" are stop words
  });
});
