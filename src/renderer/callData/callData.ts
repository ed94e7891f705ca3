// Reads and writes of call data. Every write masks free text first (redacted.ts) and runs in one
// IndexedDB transaction; its promise resolves only once that transaction has committed, so whatever the
// interface reports as saved is on disk (callDataDb.ts: strict durability), and a write that fails
// leaves nothing behind.
import type { CallRecord } from '../history/types';
import type { WrapUp } from '../wrapup/types';
import type { SuggestionFeedback } from '../assist/feedback/types';
import type { Phrasing } from '../assist/learning/types';
import { FeedbackDb, HistoryDb, LearningDb, type StoredCall, type StoredFeedback, type StoredPhrasing } from './callDataDb';
import { callContext, redactCallData, redactCallText, type CallContext } from './redacted';

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
  /**
   * Changes the phrasing `said` of an article (learning from agents): `said` is masked first, and next()
   * gets the row stored under the masked text (none the first time) and that text, inside the
   * transaction. Then, in the same transaction, the article's rows that beyondCap() names are deleted.
   */
  updatePhrasing(
    key: { articleId: string; said: string },
    next: (stored: StoredPhrasing | undefined, text: string) => Phrasing,
    callNumber: string | undefined,
    beyondCap: (rows: StoredPhrasing[]) => StoredPhrasing[],
  ): Promise<StoredPhrasing>;
  /** Every phrasing, oldest first. */
  allPhrasings(): Promise<StoredPhrasing[]>;
  clearPhrasings(): Promise<void>;
  /** What redaction is told about a call with this number (for text that leaves without being stored). */
  context(callNumber: string | undefined): CallContext;
}

export type FeedbackKey = Pick<SuggestionFeedback, 'callId' | 'articleId'>;

export interface CallDataOptions {
  historyDb?: string;
  feedbackDb?: string;
  learningDb?: string;
  maxCalls?: number;
  /** The agent's region (ISO 3166 alpha-2) as settings say at the moment of each write. */
  region?: () => string | undefined;
}

export function createCallData(o: CallDataOptions = {}): CallData {
  const history = new HistoryDb(o.historyDb);
  const feedback = new FeedbackDb(o.feedbackDb);
  const learning = new LearningDb(o.learningDb);
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
    updatePhrasing: ({ articleId, said }, next, callNumber, beyondCap) =>
      learning.transaction('rw', learning.phrasings, async () => {
        const text = redactCallText(said, context(callNumber));
        const stored = redactCallData(next(await learning.phrasings.get([articleId, text]), text), context(callNumber));
        if (stored.articleId !== articleId || stored.text !== text) throw new Error(`the phrasing "${text}" of ${articleId} cannot become "${stored.text}" of ${stored.articleId}`);
        await learning.phrasings.put(stored);
        const drop = beyondCap(await learning.phrasings.where('articleId').equals(articleId).toArray());
        if (drop.length) await learning.phrasings.bulkDelete(drop.map((p) => [p.articleId, p.text] as [string, string]));
        return stored;
      }),
    allPhrasings: () => learning.phrasings.orderBy('updatedAt').toArray(),
    clearPhrasings: () => learning.transaction('rw', learning.phrasings, () => learning.phrasings.clear()),
  };
}
