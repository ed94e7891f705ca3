import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createCallData } from '../callData';
import { CallLog } from './callLog';
import { createTranscriptStore } from '../transcript/store';
import { createWrapUpStore } from './store';
import type { CallSummariser, WrapUp } from './types';

const t = (key: string, vars?: Record<string, unknown>) => (vars ? `${key} ${JSON.stringify(vars)}` : key);

function setUp(summariser?: CallSummariser) {
  const log = new CallLog();
  const transcript = createTranscriptStore({ redact: (text) => text });
  const store = createWrapUpStore({ log, transcript: (callId) => transcript.getState().finals(callId), t, summariser: summariser && (() => summariser) });
  const heard = transcript.getState().heard;
  heard({ callId: 'c1', speaker: 'customer', text: 'My card 4111 1111 1111 1111 was charged twice, can I get a refund?', final: true, atMs: 1000 });
  log.suggested('c1', [{ id: 'refunds', title: 'How long do refunds take?', tags: ['billing', 'refunds'], confidence: 0.7 }]);
  heard({ callId: 'c1', speaker: 'agent', text: "I'll refund it today.", final: true, atMs: 2000 });
  heard({ callId: 'c1', speaker: 'agent', text: 'ignored interim', final: false, atMs: 2500 });
  return { store, log };
}

describe('wrap-up store', () => {
  it('drafts on the device when the call ends, suggests the disposition, and saves it redacted with the call record', async () => {
    const { store } = setUp();
    const data = createCallData({ historyDb: `h-${Math.random()}`, feedbackDb: `f-${Math.random()}` });
    await data.recordCall({ id: 'c1', direction: 'incoming', peerUri: 'sip:1002@pbx', peerNumber: '1002', peerName: '', startedAt: 1, answeredAt: 2, endedAt: 3, durationSec: 1, outcome: 'answered' });
    const saved: WrapUp[] = [];
    const persist = async (w: WrapUp) => {
      saved.push(w);
      return (await data.attachWrapUp('c1', w)).wrapUp!;
    };
    await store.getState().open({ callId: 'c1', peer: '1002', direction: 'incoming', persist });
    const d = store.getState().drafts[0]!;
    expect(d.status).toBe('ready');
    expect(d.draftedBy).toBe('on-device');
    expect(d.summary).toContain('wrapup.draft.reason');
    expect(d.summary).toContain('4111 1111 1111 1111'); // the agent sees what was said…
    expect(d.summary).toContain('How long do refunds take?');
    expect(d.summary).toContain("- I'll refund it today");
    expect(d.summary).not.toContain('ignored interim');
    expect(d.dispositions).toEqual(['billing / refunds', 'other']);
    expect(d.disposition).toBe('billing / refunds');

    store.getState().edit('c1', { disposition: 'other' });
    expect(await store.getState().save('c1')).toBe(true);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ disposition: 'other', draftedBy: 'on-device', edited: false });
    const [stored] = await data.recentCalls();
    expect(stored!.wrapUp!.summary).toContain('[CARD]'); // …the record keeps it redacted
    expect(stored!.wrapUp!.summary).not.toContain('4111');
    // And once saved, the panel shows what was stored.
    expect(store.getState().drafts[0]).toMatchObject({ status: 'saved', summary: stored!.wrapUp!.summary });
  });

  it('a failed save keeps the text and says why; an empty summary is refused', async () => {
    const { store } = setUp();
    let fail = true;
    await store.getState().open({ callId: 'c1', peer: '1002', direction: 'incoming', persist: async (w) => { if (fail) throw new Error('disk full'); return w; } });
    store.getState().edit('c1', { summary: 'Refunded the duplicate payment.' });
    expect(await store.getState().save('c1')).toBe(false);
    expect(store.getState().drafts[0]).toMatchObject({ status: 'failed', summary: 'Refunded the duplicate payment.' });
    expect(store.getState().drafts[0]!.error).toContain('disk full');
    store.getState().edit('c1', { summary: '   ' });
    expect(await store.getState().save('c1')).toBe(false);
    expect(store.getState().drafts[0]!.error).toBe('wrapup.error.empty');
    fail = false;
    store.getState().edit('c1', { summary: 'Refunded.' });
    expect(await store.getState().save('c1')).toBe(true);
  });

  it('a demo call (no record) cannot be saved; another summariser is used, the on-device one if it fails', async () => {
    const llm: CallSummariser = { id: 'fake-llm', summarise: async () => ({ request: null, topic: null, actions: [], outcome: 'unclear', text: 'A fake generative summary.' }) };
    const { store } = setUp(llm);
    await store.getState().open({ callId: 'c1', peer: 'demo', direction: 'demo', persist: null });
    expect(store.getState().drafts[0]).toMatchObject({ summary: 'A fake generative summary.', draftedBy: 'fake-llm', savable: false });
    expect(await store.getState().save('c1')).toBe(false);

    const broken: CallSummariser = { id: 'fake-broken', summarise: async () => { throw new Error('offline'); } };
    const second = setUp(broken).store;
    await second.getState().open({ callId: 'c1', peer: '1002', direction: 'incoming', persist: async (w) => w });
    expect(second.getState().drafts[0]!.draftedBy).toBe('on-device');
  });

  it('shows the on-device draft at once while another summariser works, and keeps the agent\'s edits if it answers later', async () => {
    let answer!: () => void;
    const slow: CallSummariser = {
      id: 'llm:fake.example',
      summarise: () => new Promise((resolve) => (answer = () => resolve({ request: null, topic: null, actions: [], outcome: 'resolved', text: 'A fuller summary.' }))),
    };
    const { store } = setUp(slow);
    const opening = store.getState().open({ callId: 'c1', peer: '1002', direction: 'incoming', persist: async (w) => w });
    await vi.waitFor(() => expect(store.getState().drafts[0]).toMatchObject({ status: 'ready', draftedBy: 'on-device', improving: 'llm:fake.example' }));
    expect(store.getState().drafts[0]!.summary).toContain('wrapup.draft.reason');
    store.getState().edit('c1', { summary: 'Agent wrote this.' });
    answer();
    await opening;
    expect(store.getState().drafts[0]).toMatchObject({ summary: 'Agent wrote this.', draftedBy: 'on-device', improving: null, improveError: null });
  });

  it('says why the other summariser\'s draft did not come, and the on-device draft stands', async () => {
    const failing: CallSummariser = { id: 'llm:fake.example', summarise: async () => { throw new Error('fake.example is rate-limiting requests (429)'); } };
    const { store } = setUp(failing);
    await store.getState().open({ callId: 'c1', peer: '1002', direction: 'incoming', persist: async (w) => w });
    expect(store.getState().drafts[0]).toMatchObject({ draftedBy: 'on-device', improving: null, improveError: 'fake.example is rate-limiting requests (429)' });
  });
});
