// What the agent did with each suggestion, per call (IndexedDB via Dexie): helpful / not helpful,
// pinned, copied, expanded. Kept apart from the knowledge base so a KB import never touches it.
import Dexie, { type Table } from 'dexie';
import { csvCell } from '../../../shared/export/csv';

export type Vote = 'helpful' | 'not-helpful';

export interface SuggestionFeedback {
  callId: string;
  articleId: string;
  title: string;
  /** The question the suggestion answered (manual search or what the customer said). */
  query: string;
  vote: Vote | null;
  pinned: boolean;
  copied: number;
  expanded: boolean;
  updatedAt: number;
}

/** Suggestions used outside any call (e.g. a manual search while idle) are kept under this id. */
export const NO_CALL = 'no-call';

export class FeedbackDb extends Dexie {
  feedback!: Table<SuggestionFeedback, [string, string]>;
  constructor(name = 'switchboard-assist-feedback') {
    super(name);
    this.version(1).stores({ feedback: '[callId+articleId], callId, updatedAt' });
  }
}

export async function feedbackForCall(db: FeedbackDb, callId: string): Promise<SuggestionFeedback[]> {
  return db.feedback.where('callId').equals(callId).sortBy('updatedAt');
}

const COLUMNS = ['callId', 'articleId', 'title', 'query', 'vote', 'pinned', 'copied', 'expanded', 'updatedAt'] as const;

/** RFC 4180 CSV (the same dialect the FAQ importer reads; formula-safe cells), or JSON; oldest first. */
export function formatFeedback(rows: readonly SuggestionFeedback[], format: 'csv' | 'json'): string {
  if (format === 'json') return JSON.stringify(rows.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() })), null, 2);
  const lines = rows.map((r) => COLUMNS.map((c) => csvCell(c === 'updatedAt' ? new Date(r.updatedAt).toISOString() : r[c])).join(','));
  return [COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
