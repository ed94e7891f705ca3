// Imports a knowledge base from files (a folder of Markdown articles, JSON or CSV FAQs): all or
// nothing. Any error anywhere and the result is the complete list of errors, with no articles.
import { parseFaqCsv } from './faqCsv';
import { parseFaqJson } from './faqJson';
import { parseMarkdownArticle } from './markdown';
import { isSynonymsFile, parseSynonyms } from './synonyms';
import { isChecklistFile, parseChecklist } from './checklistFile';
import type { Article, ImportError, ImportResult } from './types';
import type { ScriptItem } from '../../../shared/settings/schema';

export interface KbFile {
  /** Path within the imported folder, e.g. "billing/refunds.md". */
  name: string;
  text: string;
}

/** How far an import has got, over all its files: characters read or parsed of the total, and rows or items read. */
export interface ImportProgress {
  stage: 'reading' | 'parsing' | 'saving';
  done: number;
  total: number;
  rows: number;
}

export function importKnowledgeBase(files: readonly KbFile[], onProgress?: (p: ImportProgress) => void): ImportResult {
  const errors: ImportError[] = [];
  const articles: Article[] = [];
  const synonyms: string[][] = [];
  const checklist: ScriptItem[] = [];
  const checklistFiles = files.filter((f) => isChecklistFile(f.name));
  if (checklistFiles.length > 1) errors.push({ file: checklistFiles[1]!.name, message: `only one checklist.json per knowledge base (${checklistFiles[0]!.name} is the first)` });
  const total = files.reduce((n, f) => n + f.text.length, 0);
  let done = 0;
  let rows = 0;
  for (const f of files) {
    const before = articles.length;
    const ext = /\.([a-z]+)$/i.exec(f.name)?.[1]?.toLowerCase();
    if (isSynonymsFile(f.name)) addAll(synonyms, parseSynonyms(f.name, f.text, errors));
    else if (isChecklistFile(f.name)) addAll(checklist, parseChecklist(f.name, f.text, errors));
    else if (ext === 'md' || ext === 'markdown') {
      const a = parseMarkdownArticle(f.name, f.text, errors);
      if (a) articles.push(a);
    } else if (ext === 'json') addAll(articles, parseFaqJson(f.name, f.text, errors));
    else if (ext === 'csv') addAll(articles, parseFaqCsv(f.name, f.text, errors, onProgress && ((chars, csvRows) => onProgress({ stage: 'parsing', done: done + chars, total, rows: rows + csvRows }))));
    else errors.push({ file: f.name, message: 'not a knowledge-base file: use .md, .json or .csv' });
    done += f.text.length;
    rows += articles.length - before;
    onProgress?.({ stage: 'parsing', done, total, rows });
  }
  const seen = new Map<string, Article>();
  for (const a of articles) {
    const first = seen.get(a.id);
    if (first) {
      errors.push({ file: a.source.file, line: a.source.line, field: 'id', message: `"${a.id}" is already used by ${first.source.file}${first.source.line ? ` line ${first.source.line}` : ''}` });
    } else seen.set(a.id, a);
  }
  if (files.length === 0) errors.push({ file: '(none)', message: 'no files to import' });
  else if (files.every((f) => isSynonymsFile(f.name) || isChecklistFile(f.name))) {
    errors.push({ file: files[0]!.name, message: 'no articles: synonyms or a checklist alone are not a knowledge base' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, articles, synonyms, checklist };
}

/** push(...list) would pass every item as an argument: too many for the stack with a 100,000-row CSV. */
function addAll<T>(into: T[], list: readonly T[]): void {
  for (const item of list) into.push(item);
}
