// What the agent did with each suggestion, per call: helpful / not helpful, pinned, copied, expanded.
// Stored (redacted) by the call-data module, src/renderer/callData/.

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
