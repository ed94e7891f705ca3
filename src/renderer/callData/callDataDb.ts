// The IndexedDB databases that hold call data (Dexie). Only the call-data module opens them, and their
// tables hold Redacted rows, so nothing can be put in them that did not go through redaction.
//
// Durability 'strict': Chromium's IndexedDB commits with relaxed durability by default (a transaction
// completes before the data is flushed to disk), so an OS crash or power cut could lose a call that the
// app had already shown as saved. These writes are a few per call; the flush costs milliseconds.
//
// Version 2 masks rows stored before every write was redacted (suggestion feedback kept the customer's
// words as they were said).
import Dexie, { type Table } from 'dexie';
import type { CallRecord } from '../history/types';
import type { SuggestionFeedback } from '../assist/feedback/types';
import type { Phrasing } from '../assist/learning/types';
import { callContext, redactCallData, type Redacted } from './redacted';

export type StoredCall = Redacted<CallRecord>;
export type StoredFeedback = Redacted<SuggestionFeedback>;
export type StoredPhrasing = Redacted<Phrasing>;

export const HISTORY_DB = 'switchboard-history';
export const FEEDBACK_DB = 'switchboard-assist-feedback';
export const LEARNING_DB = 'switchboard-assist-learning';

const options = { chromeTransactionDurability: 'strict' } as const;

/** Version 1 as it was; version 2 (same schema) masks every row stored before. */
function maskedFromVersion2<T extends object>(db: Dexie, table: string, schema: string, callNumberOf: (row: T) => string | undefined): void {
  db.version(1).stores({ [table]: schema });
  db.version(2)
    .stores({ [table]: schema })
    .upgrade((tx) =>
      tx.table<T>(table).toCollection().modify((row, ref) => {
        ref.value = redactCallData(row, callContext(undefined, callNumberOf(row)));
      }),
    );
}

export class HistoryDb extends Dexie {
  calls!: Table<StoredCall, string>;
  constructor(name = HISTORY_DB) {
    super(name, options);
    maskedFromVersion2<CallRecord>(this, 'calls', 'id, startedAt', (row) => row.peerNumber);
  }
}

/** Kept apart from the knowledge base so a KB import never touches it. */
export class FeedbackDb extends Dexie {
  feedback!: Table<StoredFeedback, [string, string]>;
  constructor(name = FEEDBACK_DB) {
    super(name, options);
    maskedFromVersion2<SuggestionFeedback>(this, 'feedback', '[callId+articleId], callId, updatedAt', () => undefined);
  }
}

/** Confirmed phrasings (learning from agents): apart from the feedback, so "Reset learning" clears this alone. */
export class LearningDb extends Dexie {
  phrasings!: Table<StoredPhrasing, [string, string]>;
  constructor(name = LEARNING_DB) {
    super(name, options);
    this.version(1).stores({ phrasings: '[articleId+text], articleId, updatedAt' });
  }
}
