// The search box over call history: every word the agent types must match the peer's number or name,
// the outcome (in the agent's language or as stored) or the SIP code and reason. Not the SIP address:
// its host is the same for every call, so "127" or "pbx" would match them all.
import type { CallOutcome, CallRecord } from './types';

const normalise = (s: string) => s.toLocaleLowerCase().normalize('NFKC');

export function filterCalls<R extends CallRecord>(records: readonly R[], query: string, outcomeLabel: (o: CallOutcome) => string): R[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...records];
  return records.filter((r) => {
    const haystack = normalise([r.peerNumber, r.peerName, r.outcome, outcomeLabel(r.outcome), r.sipCode ?? '', r.reason ?? ''].join('\n'));
    return words.every((w) => haystack.includes(w));
  });
}
