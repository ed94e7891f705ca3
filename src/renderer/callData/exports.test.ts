import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../history/types';
import { parseCsv } from '../assist/kb/faqCsv';
import { createCallData } from './callData';
import { exportCalls, exportFeedback, transcriptForClipboard } from './exports';
import { redactCallData } from './redacted';
import { leaks, PII } from './pii.testing';

const rec = (id: string, over: Partial<CallRecord> = {}): CallRecord => ({
  id, direction: 'outgoing', peerUri: `sip:${id}@pbx`, peerNumber: id, peerName: '', startedAt: Date.UTC(2026, 10, 24, 9, 0, 0),
  answeredAt: Date.UTC(2026, 10, 24, 9, 0, 2), endedAt: Date.UTC(2026, 10, 24, 9, 1, 2), durationSec: 60, outcome: 'answered', ...over,
});
/** As the module stores it. */
const stored = (r: CallRecord) => redactCallData(r, {});
const day = new Date(Date.UTC(2026, 0, 5, 23));

describe('call history export', () => {
  const full = stored(rec('1002', {
    peerName: 'Silva, "Ana"',
    talk: { agentMs: 12_000, customerMs: 18_000, talkRatio: 0.4, longestCustomerMonologueMs: 7_250, segments: [] },
    transcript: [
      { speaker: 'customer', text: 'My card is [CARD]', startMs: 4_200, endMs: 6_000 },
      { speaker: 'agent', text: 'Thanks, one moment', startMs: 65_000, endMs: 66_000 },
    ],
    wrapUp: { summary: 'Refund for [CARD]', disposition: 'billing / refunds', draftedBy: 'on-device', edited: false, savedAt: 1 },
    assistFeedback: [{ articleId: 'kb-7', title: 'Refunds', query: 'refund', vote: 'helpful', pinned: true, copied: 2, expanded: true }],
    quality: {
      samples: 58, seconds: 59, mos: { median: 4.36, min: 3.9 }, rttMs: { median: 24, max: 60 }, jitterMs: { median: 4, max: 19 },
      lossPct: 0.12, concealmentPct: 0.8, warningSeconds: { rtt: 0, jitter: 0, loss: 1, mos: 0 }, codec: 'opus',
    },
  }));
  it('CSV: one header and one row per call, quoted per RFC 4180, masked text exactly as stored', () => {
    const csv = exportCalls([full, stored(rec('1003', { outcome: 'failed', sipCode: 486, answeredAt: null, durationSec: 0 }))], 'csv', day);
    expect(csv).toMatchObject({ name: 'switchboard-call-history-2026-01-05.csv', type: 'text/csv' });
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('id,direction,peerNumber,peerName,peerUri,startedAt,answeredAt,endedAt,durationSec,outcome,sipCode,reason,agentTalkSec,customerTalkSec,talkRatio,longestCustomerMonologueSec,transcript,wrapUpDisposition,wrapUpSummary,suggestionFeedback,mosMedian');
    expect(csv.text).toContain('1002,outgoing,1002,"Silva, ""Ana""",sip:1002@pbx,2026-11-24T09:00:00.000Z,2026-11-24T09:00:02.000Z,2026-11-24T09:01:02.000Z,60,answered,,,12,18,0.4,7.3,"[0:04] customer: My card is [CARD]\n[1:05] agent: Thanks, one moment",billing / refunds,Refund for [CARD],kb-7 helpful pinned copied×2,4.36\r\n');
    expect(csv.text).toContain('\r\n1003,outgoing,1003,,sip:1003@pbx,2026-11-24T09:00:00.000Z,,2026-11-24T09:01:02.000Z,0,failed,486,,,,,,,,,,\r\n');
    expect(csv.text.endsWith('\r\n')).toBe(true);
  });
  it('JSON: every stored field, times as ISO strings, round-trips', () => {
    const json = exportCalls([full], 'json', day);
    expect(json).toMatchObject({ name: 'switchboard-call-history-2026-01-05.json', type: 'application/json' });
    const parsed = JSON.parse(json.text) as Record<string, unknown>[];
    expect(parsed).toEqual([{ ...full, startedAt: '2026-11-24T09:00:00.000Z', answeredAt: '2026-11-24T09:00:02.000Z', endedAt: '2026-11-24T09:01:02.000Z' }]);
    expect(JSON.parse(exportCalls([], 'json').text)).toEqual([]);
  });
});

describe('every export of what was spoken in a call', () => {
  it('holds no card number, e-mail address or phone number: history and feedback, CSV and JSON', async () => {
    const data = createCallData({ historyDb: `h-${Math.random()}`, feedbackDb: `f-${Math.random()}` });
    const row = { callId: '1002', articleId: 'refunds', title: 'Refunds', query: `refund ${PII}`, vote: 'helpful', pinned: true, copied: 1, expanded: true, updatedAt: 1 } as const;
    await data.updateFeedback(row, () => row, '1002');
    await data.recordCall(rec('1002', {
      transcript: [{ speaker: 'customer', text: PII, startMs: 0, endMs: 1 }],
      assistFeedback: (await data.feedbackForCall('1002')).map(({ articleId, title, query, vote, pinned, copied, expanded }) => ({ articleId, title, query, vote, pinned, copied, expanded })),
    }));
    await data.attachWrapUp('1002', { summary: `Customer gave ${PII}`, disposition: 'other', draftedBy: 'on-device', edited: true, savedAt: 2 });
    const calls = await data.recentCalls();
    const feedback = await data.allFeedback();
    const files = [exportCalls(calls, 'csv'), exportCalls(calls, 'json'), exportFeedback(feedback, 'csv'), exportFeedback(feedback, 'json')];
    for (const f of files) {
      expect(leaks(f.text), f.name).toEqual([]);
      expect(f.text, f.name).toContain('[CARD]'); // the text was exported, masked
    }
    const csv = parseCsv(files[2]!.text);
    expect(csv.rows.slice(1).map((r) => r.fields.slice(0, 5))).toEqual([['1002', 'refunds', 'Refunds', 'refund card [CARD], mail [EMAIL], phone [PHONE]', 'helpful']]);
  });

  it('"Copy transcript" copies the live lines masked, in the clipboard format', () => {
    const text = transcriptForClipboard(
      [
        { id: 'a', speaker: 'agent', text: 'How can I help?', final: true, startMs: 1000, endMs: 2000 },
        { id: 'b', speaker: 'customer', text: PII, final: true, startMs: 65_000, endMs: 70_000 },
      ],
      (s) => (s === 'agent' ? 'Agent' : 'Customer'),
      { callNumber: '1002' },
    );
    expect(text).toBe('[0:01] Agent: How can I help?\n[1:05] Customer: card [CARD], mail [EMAIL], phone [PHONE]');
  });
});
