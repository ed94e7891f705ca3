// Call data: the one way text from a call is stored or leaves the app as a file or on the clipboard.
//
// - store.ts: the app's instance; callData.ts: every write of a call record, its wrap-up and suggestion feedback, each in one
//   IndexedDB transaction that has committed before its promise resolves;
// - redacted.ts: what every write and export passes through first — each string masked by
//   src/shared/privacy/redact.ts unless its key is an identifier or enumeration (deny by default);
// - callDataDb.ts: the databases, which hold only Redacted rows;
// - exports.ts: history and feedback exports (CSV, JSON) and "Copy transcript".
//
// History (history/) and suggestion feedback (assist/feedback/) keep their own stores for the screen and
// call this module to save. A new feature that keeps call text adds its table or export here.
export { createCallData, MAX_CALLS, type CallData } from './callData';
export type { StoredCall, StoredFeedback } from './callDataDb';
export { exportCalls, exportFeedback, saveExport, transcriptForClipboard, type ExportFile, type ExportFormat } from './exports';
export type { Redacted } from './redacted';
