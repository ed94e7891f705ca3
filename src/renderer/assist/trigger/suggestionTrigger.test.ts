import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isQuestion, SuggestionTrigger as Trigger, type TriggeredSuggestions } from './suggestionTrigger';
import type { Hit } from '../search/kbSearch';
import { createTranscriptStore } from '../../transcript/store';
import type { Utterance } from '../../transcript/utterance';

const hit = (id: string, confidence = 0.8): Hit => ({ article: { id, title: id, body: '', questions: [], tags: [], source: { file: 'x' } }, score: 1, confidence, matched: [] });
const said = (text: string, final = true, speaker: 'agent' | 'customer' = 'customer'): Utterance => ({ callId: 'c', speaker, text, final, atMs: 0 });

/** A trigger reading the call's transcript, as the app's is: each utterance goes into the transcript first. */
class SuggestionTrigger {
  private readonly transcript = createTranscriptStore({ redact: (text) => text });
  private readonly trigger: Trigger;
  constructor(search: (query: string) => Promise<Hit[]>, emit: (s: TriggeredSuggestions) => void) {
    const turns = (callId: string) => this.transcript.getState().finals(callId).filter((l) => l.speaker === 'customer').map((l) => l.text);
    this.trigger = new Trigger(search, emit, turns);
  }
  onUtterance(u: Utterance): void {
    this.transcript.getState().heard(u);
    this.trigger.onUtterance(u);
  }
}

describe('suggestion trigger', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('searches once per final customer utterance after the debounce, with its keywords', async () => {
    const search = vi.fn(async (_query: string) => [hit('refunds')]);
    const emit = vi.fn();
    const t = new SuggestionTrigger(search, emit);
    t.onUtterance(said('I was charged twice for my broadband'));
    t.onUtterance(said('When will I get the money back?'));
    await vi.advanceTimersByTimeAsync(350);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]![0]).toBe('get money back charged twice broadband');
    expect(emit).toHaveBeenCalledWith(expect.objectContaining({ heard: 'When will I get the money back?', question: true, hits: [hit('refunds')] }));
  });

  it('ignores the agent, does not repeat a suggestion, and drops weak matches', async () => {
    const search = vi.fn(async () => [hit('refunds'), hit('weather', 0.1)]);
    const emit = vi.fn();
    const t = new SuggestionTrigger(search, emit);
    t.onUtterance(said('Let me check that refund for you', true, 'agent'));
    await vi.advanceTimersByTimeAsync(350);
    expect(search).not.toHaveBeenCalled();
    t.onUtterance(said('refund please'));
    await vi.advanceTimersByTimeAsync(350);
    t.onUtterance(said('the refund again'));
    await vi.advanceTimersByTimeAsync(350);
    expect(emit).toHaveBeenCalledTimes(1);
    expect(emit.mock.calls[0]![0].hits.map((h: Hit) => h.article.id)).toEqual(['refunds']);
  });

  it('acts on interim text only after a pause', async () => {
    const search = vi.fn(async () => [hit('roaming')]);
    const t = new SuggestionTrigger(search, vi.fn());
    t.onUtterance(said('how much is roaming', false));
    await vi.advanceTimersByTimeAsync(1000);
    t.onUtterance(said('how much is roaming in', false));
    await vi.advanceTimersByTimeAsync(1000);
    expect(search).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('detects questions in English and Chinese', () => {
    expect(isQuestion('How long does a refund take')).toBe(true);
    expect(isQuestion('I want a refund.')).toBe(false);
    expect(isQuestion('退款什么时候到账')).toBe(true);
    expect(isQuestion('我要退款')).toBe(false);
  });
});
