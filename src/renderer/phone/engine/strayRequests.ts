// What the phone answers, at its edge, to SIP it does not take: methods it does not implement, requests
// outside any dialog that only make sense inside one, and call offers it cannot take. Answered before
// sip.js sees them, because sip.js 0.21 answers some of them wrongly (405 for a method it does not know,
// 200 for a MESSAGE nobody will read) or throws on them (a PRACK outside a dialog). Pure: the request's
// plain parts in, an answer or null (let sip.js handle it) out. strayGuard.ts does the wiring.
import { checkOffer } from './offerCheck';

/** The methods the phone takes (its Allow header). PRACK: sip.js takes it inside a call. */
export const PHONE_METHODS = ['ACK', 'BYE', 'CANCEL', 'INFO', 'INVITE', 'NOTIFY', 'OPTIONS', 'PRACK', 'REFER'] as const;

/** Methods standardised for SIP (IANA "Methods and Response Codes"): the ones the phone knows of. */
const SIP_METHODS = new Set([...PHONE_METHODS, 'MESSAGE', 'PUBLISH', 'REGISTER', 'SUBSCRIBE', 'UPDATE']);

/** Body types the phone reads: session descriptions, and DTMF in INFO. */
const ACCEPT = 'application/sdp, application/dtmf-relay';

/** Why the phone does not take a method it knows, for the log. */
const NOT_TAKEN: Record<string, string> = {
  MESSAGE: 'the phone shows no instant messages, so it must not claim one was delivered (RFC 3428)',
  PUBLISH: 'the phone publishes no event state',
  REGISTER: 'the phone is not a registrar',
  SUBSCRIBE: 'the phone offers no event subscriptions',
  UPDATE: 'the phone does not implement UPDATE (RFC 3311)',
};

export interface RequestView {
  method: string;
  /** True when the To header has a tag: the request claims to belong to a dialog. */
  inDialog: boolean;
  contentType?: string;
  contentDisposition?: string;
  /** Event header (NOTIFY). */
  event?: string;
  body: string;
}

export interface EdgeAnswer {
  status: number;
  reason: string;
  headers: string[];
  /** Why, in plain words, for the log; empty for an answer that refuses nothing. */
  why: string;
}

export const ALLOW_HEADER = `Allow: ${PHONE_METHODS.join(', ')}`;

/** The answer the phone gives itself, or null to let sip.js handle the request. */
export function edgeAnswer(r: RequestView): EdgeAnswer | null {
  const method = r.method.toUpperCase();
  // RFC 3261 8.2.1 and 21.5.2: 405 (with Allow) for a method the UAS knows but does not support, 501 for
  // one it does not know at all. sip.js answers 405 to both, with an Allow that lists MESSAGE.
  if (!SIP_METHODS.has(method)) {
    return { status: 501, reason: 'Not Implemented', headers: [ALLOW_HEADER], why: `${method} is not a SIP method the phone knows` };
  }
  if (!(PHONE_METHODS as readonly string[]).includes(method)) {
    return { status: 405, reason: 'Method Not Allowed', headers: [ALLOW_HEADER], why: NOT_TAKEN[method] ?? `the phone does not take ${method}` };
  }
  if (r.inDialog) return null; // sip.js matches dialogs, and answers 481 when there is none
  switch (method) {
    case 'OPTIONS':
      // RFC 3261 11.2: what an INVITE would get (200 while registered), with the phone's own Allow.
      return { status: 200, reason: 'OK', headers: [ALLOW_HEADER, `Accept: ${ACCEPT}`], why: '' };
    case 'NOTIFY':
      // RFC 6665 3.2 / 4.1.3: a NOTIFY for no subscription gets 481; its body is never read.
      return { status: 481, reason: 'Subscription does not exist', headers: [], why: `unsolicited NOTIFY (Event: ${r.event || 'none'}): the phone subscribes to nothing outside calls; body not read` };
    case 'PRACK':
      // RFC 3262 3: a PRACK that matches no reliable provisional response gets 481 (sip.js throws).
      return { status: 481, reason: 'Call/Transaction Does Not Exist', headers: [], why: 'PRACK outside any call' };
    case 'INVITE': {
      const refusal = checkOffer({ contentType: r.contentType, contentDisposition: r.contentDisposition, body: r.body });
      return refusal && { status: refusal.status, reason: refusal.reason, headers: refusal.headers, why: refusal.why };
    }
    default:
      return null;
  }
}

/** The largest SIP message the phone reads: 65,535, as Kamailio (its BUF_SIZE) and UDP allow. */
export const MAX_SIP_MESSAGE_CHARS = 65_535;

export type WireMessage =
  | { kind: 'request'; method: string }
  | { kind: 'response' }
  | { kind: 'junk'; why: string };

/**
 * What came over the WebSocket, from its start line, before sip.js parses it: anything that is not a
 * SIP message (or is too big to be one) is dropped with the reason, where sip.js would only say
 * "Failed to parse incoming message".
 */
export function screenWire(data: string): WireMessage {
  if (data.length > MAX_SIP_MESSAGE_CHARS) {
    return { kind: 'junk', why: `oversized: ${data.length} characters, more than ${MAX_SIP_MESSAGE_CHARS} (starts "${preview(data)}")` };
  }
  const end = data.indexOf('\r\n');
  const startLine = end < 0 ? data : data.slice(0, end);
  const request = /^([A-Za-z!%*_+`'~.-]+) \S+ SIP\/2\.0$/.exec(startLine);
  const response = /^SIP\/2\.0 \d{3} /.test(startLine);
  if (!request && !response) return { kind: 'junk', why: `not SIP (starts "${preview(data)}")` };
  if (!/\r\n\r\n/.test(data)) return { kind: 'junk', why: `truncated SIP message: no end of headers (starts "${preview(data)}")` };
  return request ? { kind: 'request', method: request[1]!.toUpperCase() } : { kind: 'response' };
}

/**
 * A log line for an error response the phone sends ("answered BYE from sip:1006@pbx with 481 …"), or
 * null for anything else. `why` is the edge's reason when it answered itself.
 */
export function errorResponseLine(response: string, why = ''): string | null {
  const status = /^SIP\/2\.0 (\d{3}) ?([^\r\n]*)/.exec(response);
  if (!status || Number(status[1]) < 400) return null;
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(response)?.[1]?.trim() ?? '';
  const method = /^\d+\s+(\S+)/.exec(header('CSeq'))?.[1] ?? '?';
  const from = /<([^>]*)>/.exec(header('From'))?.[1] ?? header('From').split(';')[0];
  return `answered ${method} from ${from || 'unknown'} with ${status[1]} ${status[2]}${why ? `: ${why}` : ''}`;
}

function preview(data: string): string {
  const text = data.slice(0, 40).replace(/[^\x20-\x7e]/g, '?');
  return data.length > 40 ? `${text}…` : text;
}
