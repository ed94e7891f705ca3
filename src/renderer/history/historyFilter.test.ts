import { describe, expect, it } from 'vitest';
import { filterCalls } from './historyFilter';
import type { CallRecord } from './types';

const rec = (id: string, over: Partial<CallRecord> = {}): CallRecord => ({
  id, direction: 'outgoing', peerUri: `sip:${id}@pbx`, peerNumber: id, peerName: '', startedAt: Date.UTC(2026, 10, 24, 9, 0, 0),
  answeredAt: Date.UTC(2026, 10, 24, 9, 0, 2), endedAt: Date.UTC(2026, 10, 24, 9, 1, 2), durationSec: 60, outcome: 'answered', ...over,
});
const zh = { answered: '已接听', missed: '未接', declined: '已拒接', failed: '失败', cancelled: '已取消', busy: '忙' } as const;

describe('call history search', () => {
  const calls = [rec('1002', { peerName: 'Ana Silva' }), rec('1003', { outcome: 'busy', sipCode: 486, reason: 'Busy Here' }), rec('+4930123', { outcome: 'missed', direction: 'incoming' })];
  it('matches number, name, outcome (stored or translated) and SIP code; every word must match', () => {
    const ids = (q: string, label: (o: CallRecord['outcome']) => string = (o) => o) => filterCalls(calls, q, label).map((r) => r.id);
    expect(ids('')).toEqual(['1002', '1003', '+4930123']);
    expect(ids('  ')).toEqual(['1002', '1003', '+4930123']);
    expect(ids('100')).toEqual(['1002', '1003']);
    expect(ids('silva')).toEqual(['1002']);
    expect(ids('ANA 1002')).toEqual(['1002']);
    expect(ids('ana 1003')).toEqual([]);
    expect(ids('486')).toEqual(['1003']);
    expect(ids('missed')).toEqual(['+4930123']);
    expect(ids('未接', (o) => zh[o])).toEqual(['+4930123']);
    expect(ids('+4930')).toEqual(['+4930123']);
    expect(ids('pbx')).toEqual([]); // every call's SIP address has the same host: not searched
  });
  it('keeps the order it was given (newest first)', () => {
    expect(filterCalls([...calls].reverse(), '1', (o) => o).map((r) => r.id)).toEqual(['+4930123', '1003', '1002']);
  });
});
