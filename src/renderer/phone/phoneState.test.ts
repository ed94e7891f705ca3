import { describe, expect, it } from 'vitest';
import { referTarget } from './engine/callLine';
import { canTakeAnotherCall, currentCall, formatDuration, heldCalls, incomingCalls, outcomeFor, type Call } from './phoneState';

const c = (id: string, state: Call['state']): Call => ({
  id, direction: 'incoming', peerUri: '', peerNumber: id, peerName: '', state, muted: false, createdAt: 0,
  answeredAt: null, mediaAt: null, dtmfReceived: '', consultFor: null, transferring: false, transferOffer: null, problem: null,
});

describe('phone model', () => {
  it('the current call is the one not held, else a held one', () => {
    expect(currentCall([c('a', 'held'), c('b', 'active')])?.id).toBe('b');
    expect(currentCall([c('a', 'held')])?.id).toBe('a');
    expect(currentCall([c('a', 'incoming')])).toBeNull();
    expect(heldCalls([c('a', 'held'), c('b', 'active')]).map((x) => x.id)).toEqual(['a']);
    expect(incomingCalls([c('a', 'incoming'), c('b', 'active')]).map((x) => x.id)).toEqual(['a']);
  });
  it('two lines at most', () => {
    expect(canTakeAnotherCall([c('a', 'active')])).toBe(true);
    expect(canTakeAnotherCall([c('a', 'active'), c('b', 'held')])).toBe(false);
  });
  it.each([
    ['incoming', true, 'remote', undefined, 'answered'],
    ['incoming', false, 'local', undefined, 'declined'],
    ['incoming', false, 'remote', undefined, 'missed'],
    ['outgoing', false, 'local', undefined, 'cancelled'],
    ['outgoing', false, 'remote', 486, 'busy'],
    ['outgoing', false, 'remote', 603, 'declined'],
    ['outgoing', false, 'remote', 404, 'failed'],
  ] as const)('%s answered=%s ended by %s code=%s -> %s', (dir, answered, ender, code, outcome) => {
    expect(outcomeFor(dir, answered, ender, code)).toBe(outcome);
  });
  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65.9)).toBe('1:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});

describe('referTarget', () => {
  it('prefers the address of record named in the display name over a WebSocket contact', () => {
    expect(referTarget({ user: '2va0cifu', host: 'vkkh1fv89boc.invalid' }, '1003@127.0.0.1')).toBe('1003');
  });
  it('uses the URI user for an ordinary address', () => {
    expect(referTarget({ user: '1003', host: 'pbx.example.com' }, '')).toBe('1003');
  });
});
