// Live call insights from the call's transcript: the customer's sentiment per final utterance and
// the script checklist ticked off by what the agent says. Per call, so a held call keeps its own.
import { create } from 'zustand';
import type { Utterance } from '../transcript/utterance';
import { DEFAULT_CHECKLIST, itemsSaid, type ChecklistItem } from './checklist/checklistProgress';
import { scoreSentiment } from './sentiment/sentiment';
import type { SentimentPoint } from './sentiment/trend';

export interface CallInsights {
  sentiment: SentimentPoint[];
  /** Checklist item id -> call time (ms) when the agent said it. */
  ticked: Record<string, number>;
}

export interface InsightsState {
  calls: Record<string, CallInsights>;
  checklist: ChecklistItem[];
  heard(u: Utterance): void;
  setChecklist(items: ChecklistItem[] | undefined): void;
  forget(callId: string): void;
}

/** Calls kept at once: the live ones plus a few just ended (their wrap-up reads them). */
const KEEP_CALLS = 6;

export function createInsightsStore() {
  return create<InsightsState>()((set, get) => ({
    calls: {},
    checklist: DEFAULT_CHECKLIST,
    heard: (u) => {
      // Sentiment waits for the final text; a checklist phrase can tick as soon as interim text has it.
      if (!u.text.trim() || (!u.final && u.speaker === 'customer')) return;
      const current = get().calls[u.callId] ?? { sentiment: [], ticked: {} };
      let next = current;
      if (u.speaker === 'customer') {
        next = { ...current, sentiment: [...current.sentiment, { atMs: u.atMs, score: scoreSentiment(u.text).score }] };
      } else {
        const fresh = itemsSaid(get().checklist, u.text).filter((id) => current.ticked[id] === undefined);
        if (fresh.length === 0 && get().calls[u.callId]) return;
        next = { ...current, ticked: { ...current.ticked, ...Object.fromEntries(fresh.map((id) => [id, u.atMs])) } };
      }
      const others = Object.entries(get().calls).filter(([id]) => id !== u.callId).slice(-(KEEP_CALLS - 1));
      set({ calls: { ...Object.fromEntries(others), [u.callId]: next } });
    },
    setChecklist: (items) => set({ checklist: items && items.length > 0 ? items : DEFAULT_CHECKLIST }),
    forget: (callId) => {
      const { [callId]: _gone, ...rest } = get().calls;
      set({ calls: rest });
    },
  }));
}
