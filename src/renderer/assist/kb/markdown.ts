// A Markdown article: YAML front matter (title, tags, questions, link, id) between '---' lines, then
// the body. Line numbers in errors are the file's own.
import { LineCounter, parseDocument } from 'yaml';
import { optionalLink, reporter, requiredText, slug, textList } from './fields';
import type { Article, ImportError } from './types';

const KNOWN = new Set(['id', 'title', 'tags', 'questions', 'link']);

export function parseMarkdownArticle(file: string, text: string, errors: ImportError[]): Article | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    errors.push({ file, line: 1, message: 'must start with front matter: a line "---", then title: …, then "---"' });
    return null;
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close === -1) {
    errors.push({ file, line: 1, message: 'front matter is not closed with a "---" line' });
    return null;
  }
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!; // the first; later ones usually follow from it
    errors.push({ file, line: counter.linePos(e.pos[0]).line + 1, message: `front matter is not valid YAML: ${e.message.split('\n')[0]}` });
    return null;
  }
  const data = doc.toJS() as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    errors.push({ file, line: 2, message: 'front matter must be "key: value" lines' });
    return null;
  }
  const lineOf = (key: string) => {
    const node = doc.contents && 'items' in doc.contents ? (doc.contents.items as { key: { value: unknown; range?: number[] } }[]).find((p) => p.key.value === key) : undefined;
    const offset = node?.key.range?.[0];
    return offset === undefined ? 2 : counter.linePos(offset).line + 1;
  };
  const before = errors.length;
  const report = (field: string, message: string) => reporter(errors, { file, line: lineOf(field) })(field, message);
  for (const key of Object.keys(data)) if (!KNOWN.has(key)) report(key, `unknown field (expected one of ${[...KNOWN].join(', ')})`);
  const title = requiredText(data.title, 'title', report);
  const body = lines.slice(close + 1).join('\n').trim();
  if (!body) errors.push({ file, line: close + 2, field: 'body', message: 'the article has no text after the front matter' });
  const article: Article = {
    id: typeof data.id === 'string' && data.id.trim() ? data.id.trim() : slug(file.replace(/\.md$/i, '')),
    title,
    body,
    questions: textList(data.questions, 'questions', report),
    tags: textList(data.tags, 'tags', report),
    link: optionalLink(data.link, 'link', report),
    source: { file },
  };
  return errors.length === before ? article : null;
}
