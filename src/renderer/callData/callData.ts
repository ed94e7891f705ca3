// Reads and writes of call data. Every write masks free text first (redacted.ts) and runs in one
// IndexedDB transaction; its promise resolves only once that transaction has committed, so whatever the
// interface reports as saved is on disk (callDataDb.ts: strict durability), and a write that fails
// leaves nothing behind.
import type { CallRecord } from '../history/types';
import type { WrapUp } from '../wrapup/types';
import type { SuggestionFeedback } from '../assist/feedback/types';
import { FeedbackDb, HistoryDb, type StoredCall, type StoredFeedback } from './callDataDb';
import { callContext, redactCallData, type CallContext } from './redacted';

/** Oldest calls beyond this are pruned: a busy agent makes ~100 calls a day. */
export const MAX_CALLS = 5000;

export interface CallData {
  /** Stores a finished call (and prunes the oldest beyond the limit); resolves with what was stored. */
  recordCall(call: CallRecord): Promise<StoredCall>;
  /** Adds the wrap-up to a stored call; fails, changing nothing, when there is no such call. */
  attachWrapUp(callId: string, wrapUp: WrapUp): Promise<StoredCall>;
  /** Newest first. */
  recentCalls(limit?: number): Promise<StoredCall[]>;
  clearCalls(): Promise<void>;
  /**
   * Changes one suggestion's feedback: next() gets the row as stored (none the first time) and returns
   * the new one, inside the transaction, so actions pressed at once all count. callNumber is the
   * number of the call the feedback was given in, if any.
   */
  updateFeedback(key: FeedbackKey, next: (stored: StoredFeedback | undefined) => SuggestionFeedback, callNumber?: string): Promise<StoredFeedback>;
  /** Oldest first. */
  feedbackForCall(callId: string): Promise<StoredFeedback[]>;
  /** Every call's feedback, oldest first. */
  allFeedback(): Promise<StoredFeedback[]>;
  /** What redaction is told about a call with this number (for text that leaves without being stored). */
  context(callNumber: string | undefined): CallContext;
}

export type FeedbackKey = Pick<SuggestionFeedback, 'callId' | 'articleId'>;

export interface CallDataOptions {
  historyDb?: string;
  feedbackDb?: string;
  maxCalls?: number;
  /** The agent's region (ISO 3166 alpha-2) as settings say at the moment of each write. */
  region?: () => string | undefined;
}

export function createCallData(o: CallDataOptions = {}): CallData {
  const history = new HistoryDb(o.historyDb);
  const feedback = new FeedbackDb(o.feedbackDb);
  const maxCalls = o.maxCalls ?? MAX_CALLS;
  const context = (callNumber: string | undefined) => callContext(o.region?.(), callNumber);
  return {
    context,
    recordCall: async (call) => {
      const stored = redactCallData(call, context(call.peerNumber));
      await history.transaction('rw', history.calls, async () => {
        await history.calls.put(stored);
        const count = await history.calls.count();
        if (count > maxCalls) await history.calls.bulkDelete(await history.calls.orderBy('startedAt').limit(count - maxCalls).primaryKeys());
      });
      return stored;
    },
    attachWrapUp: (callId, wrapUp) =>
      history.transaction('rw', history.calls, async () => {
        const call = await history.calls.get(callId);
        if (!call) throw new Error(`no call ${callId} in the call history`);
        const stored = redactCallData({ ...call, wrapUp }, context(call.peerNumber));
        await history.calls.put(stored);
        return stored;
      }),
    recentCalls: (limit = maxCalls) => history.calls.orderBy('startedAt').reverse().limit(limit).toArray(),
    clearCalls: () => history.transaction('rw', history.calls, () => history.calls.clear()),
    updateFeedback: (key, next, callNumber) =>
      feedback.transaction('rw', feedback.feedback, async () => {
        const row = next(await feedback.feedback.get([key.callId, key.articleId]));
        if (row.callId !== key.callId || row.articleId !== key.articleId) throw new Error(`feedback for ${key.callId}/${key.articleId} cannot become ${row.callId}/${row.articleId}`);
        const stored = redactCallData(row, context(callNumber));
        await feedback.feedback.put(stored);
        return stored;
      }),
    feedbackForCall: (callId) => feedback.feedback.where('callId').equals(callId).sortBy('updatedAt'),
    allFeedback: () => feedback.feedback.orderBy('updatedAt').toArray(),
  };
}
