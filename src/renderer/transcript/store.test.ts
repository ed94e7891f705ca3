// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTranscriptStore, transcriptRecord } from './store';
import { onUtterance, publishUtterance, transcriptText, useTranscript } from './index';

// The web bridge asks for policy.json at start-up: no server here, so no policy (404).
vi.hoisted(() => {
  globalThis.fetch = async () => new Response(null, { status: 404 });
});

const CALL = 'call-1';
beforeEach(() => useTranscript.setState({ calls: {} }));
const lines = () => useTranscript.getState().calls[CALL]?.lines ?? [];
/** History's part at hang-up: the final lines, then the call is forgotten. */
const finishTranscript = (callId: string) => {
  const record = transcriptRecord(useTranscript.getState().finals(callId));
  useTranscript.getState().forget(callId);
  return record;
};

describe('transcript store (fed through publishUtterance)', () => {
  it('replaces an utterance\'s interim text with later results, and never a final with a late interim', () => {
    publishUtterance({ callId: CALL, id: 'customer-1', speaker: 'customer', text: 'I was', final: false, startMs: 1000, atMs: 1500 });
    publishUtterance({ callId: CALL, id: 'customer-1', speaker: 'customer', text: 'I was charged', final: false, startMs: 1000, atMs: 2000 });
    publishUtterance({ callId: CALL, id: 'agent-1', speaker: 'agent', text: 'Hello', final: true, startMs: 200, atMs: 800 });
    publishUtterance({ callId: CALL, id: 'customer-1', speaker: 'customer', text: 'I was charged twice', final: true, startMs: 1000, atMs: 2600 });
    publishUtterance({ callId: CALL, id: 'customer-1', speaker: 'customer', text: 'I was charged tw', final: false, startMs: 1000, atMs: 2400 });
    expect(lines().map((l) => [l.speaker, l.text, l.final])).toEqual([
      ['agent', 'Hello', true],
      ['customer', 'I was charged twice', true],
    ]);
    expect(transcriptText(lines(), (s) => (s === 'agent' ? 'Agent' : 'Customer'))).toBe('[0:00] Agent: Hello\n[0:01] Customer: I was charged twice');
  });

  it('takes no lines while paused', () => {
    useTranscript.getState().setPaused(CALL, true);
    publishUtterance({ callId: CALL, speaker: 'customer', text: 'secret', final: true, atMs: 100 });
    expect(lines()).toEqual([]);
  });

  it('hands history the final lines (src/renderer/callData masks them as it stores them), then forgets the call', () => {
    publishUtterance({ callId: CALL, id: 'c-1', speaker: 'customer', text: 'my card is 4111 1111 1111 1111 and mail me at ann@example.com', final: true, startMs: 10.4, atMs: 3000.6 });
    publishUtterance({ callId: CALL, id: 'c-2', speaker: 'customer', text: 'still talking', final: false, startMs: 4000, atMs: 4500 });
    expect(finishTranscript(CALL)).toEqual([{ speaker: 'customer', text: 'my card is 4111 1111 1111 1111 and mail me at ann@example.com', startMs: 10, endMs: 3001 }]);
    expect(useTranscript.getState().calls[CALL]).toBeUndefined();
    expect(finishTranscript(CALL)).toBeNull();
  });

  it('tells listeners what went into the transcript, and nothing while paused or for a late interim', () => {
    const heard: string[] = [];
    const off = onUtterance((u) => heard.push(u.text));
    publishUtterance({ callId: CALL, id: 'u', speaker: 'customer', text: 'refund', final: true, atMs: 10 });
    publishUtterance({ callId: CALL, id: 'u', speaker: 'customer', text: 'ref', final: false, atMs: 5 });
    useTranscript.getState().setPaused(CALL, true);
    publishUtterance({ callId: CALL, speaker: 'customer', text: 'secret', final: true, atMs: 20 });
    off();
    expect(heard).toEqual(['refund']);
  });

  it('masks each final line through the call-data redaction, with the call\'s own number known', () => {
    publishUtterance({ callId: CALL, id: 'c-1', speaker: 'customer', text: 'my card is 4111 1111 1111 1111', final: false, atMs: 100 });
    expect(lines()[0]!.redacted).toBeNull(); // interim text is not masked (nothing keeps it)
    publishUtterance({ callId: CALL, id: 'c-1', speaker: 'customer', text: 'my card is 4111 1111 1111 1111 and mail me at ann@example.com', final: true, atMs: 200 });
    expect(lines()[0]!.redacted).toBe('my card is [CARD] and mail me at [EMAIL]');
    expect(lines()[0]!.text).toContain('4111 1111 1111 1111'); // the agent still sees what was said
  });
});

describe('one transcript per call', () => {
  it('keeps calls apart: lines, pause and forgetting are per call', () => {
    const store = createTranscriptStore({ redact: (text, callId) => `${callId}:${text.length}` });
    const s = () => store.getState();
    s().heard({ callId: 'a', id: 'x', speaker: 'customer', text: 'on line one', final: true, atMs: 100 });
    s().heard({ callId: 'b', id: 'x', speaker: 'customer', text: 'on line two', final: false, atMs: 50 });
    s().setPaused('b', true);
    expect(s().heard({ callId: 'b', id: 'x', speaker: 'customer', text: 'on line two, final', final: true, atMs: 90 })).toBe(false);
    expect(s().heard({ callId: 'a', id: 'y', speaker: 'agent', text: 'held the other', final: true, atMs: 200 })).toBe(true);
    expect(s().finals('a').map((l) => [l.text, l.redacted])).toEqual([['on line one', 'a:11'], ['held the other', 'a:14']]);
    expect(s().finals('b')).toEqual([]); // its one line is still interim
    expect(s().calls.b!.lines.map((l) => l.text)).toEqual(['on line two']);
    s().forget('a');
    expect(s().calls.a).toBeUndefined();
    expect(s().calls.b!.paused).toBe(true);
  });
});
