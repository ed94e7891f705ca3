import type { ScriptItem } from '../../../shared/settings/schema';

/** One knowledge-base article, whatever format it came from. */
export interface Article {
  id: string;
  title: string;
  /** The answer to read out (Markdown for articles, plain text for FAQ rows). */
  body: string;
  /** Other ways customers ask for this (used by retrieval). */
  questions: string[];
  tags: string[];
  link?: string;
  /** Where it came from, for error messages and the "source" shown with a suggestion. */
  source: { file: string; line?: number };
}

/** A problem found while importing: which file, where in it, which field, what is wrong. */
export interface ImportError {
  file: string;
  line?: number;
  /** CSV row number (1 = the header) or JSON item index (0-based), when that is clearer than a line. */
  row?: number;
  field?: string;
  message: string;
}

/** A successful import: the articles, the synonym groups (synonyms.json) and the call script's checklist (checklist.json). */
export type ImportResult = { ok: true; articles: Article[]; synonyms: string[][]; checklist: ScriptItem[] } | { ok: false; errors: ImportError[] };

export function describeImportError(e: ImportError): string {
  const where = [e.file, e.line !== undefined ? `line ${e.line}` : undefined, e.row !== undefined ? `row ${e.row}` : undefined].filter(Boolean).join(', ');
  return `${where}: ${e.field ? `${e.field}: ` : ''}${e.message}`;
}
