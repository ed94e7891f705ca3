// Field checks shared by every format, so an article means the same whether it came from Markdown,
// JSON or CSV.
import type { ImportError } from './types';

type Report = (field: string, message: string) => void;

export function requiredText(value: unknown, field: string, report: Report): string {
  if (typeof value !== 'string' || value.trim() === '') {
    report(field, value === undefined || value === null ? 'is required' : 'must be non-empty text');
    return '';
  }
  return value.trim();
}

export function textList(value: unknown, field: string, report: Report): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string') return [value.trim()];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    report(field, 'must be a list of non-empty texts');
    return [];
  }
  return value.map((v: string) => v.trim());
}

export function optionalLink(value: unknown, field: string, report: Report): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    report(field, 'must be an https:// URL');
    return undefined;
  }
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'https:') return url.href;
  } catch {
    /* reported below */
  }
  report(field, `must be an https:// URL, not "${value}"`);
  return undefined;
}

export function reporter(errors: ImportError[], base: Omit<ImportError, 'field' | 'message'>): Report {
  return (field, message) => errors.push({ ...base, field, message });
}

/** Stable ids from file names and titles: lower case, ASCII letters, digits and dashes. */
export function slug(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
}
