// The current call's suggestion feedback, mirrored from IndexedDB so the panel shows pressed/pinned
// state. Every action writes through to the database at once: nothing is lost if the app closes.
import { create } from 'zustand';
import type { Article } from '../kb/types';
import { FeedbackDb, feedbackForCall, formatFeedback, NO_CALL, type SuggestionFeedback, type Vote } from './feedbackDb';

export interface FeedbackState {
  callId: string;
  /** By article id, for the current call. */
  items: Record<string, SuggestionFeedback>;
  /** Pinned articles stay at the top of Suggestions for the rest of the call. */
  pinned: Article[];
  setCall(callId: string | null): Promise<void>;
  vote(article: Article, query: string, vote: Vote): Promise<void>;
  togglePin(article: Article, query: string): Promise<void>;
  copied(article: Article, query: string): Promise<void>;
  expanded(article: Article, query: string, open: boolean): Promise<void>;
  /** Every call's feedback, oldest first. */
  exportAll(format: 'csv' | 'json'): Promise<string>;
}

export function createFeedbackStore(db: FeedbackDb = new FeedbackDb()) {
  return create<FeedbackState>()((set, get) => {
    const update = async (article: Article, query: string, change: (f: SuggestionFeedback) => Partial<SuggestionFeedback>) => {
      const { callId } = get();
      const current = get().items[article.id] ?? { callId, articleId: article.id, title: article.title, query, vote: null, pinned: false, copied: 0, expanded: false, updatedAt: 0 };
      const next: SuggestionFeedback = { ...current, query: query || current.query, ...change(current), updatedAt: Date.now() };
      await db.feedback.put(next);
      if (get().callId !== callId) return; // the call changed while writing
      set((s) => ({
        items: { ...s.items, [article.id]: next },
        pinned: next.pinned ? (s.pinned.some((a) => a.id === article.id) ? s.pinned : [...s.pinned, article]) : s.pinned.filter((a) => a.id !== article.id),
      }));
    };
    return {
      callId: NO_CALL,
      items: {},
      pinned: [],
      setCall: async (id) => {
        const callId = id ?? NO_CALL;
        if (callId === get().callId && Object.keys(get().items).length) return;
        set({ callId, items: {}, pinned: [] });
        const rows = await feedbackForCall(db, callId);
        if (get().callId === callId) set({ items: Object.fromEntries(rows.map((r) => [r.articleId, r])) });
      },
      vote: (article, query, vote) => update(article, query, (f) => ({ vote: f.vote === vote ? null : vote })),
      togglePin: (article, query) => update(article, query, (f) => ({ pinned: !f.pinned })),
      copied: (article, query) => update(article, query, (f) => ({ copied: f.copied + 1 })),
      expanded: (article, query, open) => update(article, query, (f) => ({ expanded: f.expanded || open })),
      exportAll: async (format) => formatFeedback(await db.feedback.orderBy('updatedAt').toArray(), format),
    };
  });
}
