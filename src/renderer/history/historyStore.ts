import { create } from 'zustand';
import { HistoryDb } from './historyDb';
import type { CallRecord } from './types';

/** Oldest rows beyond this are pruned: a busy agent makes ~100 calls a day. */
export const MAX_RECORDS = 5000;

export interface HistoryState {
  records: CallRecord[];
  load(): Promise<void>;
  record(rec: CallRecord): Promise<void>;
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
    clear: async () => {
      await db.calls.clear();
      set({ records: [] });
    },
  }));
}
