// The page's side of the import worker (import.worker.ts): one worker per import or refresh, ended
// when it answers, so a large file's parse leaves nothing behind in memory.
import type { ImportProgress } from './importer';
import type { ImportSummary, KbImportIn, KbImportOut, KbUpload } from './importProtocol';
import type { RefreshResult } from './remoteKb';

function run<T>(request: KbImportIn, onProgress: ((p: ImportProgress) => void) | undefined, answer: (m: KbImportOut) => T | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'kb-import' });
    const finish = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.onmessage = (e: MessageEvent<KbImportOut>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress?.(m.progress);
      if (m.type === 'error') return finish(() => reject(new Error(m.message)));
      const value = answer(m);
      if (value !== undefined) finish(() => resolve(value));
    };
    worker.onerror = (e) => finish(() => reject(new Error(`the knowledge-base import worker failed: ${e.message || 'it could not be loaded'}`)));
    worker.postMessage(request);
  });
}

/** Reads, checks and stores the files, all or nothing, in the import worker. */
export function importInWorker(files: KbUpload[], onProgress?: (p: ImportProgress) => void): Promise<ImportSummary> {
  return run({ type: 'import', files }, onProgress, (m) => (m.type === 'imported' ? m.summary : undefined));
}

/** Fetches the knowledge-base URL and imports it, all or nothing, in the import worker. */
export function refreshInWorker(url: string): Promise<RefreshResult> {
  return run({ type: 'refresh', url }, undefined, (m) => (m.type === 'refreshed' ? m.result : undefined));
}
