import { describe, expect, it } from 'vitest';
import { ALLOW_HEADER, edgeAnswer, errorResponseLine, MAX_SIP_MESSAGE_CHARS, screenWire, type RequestView } from './strayRequests';

const request = (method: string, more: Partial<RequestView> = {}): RequestView => ({ method, inDialog: false, body: '', ...more });

describe('edgeAnswer', () => {
  it('answers a method SIP does not define with 501, one the phone does not take with 405 and Allow', () => {
    expect(edgeAnswer(request('FOO'))).toEqual({ status: 501, reason: 'Not Implemented', headers: [ALLOW_HEADER], why: 'FOO is not a SIP method the phone knows' });
    for (const method of ['PUBLISH', 'MESSAGE', 'SUBSCRIBE', 'REGISTER', 'UPDATE']) {
      expect(edgeAnswer(request(method))).toMatchObject({ status: 405, reason: 'Method Not Allowed', headers: [ALLOW_HEADER] });
      expect(edgeAnswer(request(method, { inDialog: true }))?.status).toBe(405);
    }
    expect(edgeAnswer(request('MESSAGE'))?.why).toMatch(/shows no instant messages/);
  });

  it('lists only what the phone takes in Allow', () => {
    expect(ALLOW_HEADER).toBe('Allow: ACK, BYE, CANCEL, INFO, INVITE, NOTIFY, OPTIONS, PRACK, REFER');
  });

  it('answers OPTIONS with 200, Allow and Accept', () => {
    expect(edgeAnswer(request('OPTIONS'))).toEqual({
      status: 200,
      reason: 'OK',
      headers: [ALLOW_HEADER, 'Accept: application/sdp, application/dtmf-relay'],
      why: '',
    });
  });

  it('answers a NOTIFY or PRACK outside any dialog with 481', () => {
    const notify = edgeAnswer(request('NOTIFY', { event: 'message-summary', body: 'Messages-Waiting: ???' }));
    expect(notify).toMatchObject({ status: 481, reason: 'Subscription does not exist' });
    expect(notify?.why).toBe('unsolicited NOTIFY (Event: message-summary): the phone subscribes to nothing outside calls; body not read');
    expect(edgeAnswer(request('PRACK'))).toMatchObject({ status: 481, why: 'PRACK outside any call' });
  });

  it('leaves requests inside a dialog, and ordinary ones, to sip.js', () => {
    for (const method of ['BYE', 'INFO', 'NOTIFY', 'PRACK', 'INVITE', 'REFER', 'ACK']) expect(edgeAnswer(request(method, { inDialog: true }))).toBeNull();
    expect(edgeAnswer(request('INVITE'))).toBeNull(); // a late offer
    expect(edgeAnswer(request('BYE'))).toBeNull(); // sip.js answers 481 itself
  });

  it('refuses an INVITE whose offer the phone cannot take', () => {
    const plain = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 6000 RTP/AVP 0\r\n';
    expect(edgeAnswer(request('INVITE', { contentType: 'application/sdp', body: plain }))).toMatchObject({ status: 488, reason: 'Not Acceptable Here' });
  });
});

describe('screenWire', () => {
  const options = 'OPTIONS sip:abc@df.invalid;transport=ws SIP/2.0\r\nVia: SIP/2.0/WS x.invalid\r\n\r\n';
  it('passes SIP requests and responses', () => {
    expect(screenWire(options)).toEqual({ kind: 'request', method: 'OPTIONS' });
    expect(screenWire('SIP/2.0 200 OK\r\nCSeq: 1 REGISTER\r\n\r\n')).toEqual({ kind: 'response' });
  });

  it('names what is not SIP, truncated or oversized', () => {
    expect(screenWire('hello, this is not SIP')).toEqual({ kind: 'junk', why: 'not SIP (starts "hello, this is not SIP")' });
    expect(screenWire('\u0000\u00ff binary')).toEqual({ kind: 'junk', why: 'not SIP (starts "?? binary")' });
    expect(screenWire(options.slice(0, 60))).toEqual({ kind: 'junk', why: 'truncated SIP message: no end of headers (starts "OPTIONS sip:abc@df.invalid;transport=ws …")' });
    const huge = options + 'x'.repeat(MAX_SIP_MESSAGE_CHARS);
    expect(screenWire(huge)).toMatchObject({ kind: 'junk', why: expect.stringMatching(/^oversized: 65613 characters, more than 65535/) });
  });
});

describe('errorResponseLine', () => {
  const response = (status: string) =>
    `SIP/2.0 ${status}\r\nVia: SIP/2.0/WS x.invalid\r\nFrom: "Caller" <sip:1006@127.0.0.1>;tag=a\r\nTo: <sip:1001@127.0.0.1>;tag=b\r\nCSeq: 1 BYE\r\n\r\n`;
  it('names the method, the sender and the answer, with the reason when the edge gave one', () => {
    expect(errorResponseLine(response('481 Call/Transaction Does Not Exist'))).toBe('answered BYE from sip:1006@127.0.0.1 with 481 Call/Transaction Does Not Exist');
    expect(errorResponseLine(response('405 Method Not Allowed'), 'because')).toBe('answered BYE from sip:1006@127.0.0.1 with 405 Method Not Allowed: because');
  });
  it('ignores requests and answers that are not errors', () => {
    expect(errorResponseLine(response('200 OK'))).toBeNull();
    expect(errorResponseLine(response('180 Ringing'))).toBeNull();
    expect(errorResponseLine('BYE sip:x SIP/2.0\r\n\r\n')).toBeNull();
  });
});
