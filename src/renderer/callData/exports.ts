// Every way call data leaves the app as a file or on the clipboard: "Export call history" (one row per
// call as CSV for a spreadsheet, or every stored field as JSON), "Export feedback" (CSV or JSON) and
// "Copy transcript". Exports take only stored (redacted) rows, exactly as stored, nothing added; the
// clipboard gets the transcript masked the same way. A file is saved only from what these functions made.
import { csvCell } from '../../shared/export/csv';
import { saveFile } from '../app/saveFile';
import { transcriptText } from '../transcript/text';
import type { TranscriptLine } from '../transcript/store';
import type { Speaker } from '../transcript/utterance';
import type { Article } from '../assist/kb/types';
import type { StoredCall, StoredFeedback, StoredPhrasing } from './callDataDb';
import { redactCallData, type CallContext, type Redacted } from './redacted';

export type ExportFormat = 'csv' | 'json';

declare const exportBrand: unique symbol;
/** A file made by this module from stored call data. */
export type ExportFile = { text: string; name: string; type: string } & { readonly [exportBrand]: true };

const file = (text: string, kind: string, format: ExportFormat, now: Date) =>
  ({ text, name: `switchboard-${kind}-${now.toISOString().slice(0, 10)}.${format}`, type: format === 'csv' ? 'text/csv' : 'application/json' }) as ExportFile;

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
const seconds = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms / 100) / 10);
const callTime = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const csv = <R>(rows: readonly R[], columns: readonly (readonly [string, (r: R) => unknown])[]) =>
  [columns.map(([name]) => name).join(','), ...rows.map((r) => columns.map(([, get]) => csvCell(get(r))).join(','))].join('\r\n') + '\r\n';

const CALL_COLUMNS: [string, (r: StoredCall) => unknown][] = [
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

/** "Export call history": the rows on screen. */
export function exportCalls(records: readonly StoredCall[], format: ExportFormat, now = new Date()): ExportFile {
  const text =
    format === 'json'
      ? JSON.stringify(records.map((r) => ({ ...r, startedAt: iso(r.startedAt), answeredAt: iso(r.answeredAt), endedAt: iso(r.endedAt) })), null, 2) + '\n'
      : csv(records, CALL_COLUMNS);
  return file(text, 'call-history', format, now);
}

const FEEDBACK_COLUMNS = (['callId', 'articleId', 'title', 'query', 'vote', 'pinned', 'copied', 'expanded', 'updatedAt'] as const).map(
  (c) => [c, (r: StoredFeedback) => (c === 'updatedAt' ? iso(r.updatedAt) : r[c])] as const,
);

/** "Export feedback": every call's suggestion feedback, oldest first, in the dialect the FAQ importer reads. */
export function exportFeedback(rows: readonly StoredFeedback[], format: ExportFormat, now = new Date()): ExportFile {
  const text = format === 'json' ? JSON.stringify(rows.map((r) => ({ ...r, updatedAt: iso(r.updatedAt) })), null, 2) : csv(rows, FEEDBACK_COLUMNS);
  return file(text, 'suggestion-feedback', format, now);
}

/**
 * "Export confirmed phrasings": for the knowledge-base owner, in the knowledge base's own CSV format
 * (assist/kb/faqCsv.ts) — one row per article with its id, answer, tags and link as the knowledge base
 * has them, and its questions followed by the phrasings agents confirmed (masked as stored), so the file
 * imports as it is and its rows replace the owner's by id. Articles no longer in the knowledge base are
 * left out. `confirmed`: the stored phrasings to export (assist/learning/ says which are confirmed).
 */
export function exportPhrasings(confirmed: readonly StoredPhrasing[], articles: readonly Article[], now = new Date()): ExportFile {
  const phrasings = new Map<string, string[]>();
  for (const p of confirmed) phrasings.set(p.articleId, [...(phrasings.get(p.articleId) ?? []), p.text]);
  const rows = articles
    .filter((a) => phrasings.has(a.id))
    .map((a) => {
      const known = new Set([a.title, ...a.questions].map((q) => q.toLowerCase()));
      const learned = phrasings.get(a.id)!.filter((q) => !known.has(q.toLowerCase()));
      // "|" separates questions in the format; a phrasing cannot hold one.
      return { a, questions: [a.title, ...a.questions, ...learned.map((q) => q.replace(/\|/g, '/'))] };
    });
  const columns: [string, (r: (typeof rows)[number]) => unknown][] = [
    ['id', (r) => r.a.id],
    ['question', (r) => r.questions.join('|')],
    ['answer', (r) => r.a.body],
    ['tags', (r) => r.a.tags.join(';')],
    ['link', (r) => r.a.link],
  ];
  return file(csv(rows, columns), 'confirmed-phrasings', 'csv', now);
}

/** "Copy transcript": the live lines, masked as history would keep them (clipboards are kept and shared). */
export function transcriptForClipboard(lines: readonly Omit<TranscriptLine, 'redacted'>[], label: (s: Speaker) => string, context: CallContext): Redacted<string> {
  return transcriptText(redactCallData([...lines], context), label) as Redacted<string>;
}

/** Hands an export to the browser as a download. */
export function saveExport(f: ExportFile): void {
  saveFile(f.text, f.name, f.type);
}
