// The call-data module on real Dexie over fake-indexeddb: what reaches the tables is masked, writes are
// all or nothing, and a resolved write is visible to another connection (committed).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallRecord } from '../history/types';
import type { SuggestionFeedback } from '../assist/feedback/types';
import { createCallData } from './callData';
import { FeedbackDb, HistoryDb, LearningDb } from './callDataDb';
import { leaks, PII } from './pii.testing';

const names = () => ({ historyDb: `h-${Math.random()}`, feedbackDb: `f-${Math.random()}` });

const call = (id: string, over: Partial<CallRecord> = {}): CallRecord => ({
  id, direction: 'incoming', peerUri: `sip:${id}@pbx`, peerNumber: id, peerName: 'Ana', startedAt: Number(id.replace(/\D/g, '')) || 1, answeredAt: 2,
  endedAt: 3, durationSec: 1, outcome: 'answered', ...over,
});

const everyTextField: Partial<CallRecord> = {
  reason: `Caller said ${PII}`,
  transcript: [
    { speaker: 'customer', text: `My ${PII}`, startMs: 0, endMs: 1 },
    { speaker: 'agent', text: 'Thank you', startMs: 2, endMs: 3 },
  ],
  assistFeedback: [{ articleId: 'refunds', title: 'How long do refunds take?', query: `refund ${PII}`, vote: 'helpful', pinned: true, copied: 1, expanded: false }],
  wrapUp: { summary: `Refund to ${PII}`, disposition: 'billing / refunds', draftedBy: 'on-device', edited: true, savedAt: 4 },
};

const feedback = (over: Partial<SuggestionFeedback> = {}): SuggestionFeedback => ({
  callId: 'c1', articleId: 'refunds', title: 'How long do refunds take?', query: `when do I get my money back, ${PII}`, vote: 'helpful', pinned: false, copied: 0, expanded: false, updatedAt: 1, ...over,
});

/** Every row of both databases, read with Dexie's raw table access (not through the module). */
async function rawRows(n: { historyDb: string; feedbackDb: string }): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const name of [n.historyDb, n.feedbackDb]) {
    if (!(await Dexie.exists(name))) continue;
    const db = await new Dexie(name).open();
    for (const t of db.tables) out.push(...(await t.toArray()));
    db.close();
  }
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('call data: redaction before storing', () => {
  it('masks every free-text field of a call record and keeps identity, identifiers and numbers', async () => {
    const n = names();
    const data = createCallData(n);
    const stored = await data.recordCall(call('1002', everyTextField));
    expect(leaks(JSON.stringify(await rawRows(n)))).toEqual([]);
    expect(stored.transcript![0]!.text).toBe('My card [CARD], mail [EMAIL], phone [PHONE]');
    expect(stored.reason).toBe('Caller said card [CARD], mail [EMAIL], phone [PHONE]');
    expect(stored.assistFeedback![0]).toEqual({ ...everyTextField.assistFeedback![0], query: 'refund card [CARD], mail [EMAIL], phone [PHONE]' });
    expect(stored.wrapUp).toEqual({ ...everyTextField.wrapUp, summary: 'Refund to card [CARD], mail [EMAIL], phone [PHONE]' });
    expect(stored).toMatchObject({ id: '1002', peerNumber: '1002', peerUri: 'sip:1002@pbx', peerName: 'Ana', direction: 'incoming', outcome: 'answered', startedAt: 1002 });
    expect((await data.recentCalls())[0]).toEqual(stored);
  });

  it("reads national numbers by the agent's region, as settings say at each write", async () => {
    let region: string | undefined;
    const data = createCallData({ ...names(), region: () => region });
    const said = [{ speaker: 'customer' as const, text: 'it is 020 7946 0958', startMs: 0, endMs: 1 }]; // no cue: a number called a phone number is read against every country
    expect((await data.recordCall(call('1', { transcript: said }))).transcript![0]!.text).toBe('it is 020 7946 0958'); // not a number in the default region (US)
    region = 'GB';
    expect((await data.recordCall(call('2', { transcript: said }))).transcript![0]!.text).toBe('it is [PHONE]');
    expect(data.context('+44 20 7946 0958')).toEqual({ region: 'GB', callNumber: '+44 20 7946 0958' });
  });

  it('masks a field it has never heard of (deny by default)', async () => {
    const data = createCallData(names());
    const future = { ...call('1'), notes: [`call back on ${PII}`], extra: { said: PII, count: 4111111111111111 } } as unknown as CallRecord;
    const stored = (await data.recordCall(future)) as unknown as typeof future & { notes: string[]; extra: { said: string; count: number } };
    expect(stored.notes).toEqual(['call back on card [CARD], mail [EMAIL], phone [PHONE]']);
    expect(stored.extra.said).toBe('card [CARD], mail [EMAIL], phone [PHONE]');
    expect(stored.extra.count).toBe(4111111111111111); // numbers are not text: no call data is a number
  });

  it('masks the wrap-up attached later, and the feedback query the customer spoke', async () => {
    const n = names();
    const data = createCallData(n);
    await data.recordCall(call('7'));
    const attached = await data.attachWrapUp('7', everyTextField.wrapUp!);
    expect(attached.wrapUp!.summary).toBe('Refund to card [CARD], mail [EMAIL], phone [PHONE]');
    const saved = await data.updateFeedback(feedback(), () => feedback(), '+44 20 7946 0958');
    expect(saved.query).toBe('when do I get my money back, card [CARD], mail [EMAIL], phone [PHONE]');
    expect(saved.title).toBe('How long do refunds take?');
    expect(await data.feedbackForCall('c1')).toEqual([saved]);
    expect(leaks(JSON.stringify(await rawRows(n)))).toEqual([]);
  });

  it('masks rows stored before this version when the databases are first opened (upgrade to version 2)', async () => {
    const n = names();
    const oldHistory = new Dexie(n.historyDb);
    oldHistory.version(1).stores({ calls: 'id, startedAt' });
    await oldHistory.table('calls').put(call('3', { assistFeedback: everyTextField.assistFeedback }));
    oldHistory.close();
    const oldFeedback = new Dexie(n.feedbackDb);
    oldFeedback.version(1).stores({ feedback: '[callId+articleId], callId, updatedAt' });
    await oldFeedback.table('feedback').put(feedback());
    oldFeedback.close();
    expect(leaks(JSON.stringify(await rawRows(n))).sort()).toEqual(['card', 'email', 'phone']);

    const data = createCallData(n);
    expect((await data.recentCalls())[0]!.assistFeedback![0]!.query).toBe('refund card [CARD], mail [EMAIL], phone [PHONE]');
    expect((await data.allFeedback())[0]!.query).toBe('when do I get my money back, card [CARD], mail [EMAIL], phone [PHONE]');
    expect(leaks(JSON.stringify(await rawRows(n)))).toEqual([]);
  });
});

