// A CSV FAQ (RFC 4180: commas, double-quoted fields, "" for a quote). Header row names the columns:
// question (variants separated by "|"), answer, and optionally id, tags (separated by ";"), link.
import { optionalLink, requiredText, slug, textList } from './fields';
import type { Article, ImportError } from './types';

const COLUMNS = ['id', 'question', 'answer', 'tags', 'link'];

/** Reports how far a parse has got: characters read and rows found so far. */
export type CsvProgress = (charsDone: number, rows: number) => void;

/** Characters between two progress reports: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 256 * 1024;

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Rows of fields, each with the line it starts on; or the line of a broken quote. Fields are cut out
 * of the text in runs (slice) rather than built a character at a time: a string grown one character
 * at a time is a chain of tiny pieces, and a 20 MB file kept that way needs gigabytes.
 */
export function parseCsv(text: string, onProgress?: CsvProgress): { rows: { line: number; fields: string[] }[]; error?: { line: number; message: string } } {
  const rows: { line: number; fields: string[] }[] = [];
  let nextReport = PROGRESS_EVERY;
  let field = '';
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  const src = text.replace(/^\uFEFF/, '');
  const n = src.length;
  const endRow = () => {
    fields.push(field);
    if (fields.some((f) => f !== '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  let i = 0;
  while (i < n) {
    if (i >= nextReport) {
      onProgress?.(i, rows.length);
      while (nextReport <= i) nextReport += PROGRESS_EVERY;
    }
    const c = src.charCodeAt(i);
    if (c === QUOTE) {
      if (field !== '') return { rows, error: { line, message: 'a quote in the middle of an unquoted field: put the whole field in quotes and double the quote ("")' } };
      // A quoted field: up to the next lone quote; "" is a quote; line breaks belong to the field.
      const quoteLine = line;
      i++;
      for (;;) {
        const q = src.indexOf('"', i);
        if (q === -1) return { rows, error: { line: quoteLine, message: 'a quoted field is never closed' } };
        for (let k = src.indexOf('\n', i); k !== -1 && k < q; k = src.indexOf('\n', k + 1)) line++;
        field += src.slice(i, q);
        if (src.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else if (c === COMMA) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === LF || c === CR) {
      i += c === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
      endRow();
      line++;
      rowLine = line;
    } else {
      let j = i + 1;
      for (; j < n; j++) {
        const d = src.charCodeAt(j);
        if (d === COMMA || d === LF || d === CR || d === QUOTE) break;
      }
      field += src.slice(i, j);
      i = j;
    }
  }
  endRow();
  return { rows };
}

export function parseFaqCsv(file: string, text: string, errors: ImportError[], onProgress?: CsvProgress): Article[] {
  const { rows, error } = parseCsv(text, onProgress);
  if (error) {
    errors.push({ file, line: error.line, message: error.message });
    return [];
  }
  const header = rows[0]?.fields.map((h) => h.trim().toLowerCase());
  if (!header) {
    errors.push({ file, line: 1, message: 'the file is empty: expected a header row with question,answer' });
    return [];
  }
  const before = errors.length;
  header.forEach((h, i) => {
    if (!COLUMNS.includes(h)) errors.push({ file, line: 1, row: 1, field: h || `column ${i + 1}`, message: `unknown column (expected ${COLUMNS.join(', ')})` });
  });
  for (const required of ['question', 'answer']) {
    if (!header.includes(required)) errors.push({ file, line: 1, row: 1, field: required, message: 'column is missing from the header' });
  }
  if (errors.length !== before) return [];
  const col = (name: string) => header.indexOf(name);
  const articles: Article[] = [];
  rows.slice(1).forEach((r, i) => {
    const rowNumber = i + 2;
    const report = (field: string, message: string) => errors.push({ file, line: r.line, row: rowNumber, field, message });
    if (r.fields.length !== header.length) {
      report('row', `has ${r.fields.length} fields, the header has ${header.length}`);
      return;
    }
    const get = (name: string) => (col(name) >= 0 ? r.fields[col(name)]!.trim() : '');
    const start = errors.length;
    const questions = get('question').split('|').map((q) => q.trim()).filter(Boolean);
    if (questions.length === 0) report('question', 'is empty');
    const answer = requiredText(get('answer'), 'answer', report);
    const tags = textList(get('tags') ? get('tags').split(';').map((t) => t.trim()).filter(Boolean) : [], 'tags', report);
    const link = optionalLink(get('link'), 'link', report);
    if (errors.length !== start) return;
    articles.push({
      id: get('id') || `${slug(file.replace(/\.csv$/i, ''))}-${slug(questions[0]!)}`,
      title: questions[0]!,
      body: answer,
      questions: questions.slice(1),
      tags,
      link,
      source: { file, line: r.line },
    });
  });
  return articles;
}
