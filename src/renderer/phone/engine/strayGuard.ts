// The phone's edge on the wire: sits between sip.js's WebSocket transport and its user agent core.
// Drops what is not SIP (with a log line naming it), answers the requests strayRequests.ts decides on
// before sip.js sees them, logs every error response the phone sends (sip.js's own 481s included), and
// keeps an exception thrown inside sip.js from escaping into the page as an uncaught error.
import { Core, UserAgentState, type UserAgent } from 'sip.js';
import { edgeAnswer, errorResponseLine, screenWire } from './strayRequests';

export type PhoneLog = (line: string) => void;

export const consoleLog: PhoneLog = (line) => console.warn(`Switchboard phone: ${line}`);

/** Installs the edge on a user agent's transport; call once, right after `new UserAgent(…)`. */
export function guardSipEdge(ua: UserAgent, server: string, log: PhoneLog = consoleLog): void {
  const transport = ua.transport;
  const toCore = transport.onMessage;
  const send = transport.send.bind(transport);
  const parserLog = ua.getLogger('sip.Parser');
  let why = '';

  transport.send = (message: string) => {
    const line = errorResponseLine(message, why);
    if (line) log(line);
    return send(message);
  };

  const answer = (request: Core.IncomingRequestMessage, status: number, reason: string, headers: string[], because: string) => {
    why = because;
    try {
      ua.userAgentCore.replyStateless(request, { statusCode: status, reasonPhrase: reason, extraHeaders: headers });
    } finally {
      why = '';
    }
  };

  transport.onMessage = (data: string) => {
    const wire = screenWire(data);
    if (wire.kind === 'junk') return log(`dropped a WebSocket message from ${server}: ${wire.why}`);
    const message = wire.kind === 'request' ? Core.Parser.parseMessage(data, parserLog) : undefined;
    // A stopped user agent drops requests (sip.js): so does its edge.
    if (message instanceof Core.IncomingRequestMessage && hasMandatoryHeaders(message) && ua.state !== UserAgentState.Stopped) {
      const edge = edgeAnswer({
        method: message.method,
        inDialog: Boolean(message.toTag),
        contentType: message.getHeader('Content-Type'),
        contentDisposition: message.getHeader('Content-Disposition'),
        event: message.getHeader('Event'),
        body: message.body ?? '',
      });
      if (edge) return answer(message, edge.status, edge.reason, edge.headers, edge.why);
    }
    try {
      toCore?.(data);
    } catch (e) {
      // sip.js's transport would rethrow this into the page. A request it left unanswered gets 500.
      const error = e instanceof Error ? e.message : String(e);
      log(`sip.js failed on a message from ${server}: ${error}`);
      if (message instanceof Core.IncomingRequestMessage && message.method !== 'ACK' && !ua.userAgentCore.userAgentServers.has(message.viaBranch)) {
        answer(message, 500, 'Server Internal Error', [], `sip.js failed: ${error}`);
      }
    }
  };
}

/** sip.js drops requests without these (RFC 3261 8.1.1); the edge cannot answer them either. */
function hasMandatoryHeaders(m: Core.IncomingRequestMessage): boolean {
  return ['from', 'to', 'call_id', 'cseq', 'via'].every((h) => m.hasHeader(h));
}
