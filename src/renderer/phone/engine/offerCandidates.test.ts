import { describe, expect, it } from 'vitest';
import { candidatesOf, withoutCandidates } from './offerCandidates';

// The shape of baresip 1.0's offer (mid after the candidates) and of Chromium's (mid first).
const offer = [
  'v=0', 'o=- 1 2 IN IP4 192.0.2.2', 's=-', 'c=IN IP4 192.0.2.2', 't=0 0',
  'a=ice-ufrag:abcd', 'a=ice-pwd:0123456789012345678901',
  'm=audio 40000 UDP/TLS/RTP/SAVPF 0',
  'a=candidate:1 1 UDP 2113932031 192.0.2.2 40000 typ host',
  'a=candidate:2 1 UDP 2113932030 fd00::2 40002 typ host',
  'a=end-of-candidates',
  'a=mid:audio0',
  'a=setup:actpass',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'a=mid:1',
  'a=candidate:3 1 udp 2122194687 192.0.2.2 35809 typ host generation 0',
  '',
].join('\r\n');

describe('offer candidates', () => {
  it('removes every candidate line and nothing else', () => {
    const stripped = withoutCandidates(offer);
    expect(stripped).not.toMatch(/a=candidate|end-of-candidates/);
    expect(stripped.split('\r\n')).toHaveLength(offer.split('\r\n').length - 4);
    expect(stripped).toContain('a=mid:audio0\r\na=setup:actpass');
  });
  it('gives each candidate its media section, whether a=mid comes before or after', () => {
    expect(candidatesOf(offer)).toEqual([
      { candidate: 'candidate:1 1 UDP 2113932031 192.0.2.2 40000 typ host', sdpMid: 'audio0', sdpMLineIndex: 0 },
      { candidate: 'candidate:2 1 UDP 2113932030 fd00::2 40002 typ host', sdpMid: 'audio0', sdpMLineIndex: 0 },
      { candidate: 'candidate:3 1 udp 2122194687 192.0.2.2 35809 typ host generation 0', sdpMid: '1', sdpMLineIndex: 1 },
    ]);
  });
  it('an offer without candidates (trickle, or all in the m-line) yields none', () => {
    expect(candidatesOf('v=0\r\nm=audio 9 RTP/SAVPF 0\r\n')).toEqual([]);
  });
});
