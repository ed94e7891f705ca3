// Call history in IndexedDB (Dexie). Versioned so later features can add indexes and fields.
import Dexie, { type Table } from 'dexie';
import type { CallRecord } from './types';

export class HistoryDb extends Dexie {
  calls!: Table<CallRecord, string>;
  constructor(name = 'switchboard-history') {
    super(name);
    this.version(1).stores({ calls: 'id, startedAt' });
  }
}
