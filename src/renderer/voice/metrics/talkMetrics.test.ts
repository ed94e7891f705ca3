import { describe, expect, it } from 'vitest';
import { emptyTalk, speechEnded, speechStarted, summarise, withOpen } from './talkMetrics';

describe('talk metrics', () => {
  it('talk/listen ratio, longest customer monologue and open segments counted up to now', () => {
    let s = emptyTalk();
    s = speechStarted(s, 'agent', 0);
    s = speechEnded(s, 'agent', 2000);
    s = speechStarted(s, 'customer', 2500);
    s = speechEnded(s, 'customer', 8500);
    s = speechStarted(s, 'customer', 9000);
    const m = summarise(s, 11000);
    expect(m.agentMs).toBe(2000);
    expect(m.customerMs).toBe(8000);
    expect(m.talkRatio).toBeCloseTo(0.2);
    expect(m.longestCustomerMonologueMs).toBe(6000);
    expect(m.speaking).toEqual({ agent: false, customer: true });
    expect(m.silenceMs).toBe(0);
    expect(withOpen(s, 11000).at(-1)).toEqual({ party: 'customer', startMs: 9000, endMs: 11000 });
  });
  it('dead air after 8 s of silence from both', () => {
    let s = speechEnded(speechStarted(emptyTalk(), 'customer', 0), 'customer', 1000);
    expect(summarise(s, 8999).deadAir).toBe(false);
    expect(summarise(s, 9000)).toMatchObject({ silenceMs: 8000, deadAir: true });
    s = speechStarted(s, 'agent', 9500);
    expect(summarise(s, 9600)).toMatchObject({ silenceMs: 0, deadAir: false });
  });
  it('cross-talk once both have spoken together for 1 s', () => {
    let s = speechStarted(emptyTalk(), 'agent', 0);
    s = speechStarted(s, 'customer', 500);
    expect(summarise(s, 1400).crossTalk).toBe(false);
    expect(summarise(s, 1500)).toMatchObject({ crossTalkMs: 1000, crossTalk: true });
  });
  it('before anyone speaks there is no ratio; repeated events are ignored', () => {
    expect(summarise(emptyTalk(), 100).talkRatio).toBeNull();
    const s = speechStarted(speechStarted(emptyTalk(), 'agent', 10), 'agent', 50);
    expect(s.open.agent).toBe(10);
    expect(speechEnded(emptyTalk(), 'agent', 10)).toEqual(emptyTalk());
  });
});
