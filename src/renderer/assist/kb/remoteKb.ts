// The knowledge base from a URL set by admin policy (or the agent): refreshed with HTTP validators
// (ETag / Last-Modified). 304 keeps the current KB; 200 is imported all or nothing; any failure keeps
// the KB in use and says why. The URL serves one knowledge-base file (Markdown, JSON or CSV FAQ,
// named by the URL's extension or its Content-Type) or a bundle: {"files": [{"name", "text"}, ...]}.
import type { ImportProgress, KbFile } from './importer';
import { importIntoDb, type KbDb, type KbMeta } from './kbDb';
import { describeImportError, type ImportError } from './types';
import { describeJsonError, parseStrictJson } from './strictJson';

export type RefreshResult =
  | { kind: 'unchanged' }
  | { kind: 'updated'; articles: number }
  | { kind: 'failed'; message: string; errors: ImportError[] };

export async function refreshFromUrl(db: KbDb, url: string, fetchImpl: typeof fetch = fetch, onProgress?: (p: ImportProgress) => void): Promise<RefreshResult> {
  const host = hostOf(url);
  const previous = await db.meta.get('remote');
  const known = previous?.key === 'remote' && previous.url === url && (await db.articles.count()) > 0 ? previous : null;
  const headers: Record<string, string> = {};
  if (known?.etag) headers['If-None-Match'] = known.etag;
  else if (known?.lastModified) headers['If-Modified-Since'] = known.lastModified;
  let res: Response;
  try {
    // no-store: the validators above are ours; the browser's cache must not answer for the server.
    res = await fetchImpl(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
  } catch (e) {
    return failed(`could not reach ${host}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (res.status === 304) {
    if (known) return { kind: 'unchanged' };
    return failed(`${host} answered 304 Not Modified to a request without validators`);
  }
  if (!res.ok) return failed(`${host} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    return failed(`the download from ${host} was cut off: ${e instanceof Error ? e.message : String(e)}`);
  }
  const files = filesFrom(url, res.headers.get('content-type') ?? '', text);
  if ('error' in files) return failed(files.error);
  const meta: Extract<KbMeta, { key: 'remote' }> = { key: 'remote', url, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'), fetchedAt: Date.now() };
  const result = await importIntoDb(db, files.files, meta, onProgress);
  if (!result.ok) {
    const first = result.errors[0] ? `: ${describeImportError(result.errors[0])}` : '';
    return { kind: 'failed', message: `the knowledge base from ${host} has ${result.errors.length} problem(s)${first}`, errors: result.errors };
  }
  return { kind: 'updated', articles: result.articles.length };
}

function failed(message: string): RefreshResult {
  return { kind: 'failed', message, errors: [] };
}

function filesFrom(url: string, type: string, text: string): { files: KbFile[] } | { error: string } {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || 'knowledge-base';
  const isJson = /\.json$/i.test(name) || type.includes('json');
  if (isJson && text.trimStart().startsWith('{')) {
    // A bundle of files.
    const bundle = parseStrictJson(text);
    if (!bundle.ok) return { error: `${name} is not valid JSON: ${describeJsonError(bundle)}` };
    const list = (bundle.value as { files?: unknown }).files;
    if (!Array.isArray(list) || list.some((f) => typeof f?.name !== 'string' || typeof f?.text !== 'string')) {
      return { error: `${name} must be a JSON FAQ array, or {"files": [{"name": "...", "text": "..."}]}` };
    }
    return { files: list as KbFile[] };
  }
  if (/\.(md|markdown|json|csv)$/i.test(name)) return { files: [{ name, text }] };
  const ext = type.includes('json') ? 'json' : type.includes('csv') ? 'csv' : type.includes('markdown') ? 'md' : null;
  if (!ext) return { error: `cannot tell the format of ${name} (Content-Type "${type}"): use a .md, .json or .csv URL` };
  return { files: [{ name: `${name}.${ext}`, text }] };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
