import { describe, expect, it } from 'vitest';
import { redactSipMessage, redactText, withoutLiteral } from './redact';

// As sip.js 0.21 sends them to Kamailio (tests' PBX), with digest answers computed for 1001 / pw1001.
const REGISTER = [
  'REGISTER sip:127.0.0.1 SIP/2.0',
  'Via: SIP/2.0/WS hjgdubd95qj4.invalid;branch=z9hG4bK2201857',
  'To: <sip:1001@127.0.0.1>',
  'From: "Agent 1001" <sip:1001@127.0.0.1>;tag=o3ut85fqrk',
  'CSeq: 3 REGISTER',
  'Call-ID: cviqcn96spoecn4ildi3',
  'Max-Forwards: 70',
  'Authorization: Digest algorithm=MD5, username="1001", realm="127.0.0.1", nonce="Z2Y7lGdaqSoo3xT7YGcFRUhWxkSNBOHx", uri="sip:127.0.0.1", response="8d8715fd17a6344c8c21633e75059950", qop=auth, cnonce="6d1jfq0h", nc=00000001',
  'Contact: <sip:ff9lnvpi@hjgdubd95qj4.invalid;transport=ws>;expires=300',
  'Allow: ACK,CANCEL,INVITE,MESSAGE,BYE,OPTIONS,INFO,NOTIFY,REFER',
  'User-Agent: Switchboard/0.1.0',
  'Content-Length: 0',
  '',
  '',
].join('\r\n');

const CHALLENGE = [
  'SIP/2.0 401 Unauthorized',
  'Via: SIP/2.0/WS hjgdubd95qj4.invalid;branch=z9hG4bK8771786;rport=47428;received=127.0.0.1',
  'To: <sip:1001@127.0.0.1>;tag=888348398ee3a753334b946df3c2a55b.2b700000',
  'CSeq: 2 REGISTER',
  'WWW-Authenticate: Digest realm="127.0.0.1", nonce="Z2Y7lGdaqSoo3xT7YGcFRUhWxkSNBOHx", qop="auth"',
  'Content-Length: 0',
  '',
  '',
].join('\r\n');

const INVITE = [
  'INVITE sip:1002@127.0.0.1 SIP/2.0',
  'Via: SIP/2.0/WS hjgdubd95qj4.invalid;branch=z9hG4bK9981',
  'To: <sip:1002@127.0.0.1>',
  'From: "Agent 1001" <sip:1001@127.0.0.1>;tag=a1b2c3',
  'CSeq: 2 INVITE',
  'Proxy-Authorization: Digest algorithm=MD5, username="1001", realm="127.0.0.1", nonce="Z2Y7lGdaqSoo3xT7YGcFRUhWxkSNBOHx", uri="sip:1002@127.0.0.1", response="7478254ca3b932251bdf1f2ff0fc5a00", qop=auth, cnonce="k3c2ab7e", nc=00000001',
  'Content-Type: application/sdp',
  'Content-Length: 312',
  '',
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 0',
  'c=IN IP4 0.0.0.0',
  'a=ice-ufrag:EsAw',
  'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y',
  'a=fingerprint:sha-256 D2:FA:0E:C3:22:59:5E:14:95:69:92:3D:13:B4:84:24:2C:C2:A2:C0:3E:FD:34:8E:5E:EA:6F:AF:52:CE:E6:0F',
  'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32',
  'a=rtpmap:111 opus/48000/2',
  '',
].join('\r\n');

describe('redactSipMessage', () => {
  it('REGISTER: the Authorization header keeps only its scheme and username', () => {
    const out = redactSipMessage(REGISTER);
    expect(out).toContain('Authorization: [removed] Digest username="1001"\r\n');
    for (const secret of ['8d8715fd17a6344c8c21633e75059950', 'Z2Y7lGdaqSoo3xT7YGcFRUhWxkSNBOHx', '6d1jfq0h', 'response=', 'cnonce']) expect(out).not.toContain(secret);
    // Everything else as it was.
    expect(out.replace(/^Authorization:.*\r\n/m, '')).toBe(REGISTER.replace(/^Authorization:.*\r\n/m, ''));
  });

  it('401 challenge: nonce removed, realm and qop kept', () => {
    const out = redactSipMessage(CHALLENGE);
    expect(out).toContain('WWW-Authenticate: Digest realm="127.0.0.1", nonce="[removed]", qop="auth"');
    expect(out).not.toContain('Z2Y7lGdaqSoo3xT7YGcFRUhWxkSNBOHx');
  });

  it('INVITE: Proxy-Authorization, the ICE password and an SDES key go; the rest of the SDP stays', () => {
    const out = redactSipMessage(INVITE);
    expect(out).toContain('Proxy-Authorization: [removed] Digest username="1001"\r\n');
    expect(out).toContain('a=ice-pwd:[removed]\r\n');
    expect(out).toContain('a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:[removed]');
    expect(out).toContain('a=ice-ufrag:EsAw\r\n');
    expect(out).toContain('a=fingerprint:sha-256 D2:FA:0E:C3');
    for (const secret of ['7478254ca3b932251bdf1f2ff0fc5a00', 'k3c2ab7e', 'bP+XJMM09aR8AiX1jdukzR6Y', 'PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR']) expect(out).not.toContain(secret);
  });

  it('a folded Authorization header and lower-case names are caught too; a password in a SIP URI goes', () => {
    const folded = 'REGISTER sip:pbx SIP/2.0\r\nauthorization: Digest username="7",\r\n  response="abcdef0123456789"\r\nContact: <sip:7:hunter22@pbx>\r\n\r\n';
    const out = redactSipMessage(folded);
    expect(out).toBe('REGISTER sip:pbx SIP/2.0\r\nauthorization: [removed] Digest username="7"\r\n [removed]\r\nContact: <sip:7:[removed]@pbx>\r\n\r\n');
  });
});

describe('redactText', () => {
  it.each([
    ['LLM request failed: Authorization: Bearer sk-live-0123456789abcdef', 'LLM request failed: Authorization: [removed] Bearer'],
    ['headers {"api-key":"azure-key-123","content-type":"application/json"}', 'headers {"api-key":"[removed]","content-type":"application/json"}'],
    ['fetch https://kb.example.com/faq.json?token=abc123&lang=en failed', 'fetch https://kb.example.com/faq.json?token=[removed]&lang=en failed'],
    ['turn:turn.example.com {"username":"agent","credential":"s3cret"}', 'turn:turn.example.com {"username":"agent","credential":"[removed]"}'],
    ['wss://user:pa55word@pbx.example.com/ws closed', 'wss://user:[removed]@pbx.example.com/ws closed'],
    ['x-api-key: 9f8e7d', 'x-api-key: [removed]'],
    ['sent bearer token Bearer eyJhbGciOi.eyJzdWIi.sig', 'sent bearer token Bearer [removed]'],
    ['password=hunter2 user=1001', 'password=[removed] user=1001'],
    ['Password rejected by pbx.example.com (401)', 'Password rejected by pbx.example.com (401)'],
    ['Registered sip:1001@127.0.0.1:5060;transport=ws', 'Registered sip:1001@127.0.0.1:5060;transport=ws'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('a known secret is removed wherever it appears (but not one too short to be told from ordinary text)', () => {
    expect(withoutLiteral('login pw1001 failed, pw1001 again', 'pw1001')).toBe('login [removed] failed, [removed] again');
    expect(withoutLiteral('abc', 'ab')).toBe('abc');
    expect(withoutLiteral('abc', null)).toBe('abc');
  });
});
