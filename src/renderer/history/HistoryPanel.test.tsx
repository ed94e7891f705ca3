// @vitest-environment happy-dom
// The history panel on a real Dexie store (fake-indexeddb), driven by role and accessible name.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n, setLanguage } from '../i18n';
import { createCallData } from '../callData';
import { HistoryPanel } from './HistoryPanel';
import { createHistoryStore } from './historyStore';
import type { CallRecord } from './types';

beforeAll(async () => void (await initI18n('en')));
afterEach(() => {
  cleanup();
  setLanguage('en');
});

const rec = (id: string, startedAt: number, over: Partial<CallRecord> = {}): CallRecord => ({
  id, direction: 'outgoing', peerUri: `sip:${id}@pbx`, peerNumber: id, peerName: '', startedAt, answeredAt: startedAt + 1000,
  endedAt: startedAt + 96_000, durationSec: 95, outcome: 'answered', ...over,
});

async function setup(records: CallRecord[], title = 'Call history') {
  const db = createCallData({ historyDb: `h-${Math.random()}`, feedbackDb: `f-${Math.random()}` });
  const store = createHistoryStore(db);
  for (const r of records) await store.getState().record(r);
  render(<HistoryPanel onCallBack={() => undefined} store={store} />);
  return { db, store, panel: screen.getByRole('region', { name: title }) };
}

const talked = rec('1002', 3000, {
  peerName: 'Ana',
  talk: { agentMs: 30_000, customerMs: 45_000, talkRatio: 0.4, longestCustomerMonologueMs: 21_500, segments: [] },
  transcript: [
    { speaker: 'customer', text: 'My card is [card number]', startMs: 4_200, endMs: 6_000 },
    { speaker: 'agent', text: 'One moment please', startMs: 65_000, endMs: 66_000 },
  ],
  wrapUp: { summary: 'Refund for [card number]', disposition: 'billing / refunds', draftedBy: 'on-device', edited: true, savedAt: 5 },
  assistFeedback: [{ articleId: 'kb-7', title: 'Refunds', query: 'refund', vote: 'helpful', pinned: true, copied: 2, expanded: true }],
});
const busy = rec('1003', 2000, { outcome: 'busy', sipCode: 486, reason: 'Busy Here', answeredAt: null, durationSec: 0 });

