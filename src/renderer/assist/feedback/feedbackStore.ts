// The current call's suggestion feedback, mirrored from IndexedDB so the panel shows pressed/pinned
// state. Every action is written at once through the call-data module (redacted, in a transaction), and
// the panel changes only once the write has committed: nothing shown as done is lost if the app closes.
// Helpful, Copy and Pin confirm the question as a phrasing of the article, Not helpful lowers it: the
// learner (assist/learning/) is told once the feedback is stored.
import { create } from 'zustand';
import type { Article } from '../kb/types';
import { exportFeedback, type CallData, type ExportFile, type ExportFormat, type StoredFeedback } from '../../callData';
import { NO_CALL, type SuggestionFeedback, type Vote } from './types';

export interface FeedbackState {
  callId: string;
  /** The caller's number, so redaction knows it (none outside a call). */
  callNumber: string | undefined;
  /** By article id, for the current call, as stored. */
  items: Record<string, StoredFeedback>;
  /** Pinned articles stay at the top of Suggestions for the rest of the call. */
  pinned: Article[];
  setCall(callId: string | null, callNumber?: string): Promise<void>;
  vote(article: Article, query: string, vote: Vote): Promise<void>;
  togglePin(article: Article, query: string): Promise<void>;
  copied(article: Article, query: string): Promise<void>;
  expanded(article: Article, query: string, open: boolean): Promise<void>;
  /** Every call's feedback, oldest first. */
  exportAll(format: ExportFormat): Promise<ExportFile>;
}

/** Learning from agents (assist/learning/learningStore.ts): what the feedback tells it. */
export interface FeedbackLearner {
  confirm(article: Article, said: string, callId: string, callNumber?: string): Promise<void>;
  reject(article: Article, said: string, callId: string, callNumber?: string): Promise<void>;
}

export function createFeedbackStore(data: CallData, learner?: FeedbackLearner) {
  return create<FeedbackState>()((set, get) => {
    const update = async (article: Article, query: string, change: (f: SuggestionFeedback) => Partial<SuggestionFeedback>) => {
      const { callId, callNumber } = get();
      const fresh: SuggestionFeedback = { callId, articleId: article.id, title: article.title, query, vote: null, pinned: false, copied: 0, expanded: false, updatedAt: 0 };
      let before = fresh;
      // Changed from the row as stored, in the write's transaction: quick clicks do not undo each other.
      const next = (current: SuggestionFeedback = fresh): SuggestionFeedback => {
        before = current;
        return { ...current, query: query || current.query, ...change(current), updatedAt: Date.now() };
      };
      const stored = await data.updateFeedback(fresh, next, callNumber);
      if (learner && query.trim()) {
        // What the agent did now: the stored row before and after this action.
        if ((stored.vote === 'helpful' && before.vote !== 'helpful') || stored.copied > before.copied || (stored.pinned && !before.pinned)) await learner.confirm(article, query, callId, callNumber);
        else if (stored.vote === 'not-helpful' && before.vote !== 'not-helpful') await learner.reject(article, query, callId, callNumber);
      }
      if (get().callId !== callId) return; // the call changed while writing
      set((s) => ({
        items: { ...s.items, [article.id]: stored },
        pinned: stored.pinned ? (s.pinned.some((a) => a.id === article.id) ? s.pinned : [...s.pinned, article]) : s.pinned.filter((a) => a.id !== article.id),
      }));
    };
    return {
      callId: NO_CALL,
      callNumber: undefined,
      items: {},
      pinned: [],
      setCall: async (id, callNumber) => {
        const callId = id ?? NO_CALL;
        if (callId === get().callId && Object.keys(get().items).length) return;
        set({ callId, callNumber: id ? callNumber : undefined, items: {}, pinned: [] });
        const rows = await data.feedbackForCall(callId);
        if (get().callId === callId) set({ items: Object.fromEntries(rows.map((r) => [r.articleId, r])) });
      },
      vote: (article, query, vote) => update(article, query, (f) => ({ vote: f.vote === vote ? null : vote })),
      togglePin: (article, query) => update(article, query, (f) => ({ pinned: !f.pinned })),
      copied: (article, query) => update(article, query, (f) => ({ copied: f.copied + 1 })),
      expanded: (article, query, open) => update(article, query, (f) => ({ expanded: f.expanded || open })),
      exportAll: async (format) => exportFeedback(await data.allFeedback(), format),
    };
  });
}
