// One draft answer: the top articles -> prompt (question redacted) -> streamed completion -> checked
// against the articles sent. Nothing is sent when no article matched: there is nothing to ground on.
import type { AssistSettings } from '../../../shared/settings/schema';
import type { Article } from '../kb/types';
import { LlmError, streamChatCompletion } from './llmClient';
import { buildPrompt, checkCitations, isNoAnswer, mayBecomeNoAnswer } from './prompt';

export type DraftOutcome =
  | { kind: 'answer'; text: string; cited: string[]; unknown: string[]; firstTokenMs: number | null; totalMs: number }
  | { kind: 'no-answer'; reason: 'no-articles' | 'model' }
  | { kind: 'error'; error: LlmError };

export interface DraftRequest {
  question: string;
  /** The top retrieved articles, best first: the only ones the draft may use. */
  articles: readonly Article[];
  settings: Pick<AssistSettings, 'llmEndpoint' | 'llmModel' | 'llmKeyHeader' | 'llmTimeoutSec'>;
  apiKey: string | null;
  language: 'en' | 'zh-CN';
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** The text to show so far (held back while it could still turn out to be the "no answer" sentinel). */
  onText?(visible: string): void;
}

/** The vault entry for the key of an LLM server: bound to its origin, so a changed URL never gets it. */
export function llmKeyId(endpoint: string): string {
  return `assist-llm:${new URL(endpoint).origin}`;
}

export async function draftAnswer(r: DraftRequest): Promise<DraftOutcome> {
  if (r.articles.length === 0) return { kind: 'no-answer', reason: 'no-articles' };
  const prompt = buildPrompt(r.question, r.articles, { language: r.language });
  try {
    const result = await streamChatCompletion(
      {
        url: r.settings.llmEndpoint,
        model: r.settings.llmModel,
        apiKey: r.apiKey,
        keyHeader: r.settings.llmKeyHeader,
        messages: prompt.messages,
        timeoutMs: r.settings.llmTimeoutSec * 1000,
        signal: r.signal,
        fetch: r.fetch,
      },
      (soFar) => {
        if (!mayBecomeNoAnswer(soFar)) r.onText?.(soFar);
      },
    );
    if (isNoAnswer(result.text) || result.text.trim() === '') return { kind: 'no-answer', reason: 'model' };
    const checked = checkCitations(result.text, prompt.articleIds);
    return { kind: 'answer', ...checked, firstTokenMs: result.firstTokenMs, totalMs: result.totalMs };
  } catch (e) {
    return { kind: 'error', error: e instanceof LlmError ? e : new LlmError('network', e instanceof Error ? e.message : String(e)) };
  }
}
