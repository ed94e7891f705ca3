// Wrap-up: what the agent files after a call. The draft is made on the device from the call's
// transcript and suggestions; a summariser is a seam, so an LLM summary can replace the on-device one
// without the panel or the call record changing.
import type { Utterance } from '../transcript/utterance';

/** A knowledge-base article suggested during the call, with the best confidence it reached. */
export interface SuggestedArticle {
  id: string;
  title: string;
  tags: string[];
  confidence: number;
}

/** Everything a summariser may read about a finished call. */
export interface CallDigest {
  callId: string;
  peer: string;
  direction: 'incoming' | 'outgoing' | 'demo';
  /** Final utterances, in order. */
  utterances: Pick<Utterance, 'speaker' | 'text' | 'atMs'>[];
  articles: SuggestedArticle[];
}

export type CallOutcomeGuess = 'resolved' | 'follow-up' | 'unresolved' | 'unclear';

export interface SummaryDraft {
  /** The first thing the customer asked for, in their words. */
  request: string | null;
  /** The best-matching knowledge-base article's title. */
  topic: string | null;
  /** What the agent said they would do or had done. */
  actions: string[];
  outcome: CallOutcomeGuess;
  /** Free text from a generative summariser; when present it is the draft as it stands. */
  text?: string;
}

/**
 * The seam for the summary: the on-device one is onDeviceSummariser; an LLM one implements the same and
 * is installed with setSummariser() (wrapup/index.ts). The digest holds the raw transcript: a summariser
 * that sends it anywhere must redact it first (src/shared/privacy/redact.ts). If it throws, the
 * on-device draft is used.
 */
export interface CallSummariser {
  /** Recorded with the wrap-up so a reviewer knows what wrote the draft. */
  readonly id: string;
  summarise(call: CallDigest): Promise<SummaryDraft>;
}

/** The wrap-up as saved with the call record (personal data redacted). */
export interface WrapUp {
  summary: string;
  /** A knowledge-base tag path such as "billing / refunds", or "other". */
  disposition: string;
  /** Which summariser wrote the draft, e.g. "on-device". */
  draftedBy: string;
  /** The agent changed the draft before saving. */
  edited: boolean;
  savedAt: number;
}
