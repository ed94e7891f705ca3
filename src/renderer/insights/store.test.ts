import { describe, expect, it } from 'vitest';
import { createInsightsStore } from './store';
import { sustainedNegative } from './sentiment/trend';

const say = (speaker: 'agent' | 'customer', text: string, atMs: number, final = true) => ({ callId: 'c1', speaker, text, final, atMs });

describe('call insights from the transcript', () => {
  it('scores final customer utterances only and ticks the checklist from the agent only', () => {
    const store = createInsightsStore();
    const s = () => store.getState();
    s().heard(say('customer', 'thank you for calling', 500)); // the customer saying it ticks nothing
    s().heard(say('customer', 'I am furious', 700, false)); // interim customer text: no score yet
    s().heard(say('agent', 'Thank you for', 1000, false));
    expect(s().calls.c1?.ticked ?? {}).toEqual({});
    s().heard(say('agent', 'Thank you for calling Northwind', 1500, false)); // interim text with the phrase ticks
    s().heard(say('agent', 'Thank you for calling Northwind, how can I help?', 1800)); // the final does not move it
    s().heard(say('agent', 'I am terrible at this', 1600)); // agent words carry no customer sentiment
    s().heard(say('customer', 'I am really angry, this is terrible', 4000));
    expect(s().calls.c1!.ticked).toEqual({ greeting: 1500 });
    expect(s().calls.c1!.sentiment.map((p) => p.atMs)).toEqual([500, 4000]);
    expect(s().calls.c1!.sentiment[1]!.score).toBeLessThan(-0.5);
  });

  it('raises the sustained-negative alert on the mean of the last three customer utterances', () => {
    const store = createInsightsStore();
    const feed = (text: string, at: number) => store.getState().heard(say('customer', text, at));
    feed('I was charged twice and I am angry', 1);
    feed('This is ridiculous', 2);
    expect(sustainedNegative(store.getState().calls.c1!.sentiment)).toBe(false); // only two so far
    feed('The service has been terrible', 3);
    expect(sustainedNegative(store.getState().calls.c1!.sentiment)).toBe(true);
    feed('Thank you, that is perfect', 4);
    feed('Great, I am happy now', 5);
    expect(sustainedNegative(store.getState().calls.c1!.sentiment)).toBe(false);
  });

  it('uses the policy checklist when there is one, the built-in one otherwise', () => {
    const store = createInsightsStore();
    store.getState().setChecklist([{ id: 'brand', label: 'Brand greeting', phrases: ['welcome to contoso'] }]);
    store.getState().heard(say('agent', 'Welcome to Contoso!', 10));
    store.getState().heard(say('agent', 'Have a nice day', 20));
    expect(store.getState().calls.c1!.ticked).toEqual({ brand: 10 });
    store.getState().setChecklist(undefined);
    expect(store.getState().checklist.map((i) => i.id)).toEqual(['greeting', 'identity', 'closing']);
  });
});
