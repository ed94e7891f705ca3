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
import { callContext, redactCallData, type Redacted } from './redacted';

export type StoredCall = Redacted<CallRecord>;
export type StoredFeedback = Redacted<SuggestionFeedback>;

export const HISTORY_DB = 'switchboard-history';
export const FEEDBACK_DB = 'switchboard-assist-feedback';

const options = { chromeTransactionDurability: 'strict' } as const;

export class HistoryDb extends Dexie {
  calls!: Table<StoredCall, string>;
  constructor(name = HISTORY_DB) {
    super(name, options);
    this.version(1).stores({ calls: 'id, startedAt' });
    this.version(2)
      .stores({ calls: 'id, startedAt' })
      .upgrade((tx) =>
        tx.table<CallRecord>('calls').toCollection().modify((row, ref) => {
          ref.value = redactCallData(row, callContext(row.peerNumber));
        }),
      );
  }
}

/** Kept apart from the knowledge base so a KB import never touches it. */
export class FeedbackDb extends Dexie {
  feedback!: Table<StoredFeedback, [string, string]>;
  constructor(name = FEEDBACK_DB) {
    super(name, options);
    this.version(1).stores({ feedback: '[callId+articleId], callId, updatedAt' });
    this.version(2)
      .stores({ feedback: '[callId+articleId], callId, updatedAt' })
      .upgrade((tx) =>
        tx.table<SuggestionFeedback>('feedback').toCollection().modify((row, ref) => {
          ref.value = redactCallData(row, callContext(undefined));
        }),
      );
  }
}
