import { describe, expect, it } from 'vitest';
import { Core, Grammar } from 'sip.js';
import { grantedExpiry, isAuthFailure } from './registerResponse';

// A real 200 OK to REGISTER as Kamailio sends it (two bindings: another device's and ours).
const ok = (contacts: string, extra = '') =>
  Core.Parser.parseMessage(
    [
      'SIP/2.0 200 OK',
      'Via: SIP/2.0/WSS abc.invalid;branch=z9hG4bK1;rport=5000;received=127.0.0.1',
      'From: <sip:1001@127.0.0.1>;tag=a',
      'To: <sip:1001@127.0.0.1>;tag=b',
      'Call-ID: x',
      'CSeq: 2 REGISTER',
      contacts,
      extra,
      'Content-Length: 0',
      '',
      '',
    ].filter((l, i, all) => l !== '' || i >= all.length - 2).join('\r\n'),
    { error: () => undefined, warn: () => undefined, log: () => undefined, debug: () => undefined } as never,
  ) as Core.IncomingResponseMessage;

describe('grantedExpiry', () => {
  it('reads the expires of our own Contact, not another binding', () => {
    const m = ok('Contact: <sip:other@x.invalid;transport=ws>;expires=3600, <sip:k3j2h4@y.invalid;transport=ws>;expires=120');
    expect(grantedExpiry(m, 'k3j2h4', 300)).toBe(120);
  });
  it('falls back to the Expires header, then to what was asked', () => {
    expect(grantedExpiry(ok('Contact: <sip:other@x.invalid>;expires=3600', 'Expires: 90'), 'k3j2h4', 300)).toBe(90);
    expect(grantedExpiry(ok('Contact: <sip:other@x.invalid>'), 'k3j2h4', 300)).toBe(300);
  });
  it('is a parseable URI for Grammar (sanity of the fixture)', () => {
    expect(Grammar.URIParse('sip:k3j2h4@y.invalid;transport=ws')?.user).toBe('k3j2h4');
  });
});

describe('isAuthFailure', () => {
  it('does not retry rejections only the agent can fix', () => {
    expect([401, 403, 404, 407].every(isAuthFailure)).toBe(true);
    expect([408, 480, 500, 503, 504].some(isAuthFailure)).toBe(false);
  });
});
