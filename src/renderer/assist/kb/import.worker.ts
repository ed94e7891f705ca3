// The knowledge-base import off the main thread: reads the chosen files, parses and checks them and
// writes them to IndexedDB in one transaction (kbDb.ts), posting progress at most every PROGRESS_MS.
import { importIntoDb, KbDb } from './kbDb';
import type { ImportProgress, KbFile } from './importer';
import type { KbImportIn, KbImportOut, KbUpload } from './importProtocol';
import { refreshFromUrl } from './remoteKb';

const PROGRESS_MS = 100;
const post = (m: KbImportOut) => (self as unknown as Worker).postMessage(m);

let lastPost = 0;
function progress(p: ImportProgress): void {
  const now = performance.now();
  if (p.stage === 'parsing' && p.done < p.total && now - lastPost < PROGRESS_MS) return;
  lastPost = now;
  post({ type: 'progress', progress: p });
}

async function read(uploads: readonly KbUpload[]): Promise<KbFile[]> {
  const total = uploads.reduce((n, u) => n + (typeof u.data === 'string' ? u.data.length : u.data.size), 0);
  let done = 0;
  const files: KbFile[] = [];
  for (const u of uploads) {
    const text = typeof u.data === 'string' ? u.data : await u.data.text();
    done += typeof u.data === 'string' ? u.data.length : u.data.size;
    progress({ stage: 'reading', done, total, rows: 0 });
    files.push({ name: u.name, text });
  }
  return files;
}

self.onmessage = async (e: MessageEvent<KbImportIn>) => {
  const db = new KbDb();
  try {
    if (e.data.type === 'import') {
      const r = await importIntoDb(db, await read(e.data.files), undefined, progress);
      post({ type: 'imported', summary: r.ok ? { ok: true, articles: r.articles.length, checklist: r.checklist } : r });
    } else {
      post({ type: 'refreshed', result: await refreshFromUrl(db, e.data.url, fetch, progress) });
    }
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  } finally {
    db.close();
  }
};
