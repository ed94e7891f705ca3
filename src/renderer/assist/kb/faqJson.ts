// A JSON FAQ: an array of { id?, question | questions, answer, tags?, link? }. Parsed strictly
// (strictJson.ts) so every error can name its line.
import { isJsonObject, parseJsonArray } from './jsonArray';
import { optionalLink, requiredText, slug, textList } from './fields';
import type { Article, ImportError } from './types';

const KNOWN = new Set(['id', 'question', 'questions', 'answer', 'tags', 'link']);

export function parseFaqJson(file: string, text: string, errors: ImportError[]): Article[] {
  const array = parseJsonArray(file, text, errors, 'must be a JSON array of questions and answers');
  if (!array) return [];
  const articles: Article[] = [];
  array.items.forEach(({ value: data, index, line: itemLine }) => {
    if (!isJsonObject(data)) {
      errors.push({ file, line: itemLine, row: index, message: 'each item must be an object with "question" and "answer"' });
      return;
    }
    const fieldLine = (key: string) => array.keyLine(data, key, itemLine);
    const before = errors.length;
    const report = (field: string, message: string) => errors.push({ file, line: fieldLine(field), row: index, field, message });
    for (const key of Object.keys(data)) if (!KNOWN.has(key)) report(key, `unknown field (expected one of ${[...KNOWN].join(', ')})`);
    const questions = [...textList(data.question, 'question', report), ...textList(data.questions, 'questions', report)];
    if (questions.length === 0) report('question', 'is required (or "questions": [...])');
    const answer = requiredText(data.answer, 'answer', report);
    if (errors.length !== before) return;
    articles.push({
      id: typeof data.id === 'string' && data.id.trim() ? data.id.trim() : `${slug(file.replace(/\.json$/i, ''))}-${slug(questions[0]!)}`,
      title: questions[0]!,
      body: answer,
      questions: questions.slice(1),
      tags: textList(data.tags, 'tags', report),
      link: optionalLink(data.link, 'link', report),
      source: { file, line: itemLine },
    });
  });
  return articles;
}