describe('call data: transactions', () => {
  it('a resolved write is committed: another connection reads it at once', async () => {
    const n = names();
    await createCallData(n).recordCall(call('1'));
    await createCallData(n).updateFeedback(feedback(), () => feedback());
    const other = createCallData(n);
    expect((await other.recentCalls()).map((c) => c.id)).toEqual(['1']);
    expect(await other.allFeedback()).toHaveLength(1);
  });

  it('a call whose pruning fails is not stored either: the transaction is all or nothing', async () => {
    const n = names();
    const data = createCallData({ ...n, maxCalls: 2 });
    await data.recordCall(call('1'));
    await data.recordCall(call('2'));
    // The third call's put succeeds, then deleting the oldest fails: the put must be rolled back.
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('fake disk failure', 'UnknownError');
    });
    await expect(data.recordCall(call('3'))).rejects.toThrow('fake disk failure');
    vi.restoreAllMocks();
    expect((await createCallData(n).recentCalls()).map((c) => c.id)).toEqual(['2', '1']);
    // And when pruning works, the oldest goes in the same transaction as the newest arrives.
    await data.recordCall(call('3'));
    expect((await createCallData(n).recentCalls()).map((c) => c.id)).toEqual(['3', '2']);
  });

  it('a wrap-up that cannot be stored leaves the call as it was; an unknown call is refused by name', async () => {
    const n = names();
    const data = createCallData(n);
    await data.recordCall(call('5', { wrapUp: everyTextField.wrapUp }));
    const unstorable = { ...everyTextField.wrapUp!, savedAt: Symbol('not cloneable') } as unknown as CallRecord['wrapUp'] & object;
    await expect(data.attachWrapUp('5', unstorable)).rejects.toThrow();
    expect((await createCallData(n).recentCalls())[0]!.wrapUp!.summary).toBe('Refund to card [CARD], mail [EMAIL], phone [PHONE]');
    await expect(data.attachWrapUp('nope', everyTextField.wrapUp!)).rejects.toThrow('no call nope in the call history');
    expect((await createCallData(n).recentCalls()).map((c) => c.id)).toEqual(['5']);
  });

  it('asks IndexedDB for strict durability on every write (committed = flushed to disk)', async () => {
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const data = createCallData(names());
    await data.recordCall(call('1'));
    await data.attachWrapUp('1', everyTextField.wrapUp!);
    await data.updateFeedback(feedback(), () => feedback());
    await data.clearCalls();
    const writes = spy.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(4);
    for (const [, , options] of writes) expect(options).toMatchObject({ durability: 'strict' });
  });

  it('the databases keep their names, so existing history, feedback and learned phrasings are found', () => {
    expect([new HistoryDb().name, new FeedbackDb().name, new LearningDb().name]).toEqual(['switchboard-history', 'switchboard-assist-feedback', 'switchboard-assist-learning']);
  });
});
