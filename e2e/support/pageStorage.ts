// What a page has kept, read with the browser's own APIs (not through the app): every IndexedDB
// database and object store (values and keys), localStorage, sessionStorage and Cache Storage.
import type { Page } from '@playwright/test';

/** One place something is kept, and every piece of text in it. */
export interface Kept {
  where: string;
  text: string;
}

/** Every record of one object store, as the raw IndexedDB API returns it. */
export function rawRecords<T = unknown>(page: Page, database: string, store: string): Promise<T[]> {
  return page.evaluate(
    ([database, store]) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) return db.close(), resolve([]);
          const all = db.transaction(store).objectStore(store).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => (db.close(), resolve(all.result as T[]));
        };
      }),
    [database, store] as const,
  );
}

/** Everything the page keeps, as text: strings, property names, and the bytes of blobs and buffers. */
export function pageStorage(page: Page): Promise<Kept[]> {
  return page.evaluate(async () => {
    const done = <R>(req: IDBRequest<R>) => new Promise<R>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
    const texts = async (v: unknown, out: string[]): Promise<void> => {
      if (typeof v === 'string') out.push(v);
      else if (typeof v === 'number' || typeof v === 'bigint') out.push(String(v));
      else if (v instanceof Blob) out.push(await v.text());
      else if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) out.push(new TextDecoder('latin1').decode(v as ArrayBuffer));
      else if (v instanceof Date) out.push(v.toISOString());
      else if (Array.isArray(v)) for (const x of v) await texts(x, out);
      else if (v instanceof Map) for (const [k, x] of v) await texts([k, x], out);
      else if (v instanceof Set) for (const x of v) await texts(x, out);
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(k), await texts(x, out);
    };
    const kept: { where: string; text: string }[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await done(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        const os = db.transaction(store).objectStore(store);
        const [values, keys] = await Promise.all([done(os.getAll()), done(os.getAllKeys())]);
        const out: string[] = [];
        await texts([values, keys], out);
        kept.push({ where: `IndexedDB ${name}/${store} (${values.length} records)`, text: out.join('\n') });
      }
      db.close();
    }
    for (const [label, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      const out: string[] = [];
      for (let i = 0; i < storage.length; i++) out.push(storage.key(i)!, storage.getItem(storage.key(i)!) ?? '');
      kept.push({ where: label, text: out.join('\n') });
    }
    for (const cacheName of typeof caches === 'undefined' ? [] : await caches.keys()) {
      const cache = await caches.open(cacheName);
      const out: string[] = [];
      for (const req of await cache.keys()) out.push(req.url, (await (await cache.match(req))?.text()) ?? '');
      kept.push({ where: `Cache Storage ${cacheName}`, text: out.join('\n') });
    }
    return kept;
  });
}
