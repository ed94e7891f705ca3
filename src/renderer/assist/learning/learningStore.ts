// Learning from agents, on the device: the phrasings agents confirmed, mirrored from IndexedDB for the
// search worker and the assist panel. The suggestion feedback store (assist/feedback/) reports each
// Helpful, Copy, Pin and Not helpful here; every write goes through the call-data module, which masks
// what the customer said before it is stored. With learning off (setting or policy assist.learning)
// nothing is recorded, and the search is given nothing (learnedFor).
import { create } from 'zustand';
import type { Article } from '../kb/types';
import { exportPhrasings, type CallData, type ExportFile, type StoredPhrasing } from '../../callData';
import type { LearnedPhrasing } from '../search/phrasingIndex';
import { beyondCap, confirmed, confirmedByOwner, fullyConfirmed, learnedPhrasings, normalisePhrasing, rejected } from './phrasing';

export interface LearningState {
  /** Every stored phrasing (masked), oldest first. */
  phrasings: StoredPhrasing[];
  /** The last write or read that failed, for the panel; null when the last one worked. */
  error: string | null;
  load(): Promise<void>;
  /** Helpful, Copy or Pin on `article` for the question `said`, in call `callId`. */
  confirm(article: Article, said: string, callId: string, callNumber?: string): Promise<void>;
  /** Not helpful. */
  reject(article: Article, said: string, callId: string, callNumber?: string): Promise<void>;
  /** The knowledge-base owner confirms a phrasing: it counts fully at once. */
  confirmByOwner(articleId: string, said: string): Promise<void>;
  /** "Reset learning": every phrasing deleted. */
  reset(): Promise<void>;
  /** "Export confirmed phrasings"; `articles` gives the knowledge base's articles with these ids. */
  exportConfirmed(articles: (ids: string[]) => Promise<Article[]>): Promise<ExportFile>;
}

/** What search should use now: nothing when learning is off. */
export function learnedFor(s: Pick<LearningState, 'phrasings'>, enabled: boolean): LearnedPhrasing[] {
  return enabled ? learnedPhrasings(s.phrasings) : [];
}

export function createLearningStore(data: CallData, enabled: () => boolean) {
  return create<LearningState>()((set, get) => {
    const reload = async () => set({ phrasings: await data.allPhrasings(), error: null });
    const write = async (articleId: string, said: string, callNumber: string | undefined, change: (p: StoredPhrasing | undefined, text: string) => ReturnType<typeof confirmed>) => {
      const normalised = normalisePhrasing(said);
      if (!enabled() || !normalised) return;
      try {
        await data.updatePhrasing({ articleId, said: normalised }, change, callNumber, (rows) => beyondCap(rows));
        await reload();
      } catch (e) {
        set({ error: e instanceof Error ? e.message : String(e) });
      }
    };
    return {
      phrasings: [],
      error: null,
      load: () => reload().catch((e: unknown) => set({ error: e instanceof Error ? e.message : String(e) })),
      confirm: (article, said, callId, callNumber) => write(article.id, said, callNumber, (p, text) => confirmed(p, article.id, text, callId)),
      reject: (article, said, _callId, callNumber) => write(article.id, said, callNumber, (p, text) => rejected(p, article.id, text)),
      confirmByOwner: (articleId, said) => write(articleId, said, undefined, (p, text) => confirmedByOwner(p, articleId, text)),
      reset: async () => {
        await data.clearPhrasings();
        await reload();
      },
      exportConfirmed: async (articles) => {
        const rows = fullyConfirmed(get().phrasings);
        return exportPhrasings(rows, await articles([...new Set(rows.map((p) => p.articleId))]));
      },
    };
  });
}
