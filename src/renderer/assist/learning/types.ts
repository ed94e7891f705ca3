// Learning from agents: what the customer said when an agent found a suggestion useful, kept as a
// phrasing of that article. Stored (redacted) by the call-data module, src/renderer/callData/.

export interface Phrasing {
  articleId: string;
  /** What was asked, normalised (phrasing.ts) and masked: with articleId, the row's key. */
  text: string;
  /** Helpful / Copy / Pin, counted once per call. */
  confirmations: number;
  /** Not helpful. */
  rejections: number;
  /** The knowledge-base owner confirmed it: full weight whatever the votes. */
  confirmedByOwner: boolean;
  /** The last call that confirmed it: another press in the same call is not an independent confirmation. */
  callId: string;
  updatedAt: number;
}
