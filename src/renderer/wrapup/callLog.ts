// What a wrap-up needs from a call besides its transcript (read from transcript/ when the call ends):
// the knowledge-base articles suggested for it (read from agent assist, never written).
import type { CallDigest, SuggestedArticle } from './types';

/** Calls whose log is kept at once (live lines plus a held one and some margin). */
const KEEP_CALLS = 6;

export class CallLog {
  private calls = new Map<string, Map<string, SuggestedArticle>>();

  suggested(callId: string, articles: SuggestedArticle[]): void {
    const known = this.entry(callId);
    for (const a of articles) {
      const before = known.get(a.id);
      if (!before || before.confidence < a.confidence) known.set(a.id, a);
    }
  }

  /** The call's log, removed: a wrap-up is drafted once. */
  take(callId: string): Pick<CallDigest, 'articles'> {
    const e = this.calls.get(callId);
    this.calls.delete(callId);
    return { articles: [...(e?.values() ?? [])] };
  }

  private entry(callId: string): Map<string, SuggestedArticle> {
    let e = this.calls.get(callId);
    if (!e) {
      e = new Map();
      this.calls.set(callId, e);
      if (this.calls.size > KEEP_CALLS) this.calls.delete(this.calls.keys().next().value!);
    }
    return e;
  }
}