describe('call history panel', () => {
  it('"Details for <peer>" discloses outcome, duration, talk metrics, masked transcript, wrap-up and feedback', async () => {
    const { panel } = await setup([talked, busy]);
    const button = within(panel).getByRole('button', { name: 'Details for 1002 (Ana)' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(within(panel).queryByRole('region', { name: /Call details/ })).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = within(panel).getByRole('region', { name: 'Call details for 1002 (Ana)' });
    expect(button.getAttribute('aria-controls')).toBe(details.id);
    const text = details.textContent!;
    expect(text).toContain('OutcomeAnswered');
    expect(text).toContain('Duration1:35');
    expect(text).toContain('Talk / listen (agent / customer)40% / 60% (0:30 / 0:45)');
    expect(text).toContain('Longest customer monologue0:21');
    const lines = within(details).getByRole('list', { name: 'Transcript (personal data masked)' });
    expect([...lines.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['0:04 Customer: My card is [card number]', '1:05 Agent: One moment please']);
    expect(text).toContain('Disposition: billing / refunds');
    expect(text).toContain('Wrap-up: Refund for [card number]');
    expect(text).toContain('edited by the agent');
    expect(within(details).getByRole('list', { name: 'Suggestion feedback' }).textContent).toBe('Refunds — helpful · pinned · copied 2× · for “refund”');

    fireEvent.click(within(panel).getByRole('button', { name: 'Details for 1003' }));
    const other = within(panel).getByRole('region', { name: 'Call details for 1003' }).textContent!;
    expect(other).toContain('OutcomeBusy (486 Busy Here)');
    expect(other).toContain('Talk / listen (agent / customer)Not measured');
    expect(other).toContain('No transcript was saved for this call.');
    expect(other).toContain('No wrap-up was saved.');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(within(panel).queryByRole('region', { name: 'Call details for 1002 (Ana)' })).toBeNull();
  });

  it('search filters the rows and says how many match, or that none do', async () => {
    const { panel } = await setup([talked, busy, rec('2001', 1000, { outcome: 'missed', direction: 'incoming' })]);
    const search = within(panel).getByRole('searchbox', { name: 'Search call history' });
    fireEvent.change(search, { target: { value: 'busy' } });
    expect(within(panel).getAllByRole('listitem').map((li) => li.dataset.outcome)).toEqual(['busy']);
    expect(within(panel).getByRole('status').textContent).toBe('Showing 1 of 3 calls');
    fireEvent.change(search, { target: { value: 'ana' } });
    expect(within(panel).getAllByRole('button', { name: /^Details for/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Details for 1002 (Ana)']);
    fireEvent.change(search, { target: { value: 'nobody' } });
    expect(within(panel).queryAllByRole('listitem')).toHaveLength(0);
    expect(within(panel).getByRole('status').textContent).toBe('No calls match “nobody”.');
    fireEvent.change(search, { target: { value: '' } });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(3);
  });

  it('exports only the rows shown, as CSV or JSON', async () => {
    const { panel } = await setup([talked, busy]);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    fireEvent.change(within(panel).getByRole('searchbox', { name: 'Search call history' }), { target: { value: '486' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Export call history' }));
    const csv = await blobs[0]!.text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).toContain('\r\n1003,');
    expect(names[0]).toMatch(/^switchboard-call-history-\d{4}-\d\d-\d\d\.csv$/);
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Export format' }), { target: { value: 'json' } });
    fireEvent.change(within(panel).getByRole('searchbox', { name: 'Search call history' }), { target: { value: '' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Export call history' }));
    expect((JSON.parse(await blobs[1]!.text()) as CallRecord[]).map((r) => r.id)).toEqual(['1002', '1003']);
    expect(names[1]).toMatch(/\.json$/);
  });

  it('"Clear call history" asks first: Escape and Cancel keep everything, confirming deletes it from IndexedDB', async () => {
    const { panel, db } = await setup([talked, busy]);
    const clear = within(panel).getByRole('button', { name: 'Clear call history' });
    fireEvent.click(clear);
    let dialog = screen.getByRole('alertdialog', { name: 'Clear call history?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('deletes all 2 calls');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Delete all calls' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(clear);
    expect((await db.recentCalls()).length).toBe(2);

    fireEvent.click(clear);
    fireEvent.keyDown(document.body, { key: 'Escape' }); // focus left the dialog (a click on the backdrop)
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(clear);
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect((await db.recentCalls()).length).toBe(2);
    expect(within(panel).getAllByRole('listitem')).toHaveLength(2);

    fireEvent.click(clear);
    dialog = screen.getByRole('alertdialog', { name: 'Clear call history?' });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Delete all calls' })));
    expect((await db.recentCalls()).length).toBe(0);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(panel.textContent).toContain('No calls yet.');
  });

  it('a failed clear says why and keeps the rows', async () => {
    const { panel, store } = await setup([busy]);
    store.setState({ clear: async () => { throw new Error('database is locked'); } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Clear call history' }));
    await act(async () => fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete all calls' })));
    expect(within(panel).getByRole('alert').textContent).toBe('The call history could not be cleared: database is locked');
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);
  });

  it('speaks Simplified Chinese', async () => {
    setLanguage('zh-CN');
    const { panel } = await setup([busy], '通话记录');
    fireEvent.click(within(panel).getByRole('button', { name: '1003 的详情' }));
    expect(within(panel).getByRole('region', { name: '与 1003 的通话详情' }).textContent).toContain('结果忙 (486 Busy Here)');
    expect(within(panel).getByRole('searchbox', { name: '搜索通话记录' })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: '清除通话记录' }));
    expect(screen.getByRole('alertdialog', { name: '清除通话记录？' })).toBeTruthy();
  });

  it('shows the newest 50 calls, "Show more" adds 50 at a time, and a search pages its matches afresh', async () => {
    const many = Array.from({ length: 120 }, (_, i) => rec(String(2000 + i), 1000 + i));
    const { panel } = await setup(many);
    const rows = () => within(panel).getAllByRole('listitem');
    expect(rows()).toHaveLength(50);
    expect(rows()[0]!.textContent).toContain('2119'); // newest first
    fireEvent.click(within(panel).getByRole('button', { name: 'Show 50 more calls (70 not shown)' }));
    expect(rows()).toHaveLength(100);
    fireEvent.click(within(panel).getByRole('button', { name: 'Show 20 more calls (20 not shown)' }));
    expect(rows()).toHaveLength(120);
    expect(within(panel).queryByRole('button', { name: /^Show \d+ more calls/ })).toBeNull();
    fireEvent.change(within(panel).getByRole('searchbox', { name: 'Search call history' }), { target: { value: '20' } });
    expect(rows()).toHaveLength(50); // 2000-2099 match; paging starts again
    expect(within(panel).getByRole('button', { name: 'Show 50 more calls (50 not shown)' })).toBeTruthy();
  });
});
