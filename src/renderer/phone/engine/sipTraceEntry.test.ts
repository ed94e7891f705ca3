import { describe, expect, it } from 'vitest';
import { sipTraceEntry } from './connection';

describe('sipTraceEntry', () => {
  it('reads sent and received SIP messages from sip.js transport log lines', () => {
    const msg = 'REGISTER sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/WSS abc.invalid\r\n\r\n';
    expect(sipTraceEntry(`Sending WebSocket message:\n\n${msg}\n`, 5)).toEqual({ at: 5, direction: 'sent', text: msg });
    expect(sipTraceEntry(`Received WebSocket text message:\n\nSIP/2.0 200 OK\r\n\r\n\n`, 6)).toEqual({ at: 6, direction: 'received', text: 'SIP/2.0 200 OK\r\n\r\n' });
  });
  it('ignores every other log line', () => {
    expect(sipTraceEntry('Received WebSocket message with CRLF Keep Alive response')).toBeNull();
    expect(sipTraceEntry('WebSocket opened wss://pbx')).toBeNull();
  });
});
