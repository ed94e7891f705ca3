import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../kb/types';
import { createCallData } from '../../callData';
import { leaks, PII } from '../../callData/pii.testing';
import { createFeedbackStore } from './feedbackStore';
import { parseCsv } from '../kb/faqCsv';

const article = (id: string, title: string): Article => ({ id, title, body: `${title} body`, questions: [], tags: [], source: { file: `${id}.md` } });
const refunds = article('refunds', 'How long do refunds take?');
const roaming = article('roaming', 'Roaming, "abroad" charges');

describe('suggestion feedback', () => {
  it('is saved per call in IndexedDB, survives a reload, and toggles', async () => {
    const names = { historyDb: `h-${Math.random()}`, feedbackDb: `fb-${Math.random()}` };
    const store = createFeedbackStore(createCallData(names));
    await store.getState().setCall('call-1');
    await store.getState().vote(refunds, 'money back', 'helpful');
    await store.getState().togglePin(roaming, 'abroad');
    await store.getState().copied(refunds, 'money back');
    await store.getState().setCall('call-2');
    await store.getState().vote(refunds, 'refund', 'not-helpful');
    await store.getState().vote(refunds, 'refund', 'not-helpful'); // pressed again: no vote
    expect(store.getState().items.refunds?.vote).toBeNull();
    expect(store.getState().pinned).toEqual([]);

    const reopened = createCallData(names);
    const again = createFeedbackStore(reopened);
    await again.getState().setCall('call-1');
    expect(again.getState().items.refunds).toMatchObject({ vote: 'helpful', copied: 1, pinned: false, query: 'money back' });
    expect(again.getState().items.roaming).toMatchObject({ pinned: true, vote: null });
    expect((await reopened.feedbackForCall('call-1')).map((f) => f.articleId).sort()).toEqual(['refunds', 'roaming']);
  });

  it('exports every call as CSV the importer can read back, or as JSON', async () => {
    const store = createFeedbackStore(createCallData({ historyDb: `h-${Math.random()}`, feedbackDb: `fb-${Math.random()}` }));
    await store.getState().setCall('call-1');
    await store.getState().vote(roaming, 'abroad, "EU"', 'helpful');
    await store.getState().setCall('call-2');
    await store.getState().vote(refunds, 'refund', 'not-helpful');
    const csv = parseCsv((await store.getState().exportAll('csv')).text);
    expect(csv.error).toBeUndefined();
    expect(csv.rows[0]!.fields).toEqual(['callId', 'articleId', 'title', 'query', 'vote', 'pinned', 'copied', 'expanded', 'updatedAt']);
    expect(csv.rows.slice(1).map((r) => r.fields.slice(0, 5))).toEqual([
      ['call-1', 'roaming', 'Roaming, "abroad" charges', 'abroad, "EU"', 'helpful'],
      ['call-2', 'refunds', 'How long do refunds take?', 'refund', 'not-helpful'],
    ]);
    const json = JSON.parse((await store.getState().exportAll('json')).text) as { callId: string; vote: string }[];
    expect(json.map((r) => [r.callId, r.vote])).toEqual([['call-1', 'helpful'], ['call-2', 'not-helpful']]);
  });

  it('keeps what the customer said only masked, in the panel and in the database', async () => {
    const data = createCallData({ historyDb: `h-${Math.random()}`, feedbackDb: `fb-${Math.random()}` });
    const store = createFeedbackStore(data);
    await store.getState().setCall('call-1', '1002');
    await store.getState().vote(refunds, `my money back please, ${PII}`, 'helpful');
    const masked = 'my money back please, card [CARD], mail [EMAIL], phone [PHONE]';
    expect(store.getState().items.refunds?.query).toBe(masked);
    expect((await data.feedbackForCall('call-1')).map((f) => f.query)).toEqual([masked]);
    expect(leaks((await store.getState().exportAll('json')).text)).toEqual([]);
  });

  it('actions pressed at once on one suggestion all count (no lost update)', async () => {
    const data = createCallData({ historyDb: `h-${Math.random()}`, feedbackDb: `fb-${Math.random()}` });
    const store = createFeedbackStore(data);
    await store.getState().setCall('call-1', '1002');
    const { togglePin, vote, copied } = store.getState();
    await Promise.all([togglePin(refunds, 'refund'), vote(refunds, 'refund', 'helpful'), copied(refunds, 'refund'), copied(refunds, 'refund')]);
    expect(store.getState().items.refunds).toMatchObject({ pinned: true, vote: 'helpful', copied: 2 });
    expect(await data.feedbackForCall('call-1')).toMatchObject([{ pinned: true, vote: 'helpful', copied: 2 }]);
  });
});
