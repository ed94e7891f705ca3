import { beforeEach, describe, expect, it } from 'vitest';
import { publishUtterance } from '../voice/transcript';
import { finishCaptions } from './session';
import { transcriptText, useCaptions } from './store';

const CALL = 'call-1';
beforeEach(() => useCaptions.setState({ calls: {} }));
const lines = () => useCaptions.getState().calls[CALL]?.lines ?? [];

describe('transcript store (fed through the transcript boundary)', () => {
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
    useCaptions.getState().setPaused(CALL, true);
    publishUtterance({ callId: CALL, speaker: 'customer', text: 'secret', final: true, atMs: 100 });
    expect(lines()).toEqual([]);
  });

  it('hands history the final lines (src/renderer/callData masks them as it stores them), then forgets the call', async () => {
    publishUtterance({ callId: CALL, id: 'c-1', speaker: 'customer', text: 'my card is 4111 1111 1111 1111 and mail me at ann@example.com', final: true, startMs: 10.4, atMs: 3000.6 });
    publishUtterance({ callId: CALL, id: 'c-2', speaker: 'customer', text: 'still talking', final: false, startMs: 4000, atMs: 4500 });
    expect(await finishCaptions(CALL)).toEqual([{ speaker: 'customer', text: 'my card is 4111 1111 1111 1111 and mail me at ann@example.com', startMs: 10, endMs: 3001 }]);
    expect(useCaptions.getState().calls[CALL]).toBeUndefined();
    expect(await finishCaptions(CALL)).toBeNull();
  });
});
