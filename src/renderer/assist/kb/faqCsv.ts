// A CSV FAQ (RFC 4180: commas, double-quoted fields, "" for a quote). Header row names the columns:
// question (variants separated by "|"), answer, and optionally id, tags (separated by ";"), link.
import { optionalLink, requiredText, slug, textList } from './fields';
import type { Article, ImportError } from './types';

const COLUMNS = ['id', 'question', 'answer', 'tags', 'link'];

/** Rows of fields, each with the line it starts on; or the line of a broken quote. */
export function parseCsv(text: string): { rows: { line: number; fields: string[] }[]; error?: { line: number; message: string } } {
  const rows: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === '"') {
      return { rows, error: { line, message: 'a quote in the middle of an unquoted field: put the whole field in quotes and double the quote ("")' } };
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f !== '')) rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted) return { rows, error: { line: quoteLine, message: 'a quoted field is never closed' } };
  fields.push(field);
  if (fields.some((f) => f !== '')) rows.push({ line: rowLine, fields });
  return { rows };
}

export function parseFaqCsv(file: string, text: string, errors: ImportError[]): Article[] {
  const { rows, error } = parseCsv(text);
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
