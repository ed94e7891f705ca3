// The call history on screen: the stored calls, newest first, mirrored from the call-data module,
// which redacts and stores them (src/renderer/callData/). Changes show once they are committed.
import { create } from 'zustand';
import { MAX_CALLS, type CallData, type StoredCall } from '../callData';
import type { CallRecord } from './types';

export interface HistoryState {
  records: StoredCall[];
  load(): Promise<void>;
  record(rec: CallRecord): Promise<void>;
  /** Adds fields to a stored call (e.g. its wrap-up); fails when there is no such call. Resolves with the call as stored. */
  attach(id: string, fields: Required<Pick<CallRecord, 'wrapUp'>>): Promise<StoredCall>;
  clear(): Promise<void>;
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;

const newestFirst = (a: CallRecord, b: CallRecord) => b.startedAt - a.startedAt;

export function createHistoryStore(data: CallData) {
  return create<HistoryState>()((set, get) => ({
    records: [],
    load: async () => set({ records: await data.recentCalls() }),
    record: async (rec) => {
      const stored = await data.recordCall(rec);
      set({ records: [stored, ...get().records.filter((r) => r.id !== rec.id)].sort(newestFirst).slice(0, MAX_CALLS) });
    },
    attach: async (id, fields) => {
      const updated = await data.attachWrapUp(id, fields.wrapUp);
      set({ records: get().records.map((r) => (r.id === id ? updated : r)) });
      return updated;
    },
    clear: async () => {
      await data.clearCalls();
      set({ records: [] });
    },
  }));
}
