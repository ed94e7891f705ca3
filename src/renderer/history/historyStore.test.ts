import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCallData } from '../callData';
import { createHistoryStore } from './historyStore';
import type { CallRecord } from './types';

const rec = (id: string, startedAt: number, over: Partial<CallRecord> = {}): CallRecord => ({
  id, direction: 'outgoing', peerUri: `sip:${id}@pbx`, peerNumber: id, peerName: '', startedAt, answeredAt: startedAt + 1000,
  endedAt: startedAt + 61000, durationSec: 60, outcome: 'answered', ...over,
});

const dataNamed = (name: string) => createCallData({ historyDb: name, feedbackDb: `${name}-feedback` });

describe('call history (IndexedDB via fake-indexeddb)', () => {
  it('keeps records newest first and survives re-opening the database', async () => {
    const name = `h-${Math.random()}`;
    const store = createHistoryStore(dataNamed(name));
    await store.getState().record(rec('a', 1000));
    await store.getState().record(rec('b', 3000));
    await store.getState().record(rec('c', 2000, { outcome: 'failed', sipCode: 486 }));
    expect(store.getState().records.map((r) => r.id)).toEqual(['b', 'c', 'a']);

    const reopened = createHistoryStore(dataNamed(name));
    await reopened.getState().load();
    expect(reopened.getState().records.map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(reopened.getState().records[1]).toMatchObject({ outcome: 'failed', sipCode: 486 });
  });

  it('upserts by id', async () => {
    const store = createHistoryStore(dataNamed(`h-${Math.random()}`));
    await store.getState().record(rec('a', 1000));
    await store.getState().record(rec('a', 1000, { durationSec: 99 }));
    expect(store.getState().records).toHaveLength(1);
    expect(store.getState().records[0]!.durationSec).toBe(99);
  });

  it('clears', async () => {
    const data = dataNamed(`h-${Math.random()}`);
    const store = createHistoryStore(data);
    await store.getState().record(rec('a', 1000));
    await store.getState().clear();
    expect(store.getState().records).toEqual([]);
    expect(await data.recentCalls()).toEqual([]);
  });

  it('attaches a wrap-up to a stored call, survives re-opening, and refuses an unknown call', async () => {
    const name = `h-${Math.random()}`;
    const store = createHistoryStore(dataNamed(name));
    await store.getState().record(rec('a', 1000));
    const wrapUp = { summary: 'Refund of a duplicate payment', disposition: 'billing / refunds', draftedBy: 'on-device', edited: true, savedAt: 5 };
    await store.getState().attach('a', { wrapUp });
    expect(store.getState().records[0]!.wrapUp).toEqual(wrapUp);
    await expect(store.getState().attach('nope', { wrapUp })).rejects.toThrow('no call nope in the call history');
    const reopened = createHistoryStore(dataNamed(name));
    await reopened.getState().load();
    expect(reopened.getState().records.map((r) => [r.id, r.wrapUp?.disposition])).toEqual([['a', 'billing / refunds']]);
  });
});
