// Redaction of call data before it is stored or exported, deny by default: every string anywhere in a
// value is masked (src/shared/privacy/redact.ts) unless its key is one of the few named in KEEP —
// identifiers, enumerations and the call's own identity. A field a later feature adds is therefore
// masked without anyone remembering to. Only this file makes Redacted values (the brand is private to
// it), and the call-data tables and exports accept nothing else.
import { redact } from '../../shared/privacy/redact';
import type { CallRecord } from '../history/types';
import type { SuggestionFeedback } from '../assist/feedback/types';

declare const redactedBrand: unique symbol;
/** A value whose free text has been through redactCallData(). */
export type Redacted<T> = T & { readonly [redactedBrand]: true };

type Item<T> = T extends readonly (infer U)[] ? U : T;
type Part<K extends keyof CallRecord> = Item<NonNullable<CallRecord[K]>>;
/** Every key in call data, so KEEP cannot name one that does not exist. */
type CallDataKey = keyof CallRecord | keyof SuggestionFeedback | keyof Part<'assistFeedback'> | keyof Part<'transcript'> | keyof Part<'wrapUp'> | keyof Part<'talk'> | keyof Item<NonNullable<CallRecord['talk']>['segments']>;

/** Strings kept as they are. Everything else that is text is masked. */
const KEEP: ReadonlySet<CallDataKey> = new Set<CallDataKey>([
  // Identifiers the app made or the knowledge base gave.
  'id', 'callId', 'articleId',
  // Enumerations.
  'direction', 'outcome', 'speaker', 'party', 'vote', 'draftedBy',
  // The call's identity from SIP: history shows it and "Call back" dials it.
  'peerUri', 'peerNumber', 'peerName',
  // Knowledge-base text the agent picked, not what anyone said on the call.
  'title', 'disposition',
]);

/** What redact() is told about a call: the agent's region (how national numbers are read) and the caller's number. */
export interface CallContext {
  region?: string;
  callNumber?: string;
}

export function callContext(region: string | undefined, callNumber: string | undefined): CallContext {
  return { ...(region ? { region } : {}), ...(callNumber ? { callNumber } : {}) };
}

function mask(value: unknown, context: CallContext, key: string | undefined): unknown {
  if (typeof value === 'string') return key !== undefined && KEEP.has(key as CallDataKey) ? value : redact(value, context).text;
  if (Array.isArray(value)) return value.map((v) => mask(v, context, key));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v, context, k)]));
  }
  return value; // numbers, booleans, null
}

/** A copy of call data with every free-text string masked. */
export function redactCallData<T extends object>(value: T, context: CallContext): Redacted<T> {
  return mask(value, context, undefined) as Redacted<T>;
}

/** One piece of free text from a call (e.g. for the clipboard), masked. */
export function redactCallText(text: string, context: CallContext): Redacted<string> {
  return redact(text, context).text as Redacted<string>;
}
