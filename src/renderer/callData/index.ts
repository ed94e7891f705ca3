// Call data: the one way text from a call is stored or leaves the app as a file or on the clipboard.
//
// - store.ts: the app's instance; callData.ts: every write of a call record, its wrap-up, suggestion
//   feedback and learned phrasings, each in one IndexedDB transaction that has committed before its
//   promise resolves;
// - redacted.ts: what every write and export passes through first — each string masked by
//   src/shared/privacy/redact.ts unless its key is an identifier or enumeration (deny by default);
// - callDataDb.ts: the databases, which hold only Redacted rows;
// - exports.ts: history, feedback and confirmed-phrasing exports (CSV, JSON) and "Copy transcript".
//
// History (history/), suggestion feedback (assist/feedback/) and learning from agents (assist/learning/)
// keep their own stores for the screen and call this module to save. A new feature that keeps call text adds its table or export here.
export { createCallData, MAX_CALLS, type CallData } from './callData';
export type { StoredCall, StoredFeedback, StoredPhrasing } from './callDataDb';
export { exportCalls, exportFeedback, exportPhrasings, saveExport, transcriptForClipboard, type ExportFile, type ExportFormat } from './exports';
export type { Redacted } from './redacted';
