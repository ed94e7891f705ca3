// The edge on a real sip.js user agent; only the WebSocket is a fake (a wire the test writes to and reads).
import { expect, test, vi } from 'vitest';
import { EmitterImpl, TransportState, UserAgent, type Transport } from 'sip.js';
import { guardSipEdge } from './strayGuard';

class FakeWire implements Transport {
  static last: FakeWire;
  readonly protocol = 'WS';
  state = TransportState.Connected;
  readonly stateChange = new EmitterImpl<TransportState>();
  onConnect: (() => void) | undefined;
  onDisconnect: ((error?: Error) => void) | undefined;
  onMessage: ((message: string) => void) | undefined;
  readonly sent: string[] = [];
  constructor() {
    FakeWire.last = this;
  }
  connect = () => Promise.resolve();
  disconnect = () => Promise.resolve();
  dispose = () => Promise.resolve();
  isConnected = () => true;
  send(message: string) {
    this.sent.push(message);
    return Promise.resolve();
  }
}

async function phone(delegate: UserAgent['delegate'] = {}) {
  const ua = new UserAgent({ uri: UserAgent.makeURI('sip:1001@127.0.0.1'), transportConstructor: FakeWire, logBuiltinEnabled: false, delegate });
  const wire = FakeWire.last;
  const log = vi.fn<(line: string) => void>();
  guardSipEdge(ua, 'ws://pbx.test/ws', log);
  await ua.start(); // a stopped user agent drops requests, and so does its edge
  const deliver = (text: string) => wire.onMessage!(text);
  const lastResponse = () => wire.sent[wire.sent.length - 1] ?? '';
  return { ua, wire, log, deliver, lastResponse };
}

const request = (method: string, o: { toTag?: string; headers?: string[]; body?: string } = {}) =>
  [
    `${method} sip:1001@127.0.0.1 SIP/2.0`,
    'Via: SIP/2.0/WS pbx.test;branch=z9hG4bK' + Math.random().toString(36).slice(2),
    'Max-Forwards: 70',
    'From: <sip:1005@127.0.0.1>;tag=caller',
    `To: <sip:1001@127.0.0.1>${o.toTag ? `;tag=${o.toTag}` : ''}`,
    `Call-ID: ${Math.random().toString(36).slice(2)}`,
    `CSeq: 1 ${method}`,
    ...(o.headers ?? []),
    `Content-Length: ${new TextEncoder().encode(o.body ?? '').length}`,
    '',
    o.body ?? '',
  ].join('\r\n');

test('a PRACK outside any call gets 481 (sip.js alone throws and never answers)', async () => {
  const { deliver, lastResponse, log } = await phone();
  expect(() => deliver(request('PRACK', { headers: ['RAck: 1 1 INVITE'] }))).not.toThrow();
  expect(lastResponse()).toMatch(/^SIP\/2\.0 481 Call\/Transaction Does Not Exist\r\n/);
  expect(log).toHaveBeenCalledWith('answered PRACK from sip:1005@127.0.0.1 with 481 Call/Transaction Does Not Exist: PRACK outside any call');
});

test('an unknown method gets 501 and a MESSAGE 405, both with the Allow the phone means', async () => {
  const { deliver, lastResponse } = await phone();
  deliver(request('FOO'));
  expect(lastResponse()).toMatch(/^SIP\/2\.0 501 Not Implemented\r\n[\s\S]*\r\nAllow: ACK, BYE, CANCEL, INFO, INVITE, NOTIFY, OPTIONS, PRACK, REFER\r\n/);
  deliver(request('MESSAGE', { headers: ['Content-Type: text/plain'], body: 'hello' }));
  expect(lastResponse()).toMatch(/^SIP\/2\.0 405 Method Not Allowed\r\n[\s\S]*\r\nAllow: ACK, BYE/);
});

test('an INVITE with plain RTP/AVP gets 488 with a Warning and never reaches the phone', async () => {
  const onInvite = vi.fn();
  const { deliver, lastResponse, log } = await phone({ onInvite });
  const sdp = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 6000 RTP/AVP 0\r\n';
  deliver(request('INVITE', { headers: ['Contact: <sip:1005@127.0.0.1:5062>', 'Content-Type: application/sdp'], body: sdp }));
  expect(lastResponse()).toMatch(/^SIP\/2\.0 488 Not Acceptable Here\r\n/);
  expect(lastResponse()).toContain('\r\nWarning: 302 switchboard "Incompatible transport protocol: the audio stream (RTP/AVP) has no DTLS fingerprint');
  expect(onInvite).not.toHaveBeenCalled();
  expect(log.mock.calls[0]?.[0]).toMatch(/^answered INVITE from sip:1005@127\.0\.0\.1 with 488 Not Acceptable Here: the audio stream/);
});

test("sip.js's own refusals are logged too: a BYE for a dialog that does not exist gets its 481", async () => {
  const { deliver, lastResponse, log } = await phone();
  deliver(request('BYE', { toTag: 'no-such-dialog' }));
  expect(lastResponse()).toMatch(/^SIP\/2\.0 481 /);
  expect(log).toHaveBeenCalledWith('answered BYE from sip:1005@127.0.0.1 with 481 Call/Transaction Does Not Exist');
});

test('what is not SIP is dropped with a log line, and nothing is sent', async () => {
  const { deliver, wire, log } = await phone();
  deliver('GET / HTTP/1.1\r\n\r\n');
  expect(wire.sent).toEqual([]);
  expect(log).toHaveBeenCalledWith('dropped a WebSocket message from ws://pbx.test/ws: not SIP (starts "GET / HTTP/1.1????")');
});

test('an exception inside sip.js is logged instead of escaping into the page', async () => {
  const { deliver, log } = await phone({
    onReferRequest: () => {
      throw new Error('delegate failed');
    },
  });
  expect(() => deliver(request('REFER', { headers: ['Refer-To: <sip:1002@127.0.0.1>', 'Contact: <sip:1005@127.0.0.1:5062>'] }))).not.toThrow();
  expect(log).toHaveBeenCalledWith('sip.js failed on a message from ws://pbx.test/ws: delegate failed');
});
