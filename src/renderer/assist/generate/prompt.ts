// The prompt for a draft answer: grounded only on the retrieved articles, each cited by its id, with
// one exact sentinel for "the articles do not answer this". What the customer said is redacted here,
// on this machine, before it is sent; the articles are the company's own text and are sent as they are.
import type { CountryCode } from 'libphonenumber-js/min';
import { redact } from '../../../shared/privacy/redact';
import type { Article } from '../kb/types';

export const NO_ANSWER = 'NO_ANSWER_IN_KNOWLEDGE_BASE';
/** Articles longer than this are cut: the answer must come from what the model was shown. */
const MAX_ARTICLE_CHARS = 4000;

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface DraftPrompt {
  messages: ChatMessage[];
  /** The ids of the articles sent: the only ids a draft may cite. */
  articleIds: string[];
  /** How many personal-data items were masked in the question. */
  redacted: number;
}

export function buildPrompt(question: string, articles: readonly Article[], options: { language: 'en' | 'zh-CN'; country?: CountryCode }): DraftPrompt {
  const { text, found } = redact(question, { region: options.country });
  const system = [
    'You help a contact-centre agent answer a customer.',
    'Answer ONLY from the knowledge-base articles given by the user message. Do not use any other knowledge.',
    'After each sentence, cite the article it comes from by its id in square brackets, e.g. [refunds].',
    `If the articles do not contain the answer, reply with exactly ${NO_ANSWER} and nothing else.`,
    'Write two or three short sentences the agent can read out.',
    `Answer in ${options.language === 'zh-CN' ? 'Simplified Chinese' : 'English'}.`,
  ].join('\n');
  const body = articles
    .map((a) => `<article id="${a.id}">\nTitle: ${a.title}\n${a.body.length > MAX_ARTICLE_CHARS ? `${a.body.slice(0, MAX_ARTICLE_CHARS)}…` : a.body}\n</article>`)
    .join('\n\n');
  return {
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: `Knowledge-base articles:\n\n${body}\n\nCustomer's question: ${text}` },
    ],
    articleIds: articles.map((a) => a.id),
    redacted: found.length,
  };
}

export interface CheckedDraft {
  /** The draft with citations of articles that were not sent removed. */
  text: string;
  /** Ids cited that were among the articles sent, in order of first use. */
  cited: string[];
  /** Ids cited that were NOT sent: invented by the model, dropped from the text and flagged. */
  unknown: string[];
}

const CITATION = /\s*\[([^\][\n]{1,120})\]/g;

/** Keeps the citations of articles that were sent, drops (and reports) the rest. */
export function checkCitations(draft: string, sentIds: readonly string[]): CheckedDraft {
  const sent = new Set(sentIds);
  const cited: string[] = [];
  const unknown: string[] = [];
  const text = draft.replace(CITATION, (whole, inner: string) => {
    const ids = inner.split(/[,，;]\s*/).map((s) => s.trim()).filter(Boolean);
    const good = ids.filter((id) => sent.has(id));
    for (const id of ids) {
      const list = sent.has(id) ? cited : unknown;
      if (!list.includes(id)) list.push(id);
    }
    return good.length ? whole.replace(`[${inner}]`, `[${good.join(', ')}]`) : '';
  });
  return { text: text.trim(), cited, unknown };
}

/** True when the model said the articles do not answer (tolerating quotes, spaces and a full stop). */
export function isNoAnswer(draft: string): boolean {
  return draft.includes(NO_ANSWER);
}

/** While streaming: the text so far might still become the sentinel, so it must not be shown yet. */
export function mayBecomeNoAnswer(soFar: string): boolean {
  const t = soFar.replace(/^[\s"'`*]+/, '');
  return t.length < NO_ANSWER.length ? NO_ANSWER.startsWith(t) : t.startsWith(NO_ANSWER);
}
