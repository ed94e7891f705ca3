import { describe, expect, it } from 'vitest';
import { checkOffer, parseSdp } from './offerCheck';

const sdp = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const HEAD = ['v=0', 'o=- 4611 2 IN IP4 127.0.0.1', 's=-', 't=0 0'];
const WEBRTC = ['a=fingerprint:sha-256 AB:CD', 'a=ice-ufrag:Xq1r', 'a=ice-pwd:Jq0uYfJ3n2zJhNNXwBt1tQ1r'];

/** What Chromium (sip.js) sends: media-level ICE and fingerprint. */
const chromiumOffer = sdp(
  ...HEAD,
  'a=group:BUNDLE 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126',
  'c=IN IP4 0.0.0.0',
  ...WEBRTC,
  'a=setup:actpass',
  'a=mid:0',
  'a=rtpmap:111 opus/48000/2',
  'a=rtpmap:63 red/48000/2',
  'a=rtpmap:9 G722/8000',
  'a=rtpmap:126 telephone-event/8000',
);
const offer = (body: string, contentType = 'application/sdp') => checkOffer({ contentType, body });

describe('checkOffer', () => {
  it('takes a WebRTC offer, with ICE and fingerprint at media or session level', () => {
    expect(offer(chromiumOffer)).toBeNull();
    expect(offer(sdp(...HEAD, ...WEBRTC, 'm=audio 40000 RTP/SAVPF 0', 'a=rtpmap:0 PCMU/8000'))).toBeNull();
    // A static payload type needs no rtpmap; Content-Type parameters and case do not matter.
    expect(offer(sdp(...HEAD, 'm=audio 40000 UDP/TLS/RTP/SAVPF 8', ...WEBRTC), 'Application/SDP; charset=utf-8')).toBeNull();
  });

  it('leaves a late offer (no body) and a body that is not a session description to sip.js', () => {
    expect(offer('')).toBeNull();
    expect(checkOffer({ contentType: 'text/plain', contentDisposition: 'render', body: 'hello' })).toBeNull();
  });

  it('refuses plain RTP/AVP (no DTLS fingerprint) with 488 and a Warning naming it', () => {
    const r = offer(sdp(...HEAD, 'c=IN IP4 127.0.0.1', 'm=audio 6000 RTP/AVP 0 8 101', 'a=rtpmap:101 telephone-event/8000'));
    expect(r).toMatchObject({ status: 488, reason: 'Not Acceptable Here' });
    expect(r!.why).toBe('the audio stream (RTP/AVP) has no DTLS fingerprint: WebRTC calls need DTLS-SRTP');
    expect(r!.headers).toEqual([
      'Warning: 302 switchboard "Incompatible transport protocol: the audio stream (RTP/AVP) has no DTLS fingerprint: WebRTC calls need DTLS-SRTP"',
    ]);
  });

  it('refuses an offer with no audio stream, or only a disabled one (304)', () => {
    const video = offer(sdp(...HEAD, ...WEBRTC, 'm=video 9 UDP/TLS/RTP/SAVPF 96', 'a=rtpmap:96 VP8/90000'));
    expect(video?.why).toBe('the offer has no audio stream (it offers video)');
    expect(video?.headers[0]).toMatch(/^Warning: 304 switchboard "Media type not available/);
    const disabled = offer(sdp(...HEAD, ...WEBRTC, 'm=audio 0 UDP/TLS/RTP/SAVPF 0'));
    expect(disabled?.why).toBe('the offer has no audio stream (it offers audio (disabled))');
  });

  it('refuses an offer without ICE, or without a codec the phone can decode (305)', () => {
    expect(offer(sdp(...HEAD, 'a=fingerprint:sha-256 AB', 'm=audio 9 UDP/TLS/RTP/SAVPF 0'))?.why).toMatch(/no ICE credentials/);
    const g729 = offer(sdp(...HEAD, ...WEBRTC, 'm=audio 9 UDP/TLS/RTP/SAVPF 18 97', 'a=rtpmap:18 G729/8000', 'a=rtpmap:97 iLBC/8000'));
    expect(g729?.why).toBe('no codec the phone can use (offered: G729, iLBC; it takes Opus, G.722, PCMU or PCMA)');
    expect(g729?.headers[0]).toMatch(/^Warning: 305 /);
    expect(offer(sdp(...HEAD, ...WEBRTC, 'm=audio 9 TCP/MRCPv2 1'))?.why).toBe("the audio stream's transport TCP/MRCPv2 is not RTP");
  });

  it('refuses SDP that does not parse (399), saying which line', () => {
    const r = offer('this is not a session description\r\n');
    expect(r?.status).toBe(488);
    expect(r?.why).toBe('the SDP does not parse: line 1 ("this is not a session description") is not "<letter>=<value>"');
    expect(r?.headers[0]).toMatch(/^Warning: 399 switchboard "Miscellaneous warning: the SDP does not parse: line 1 \('this is/);
  });

  it('refuses a body that is not SDP with 415 and Accept', () => {
    expect(offer('<xml/>', 'application/isup')).toEqual({
      status: 415,
      reason: 'Unsupported Media Type',
      headers: ['Accept: application/sdp'],
      why: 'the offer is a application/isup body, not application/sdp',
    });
    expect(checkOffer({ body: 'v=0' })?.why).toBe('the offer is a body with no Content-Type, not application/sdp');
  });
});

describe('parseSdp', () => {
  it('reads media sections, their attributes and rtpmap', () => {
    const parsed = parseSdp(chromiumOffer);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.attributes).toEqual(new Set(['group']));
    expect(parsed.media).toHaveLength(1);
    expect(parsed.media[0]).toMatchObject({ kind: 'audio', port: 9, proto: 'UDP/TLS/RTP/SAVPF', formats: ['111', '63', '9', '0', '8', '13', '110', '126'] });
    expect(parsed.media[0]!.rtpmap.get('111')).toBe('opus');
    expect(parsed.media[0]!.attributes.has('fingerprint')).toBe(true);
  });

  it('names what does not parse', () => {
    expect(parseSdp('v=1\r\n')).toBe('line 1 ("v=1"): an SDP starts with v=0');
    expect(parseSdp(sdp('v=0', 'm=audio 9 RTP/AVP 0'))).toBe('line 2 ("m=audio 9 RTP/AVP 0"): media before the o= and s= lines');
    expect(parseSdp(sdp(...HEAD, 'm=audio nine RTP/AVP 0'))).toBe('line 5 ("m=audio nine RTP/AVP 0") is not "m=<media> <port> <proto> <formats>"');
    expect(parseSdp(sdp(...HEAD))).toBe('it has no m= line');
  });
});
