// What a wrap-up needs from a call while it runs: its final utterances (from the transcript boundary)
// and the knowledge-base articles suggested for it (read from agent assist, never written).
import type { Utterance } from '../voice/transcript';
import type { CallDigest, SuggestedArticle } from './types';

/** Calls whose log is kept at once (live lines plus a held one and some margin). */
const KEEP_CALLS = 6;

interface Entry {
  utterances: CallDigest['utterances'];
  articles: Map<string, SuggestedArticle>;
}

export class CallLog {
  private calls = new Map<string, Entry>();
  /** Suggestions follow what the customer said last: they belong to that call. */
  private lastCustomerCall: string | null = null;

  heard(u: Utterance): void {
    if (u.speaker === 'customer') this.lastCustomerCall = u.callId;
    if (!u.final || !u.text.trim()) return;
    this.entry(u.callId).utterances.push({ speaker: u.speaker, text: u.text.trim(), atMs: u.atMs });
  }

  suggested(articles: SuggestedArticle[], callId = this.lastCustomerCall): void {
    if (!callId) return;
    const known = this.entry(callId).articles;
    for (const a of articles) {
      const before = known.get(a.id);
      if (!before || before.confidence < a.confidence) known.set(a.id, a);
    }
  }

  /** The call's log, removed: a wrap-up is drafted once. */
  take(callId: string): Pick<CallDigest, 'utterances' | 'articles'> {
    const e = this.calls.get(callId);
    this.calls.delete(callId);
    return { utterances: e?.utterances ?? [], articles: [...(e?.articles.values() ?? [])] };
  }

  private entry(callId: string): Entry {
    let e = this.calls.get(callId);
    if (!e) {
      e = { utterances: [], articles: new Map() };
      this.calls.set(callId, e);
      if (this.calls.size > KEEP_CALLS) this.calls.delete(this.calls.keys().next().value!);
    }
    return e;
  }
}
