import { describe, expect, it } from 'vitest';
import { currentDtlsRole, resolveActpassAnswer } from './dtlsSetup';

const sdp = (setup: string) => ['v=0', 'o=- 1 2 IN IP4 127.0.0.1', 's=-', 't=0 0', 'm=audio 9 UDP/TLS/RTP/SAVPF 0', `a=setup:${setup}`, 'a=sendrecv', ''].join('\r\n');
const desc = (type: RTCSdpType, setup: string) => ({ type, sdp: sdp(setup) }) as RTCSessionDescription;

describe('currentDtlsRole', () => {
  it('we answered: our own setup says it', () => {
    expect(currentDtlsRole(desc('answer', 'active'), desc('offer', 'actpass'))).toBe('client');
    expect(currentDtlsRole(desc('answer', 'passive'), desc('offer', 'actpass'))).toBe('server');
  });
  it('we offered: the answer says theirs, ours is the other', () => {
    expect(currentDtlsRole(desc('offer', 'actpass'), desc('answer', 'active'))).toBe('server');
    expect(currentDtlsRole(desc('offer', 'actpass'), desc('answer', 'passive'))).toBe('client');
  });
  it('no completed negotiation yet', () => {
    expect(currentDtlsRole(null, null)).toBeNull();
  });
});

describe('resolveActpassAnswer', () => {
  // baresip 1.0's 200 OK to a hold re-INVITE: a=setup:actpass with a=recvonly.
  const baresipHoldAnswer = sdp('actpass').replace('a=sendrecv', 'a=recvonly');
  it('keeps us the DTLS client when we were (the peer becomes passive)', () => {
    expect(resolveActpassAnswer(baresipHoldAnswer, 'client')).toContain('a=setup:passive\r\n');
  });
  it('keeps us the DTLS server when we were (the peer becomes active)', () => {
    expect(resolveActpassAnswer(baresipHoldAnswer, 'server')).toContain('a=setup:active\r\n');
  });
  it('with no association yet, we take the client role', () => {
    expect(resolveActpassAnswer(baresipHoldAnswer, null)).toContain('a=setup:passive');
  });
  it('leaves a valid answer alone, every m-line handled', () => {
    expect(resolveActpassAnswer(sdp('active'), 'server')).toBe(sdp('active'));
    const two = `${sdp('actpass')}m=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=setup:actpass\r\n`;
    expect(resolveActpassAnswer(two, 'client').match(/a=setup:passive/g)).toHaveLength(2);
  });
});
