// "Export call history": the rows on screen as CSV (one row per call, for a spreadsheet) or JSON (every
// stored field). Exactly what is stored, nothing added: transcripts and wrap-ups were masked before
// they were stored, and stay so.
import type { CallRecord } from './types';
import { csvCell } from '../../shared/export/csv';

export type ExportFormat = 'csv' | 'json';

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
const seconds = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms / 100) / 10);
const callTime = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

const COLUMNS: [string, (r: CallRecord) => unknown][] = [
  ['id', (r) => r.id],
  ['direction', (r) => r.direction],
  ['peerNumber', (r) => r.peerNumber],
  ['peerName', (r) => r.peerName],
  ['peerUri', (r) => r.peerUri],
  ['startedAt', (r) => iso(r.startedAt)],
  ['answeredAt', (r) => iso(r.answeredAt)],
  ['endedAt', (r) => iso(r.endedAt)],
  ['durationSec', (r) => r.durationSec],
  ['outcome', (r) => r.outcome],
  ['sipCode', (r) => r.sipCode],
  ['reason', (r) => r.reason],
  ['agentTalkSec', (r) => seconds(r.talk?.agentMs)],
  ['customerTalkSec', (r) => seconds(r.talk?.customerMs)],
  ['talkRatio', (r) => (r.talk?.talkRatio === null || r.talk?.talkRatio === undefined ? null : Math.round(r.talk.talkRatio * 1000) / 1000)],
  ['longestCustomerMonologueSec', (r) => seconds(r.talk?.longestCustomerMonologueMs)],
  ['transcript', (r) => r.transcript?.map((l) => `[${callTime(l.startMs)}] ${l.speaker}: ${l.text}`).join('\n')],
  ['wrapUpDisposition', (r) => r.wrapUp?.disposition],
  ['wrapUpSummary', (r) => r.wrapUp?.summary],
  ['suggestionFeedback', (r) => r.assistFeedback?.map((f) => `${f.articleId} ${f.vote ?? 'no-vote'}${f.pinned ? ' pinned' : ''}${f.copied ? ` copied×${f.copied}` : ''}`).join('; ')],
  ['mosMedian', (r) => r.quality?.mos?.median],
];

export function exportCalls(records: readonly CallRecord[], format: ExportFormat): string {
  if (format === 'json') {
    const rows = records.map((r) => ({ ...r, startedAt: iso(r.startedAt), answeredAt: iso(r.answeredAt), endedAt: iso(r.endedAt) }));
    return JSON.stringify(rows, null, 2) + '\n';
  }
  const lines = records.map((r) => COLUMNS.map(([, get]) => csvCell(get(r))).join(','));
  return [COLUMNS.map(([name]) => name).join(','), ...lines].join('\r\n') + '\r\n';
}

export function exportFileName(format: ExportFormat, now = new Date()): string {
  return `switchboard-call-history-${now.toISOString().slice(0, 10)}.${format}`;
}
