import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HistoryDb } from './historyDb';
import { createHistoryStore } from './historyStore';
import type { CallRecord } from './types';

const rec = (id: string, startedAt: number, over: Partial<CallRecord> = {}): CallRecord => ({
  id, direction: 'outgoing', peerUri: `sip:${id}@pbx`, peerNumber: id, peerName: '', startedAt, answeredAt: startedAt + 1000,
  endedAt: startedAt + 61000, durationSec: 60, outcome: 'answered', ...over,
});

describe('call history (IndexedDB via fake-indexeddb)', () => {
  it('keeps records newest first and survives re-opening the database', async () => {
    const name = `h-${Math.random()}`;
    const store = createHistoryStore(new HistoryDb(name));
    await store.getState().record(rec('a', 1000));
    await store.getState().record(rec('b', 3000));
    await store.getState().record(rec('c', 2000, { outcome: 'failed', sipCode: 486 }));
    expect(store.getState().records.map((r) => r.id)).toEqual(['b', 'c', 'a']);

    const reopened = createHistoryStore(new HistoryDb(name));
    await reopened.getState().load();
    expect(reopened.getState().records.map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(reopened.getState().records[1]).toMatchObject({ outcome: 'failed', sipCode: 486 });
  });

  it('upserts by id', async () => {
    const store = createHistoryStore(new HistoryDb(`h-${Math.random()}`));
    await store.getState().record(rec('a', 1000));
    await store.getState().record(rec('a', 1000, { durationSec: 99 }));
    expect(store.getState().records).toHaveLength(1);
    expect(store.getState().records[0]!.durationSec).toBe(99);
  });

  it('clears', async () => {
    const db = new HistoryDb(`h-${Math.random()}`);
    const store = createHistoryStore(db);
    await store.getState().record(rec('a', 1000));
    await store.getState().clear();
    expect(store.getState().records).toEqual([]);
    expect(await db.calls.count()).toBe(0);
  });

  it('attaches a wrap-up to a stored call, survives re-opening, and refuses an unknown call', async () => {
    const name = `h-${Math.random()}`;
    const store = createHistoryStore(new HistoryDb(name));
    await store.getState().record(rec('a', 1000));
    const wrapUp = { summary: 'Refund of a duplicate payment', disposition: 'billing / refunds', draftedBy: 'on-device', edited: true, savedAt: 5 };
    await store.getState().attach('a', { wrapUp });
    expect(store.getState().records[0]!.wrapUp).toEqual(wrapUp);
    await expect(store.getState().attach('nope', { wrapUp })).rejects.toThrow('no call nope in the call history');
    const reopened = createHistoryStore(new HistoryDb(name));
    await reopened.getState().load();
    expect(reopened.getState().records.map((r) => [r.id, r.wrapUp?.disposition])).toEqual([['a', 'billing / refunds']]);
  });
});
