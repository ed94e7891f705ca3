import { create } from 'zustand';
import { HistoryDb } from './historyDb';
import type { CallRecord } from './types';

/** Oldest rows beyond this are pruned: a busy agent makes ~100 calls a day. */
export const MAX_RECORDS = 5000;

export interface HistoryState {
  records: CallRecord[];
  load(): Promise<void>;
  record(rec: CallRecord): Promise<void>;
  /** Adds fields to a stored call (e.g. its wrap-up); fails when there is no such call. */
  attach(id: string, fields: Pick<CallRecord, 'wrapUp'>): Promise<void>;
  clear(): Promise<void>;
}

const newestFirst = (a: CallRecord, b: CallRecord) => b.startedAt - a.startedAt;

export function createHistoryStore(db: HistoryDb = new HistoryDb()) {
  return create<HistoryState>()((set, get) => ({
    records: [],
    load: async () => {
      const records = await db.calls.orderBy('startedAt').reverse().limit(MAX_RECORDS).toArray();
      set({ records });
    },
    record: async (rec) => {
      await db.calls.put(rec);
      const count = await db.calls.count();
      if (count > MAX_RECORDS) {
        const stale = await db.calls.orderBy('startedAt').limit(count - MAX_RECORDS).primaryKeys();
        await db.calls.bulkDelete(stale);
      }
      const records = [rec, ...get().records.filter((r) => r.id !== rec.id)].sort(newestFirst).slice(0, MAX_RECORDS);
      set({ records });
    },
    attach: async (id, fields) => {
      const updated = await db.transaction('rw', db.calls, async () => {
        const rec = await db.calls.get(id);
        if (!rec) throw new Error(`no call ${id} in the call history`);
        const next = { ...rec, ...fields };
        await db.calls.put(next);
        return next;
      });
      set({ records: get().records.map((r) => (r.id === id ? updated : r)) });
    },
    clear: async () => {
      await db.calls.clear();
      set({ records: [] });
    },
  }));
}
