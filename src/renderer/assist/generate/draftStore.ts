// The draft answer shown in Suggestions: one at a time, cancellable. Holds plain text and ids only;
// the API key is read from the vault for each request and never kept here.
import { create } from 'zustand';
import { useSettings } from '../../settings/store';
import type { Article } from '../kb/types';
import { draftAnswer } from './draftAnswer';
import type { LlmErrorKind } from './llmClient';
import { readLlmKey } from './llmKey';

export interface DraftState {
  status: 'idle' | 'streaming' | 'answer' | 'no-answer' | 'error';
  question: string;
  /** Streamed text while drafting; the checked answer when done; empty otherwise. */
  text: string;
  /** The articles sent with the question, for naming the cited ones. */
  articles: Pick<Article, 'id' | 'title'>[];
  cited: string[];
  unknown: string[];
  error: { kind: LlmErrorKind; message: string } | null;
  firstTokenMs: number | null;
  draft(question: string, articles: readonly Article[]): Promise<void>;
  cancel(): void;
  reset(): void;
}

let controller: AbortController | null = null;
const empty = (): Omit<DraftState, 'draft' | 'cancel' | 'reset'> => ({ status: 'idle', question: '', text: '', articles: [], cited: [], unknown: [], error: null, firstTokenMs: null });

export const useDraft = create<DraftState>()((set) => ({
  ...empty(),
  draft: async (question, articles) => {
    controller?.abort();
    const mine = (controller = new AbortController());
    const effective = useSettings.getState().snapshot?.effective;
    if (!effective) return;
    const settings = effective.assist;
    set({ ...empty(), status: 'streaming', question, articles: articles.map(({ id, title }) => ({ id, title })) });
    const apiKey = await readLlmKey(settings.llmEndpoint);
    const out = await draftAnswer({
      question,
      articles,
      settings,
      apiKey,
      language: effective.language,
      signal: mine.signal,
      onText: (text) => controller === mine && set({ text }),
    });
    if (controller !== mine) return; // a newer draft replaced this one
    controller = null;
    if (out.kind === 'answer') set({ status: 'answer', text: out.text, cited: out.cited, unknown: out.unknown, firstTokenMs: out.firstTokenMs });
    else if (out.kind === 'no-answer') set({ status: 'no-answer', text: '' });
    // Partial text is withdrawn: an interrupted draft is not an answer.
    else set({ status: 'error', text: '', error: { kind: out.error.kind, message: out.error.message } });
  },
  cancel: () => controller?.abort(),
  reset: () => {
    controller?.abort();
    controller = null;
    set(empty());
  },
}));
