import { describe, expect, it } from 'vitest';
import { filterCalls } from './historyFilter';
import { csvCell } from '../../shared/export/csv';
import { exportCalls, exportFileName } from './historyExport';
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

describe('call history export', () => {
  const full = rec('1002', {
    peerName: 'Silva, "Ana"',
    talk: { agentMs: 12_000, customerMs: 18_000, talkRatio: 0.4, longestCustomerMonologueMs: 7_250, segments: [] },
    transcript: [
      { speaker: 'customer', text: 'My card is [card number]', startMs: 4_200, endMs: 6_000 },
      { speaker: 'agent', text: 'Thanks, one moment', startMs: 65_000, endMs: 66_000 },
    ],
    wrapUp: { summary: 'Refund for [card number]', disposition: 'billing / refunds', draftedBy: 'on-device', edited: false, savedAt: 1 },
    assistFeedback: [{ articleId: 'kb-7', title: 'Refunds', query: 'refund', vote: 'helpful', pinned: true, copied: 2, expanded: true }],
    quality: {
      samples: 58, seconds: 59, mos: { median: 4.36, min: 3.9 }, rttMs: { median: 24, max: 60 }, jitterMs: { median: 4, max: 19 },
      lossPct: 0.12, concealmentPct: 0.8, warningSeconds: { rtt: 0, jitter: 0, loss: 1, mos: 0 }, codec: 'opus',
    },
  });
  it('CSV: one header and one row per call, quoted per RFC 4180, masked text exactly as stored', () => {
    const csv = exportCalls([full, rec('1003', { outcome: 'failed', sipCode: 486, answeredAt: null, durationSec: 0 })], 'csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,direction,peerNumber,peerName,peerUri,startedAt,answeredAt,endedAt,durationSec,outcome,sipCode,reason,agentTalkSec,customerTalkSec,talkRatio,longestCustomerMonologueSec,transcript,wrapUpDisposition,wrapUpSummary,suggestionFeedback,mosMedian');
    expect(csv).toContain('1002,outgoing,1002,"Silva, ""Ana""",sip:1002@pbx,2026-11-24T09:00:00.000Z,2026-11-24T09:00:02.000Z,2026-11-24T09:01:02.000Z,60,answered,,,12,18,0.4,7.3,"[0:04] customer: My card is [card number]\n[1:05] agent: Thanks, one moment",billing / refunds,Refund for [card number],kb-7 helpful pinned copied×2,4.36\r\n');
    expect(csv).toContain('\r\n1003,outgoing,1003,,sip:1003@pbx,2026-11-24T09:00:00.000Z,,2026-11-24T09:01:02.000Z,0,failed,486,,,,,,,,,,\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('CSV: a cell a spreadsheet would run as a formula is turned into text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+4930123')).toBe("'+4930123");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
  });
  it('JSON: every stored field, times as ISO strings, round-trips', () => {
    const parsed = JSON.parse(exportCalls([full], 'json')) as Record<string, unknown>[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toEqual({ ...full, startedAt: '2026-11-24T09:00:00.000Z', answeredAt: '2026-11-24T09:00:02.000Z', endedAt: '2026-11-24T09:01:02.000Z' });
    expect(JSON.parse(exportCalls([], 'json'))).toEqual([]);
  });
  it('names the file after the day and format', () => {
    expect(exportFileName('json', new Date(Date.UTC(2026, 0, 5, 23)))).toBe('switchboard-call-history-2026-01-05.json');
  });
});
