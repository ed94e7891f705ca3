// Messages between the page and the knowledge-base import worker. The worker reads, parses, checks
// and stores (IndexedDB) the knowledge base, so a 20 MB file never blocks the window; the page gets
// progress and a summary, never the articles themselves (they would be copied back for nothing).
import type { ScriptItem } from '../../../shared/settings/schema';
import type { ImportProgress } from './importer';
import type { RefreshResult } from './remoteKb';
import type { ImportError } from './types';

/** A file the agent chose (read in the worker) or text already in hand. */
export interface KbUpload {
  /** Path within the imported folder, e.g. "billing/refunds.md". */
  name: string;
  data: Blob | string;
}

export type KbImportIn =
  /** Files from the import control: all or nothing into the knowledge base. */
  | { type: 'import'; files: KbUpload[] }
  /** The knowledge-base URL: fetched, then imported all or nothing (see remoteKb.ts). */
  | { type: 'refresh'; url: string };

/** What the page needs of a finished import. */
export type ImportSummary = { ok: true; articles: number; checklist: ScriptItem[] } | { ok: false; errors: ImportError[] };

export type KbImportOut =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'imported'; summary: ImportSummary }
  | { type: 'refreshed'; result: RefreshResult }
  /** Something the importer does not report itself failed (IndexedDB refused the write, the worker could not load). */
  | { type: 'error'; message: string };
