// Passwords at rest in the web build: AES-GCM with a non-extractable key generated in this browser
// profile. The key object lives in IndexedDB (structured clone keeps it non-extractable), so the
// ciphertext alone is useless outside this profile. Plain IndexedDB, not Dexie: this runs on the
// start-up path, before registration.
import type { Bridge } from '../../shared/bridge';

interface Sealed { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }
type StoreName = 'keys' | 'secrets';

function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('keys');
      req.result.createObjectStore('secrets');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run<T>(db: IDBDatabase, store: StoreName, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const req = op(tx.objectStore(store));
    tx.oncomplete = () => resolve(req.result as T);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function createWebVault(name = 'switchboard-vault'): Bridge['vault'] {
  let ready: Promise<{ db: IDBDatabase; key: CryptoKey }> | null = null;
  const open = () =>
    (ready ??= (async () => {
      const db = await openDb(name);
      let key = await run<CryptoKey | undefined>(db, 'keys', 'readonly', (s) => s.get('vault-key'));
      if (!key) {
        key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
        await run(db, 'keys', 'readwrite', (s) => s.put(key, 'vault-key'));
      }
      return { db, key };
    })().catch((e: unknown) => {
      ready = null;
      throw e;
    }));
  // Opened at once, in parallel with the settings: the password is needed to register.
  void open().catch(() => undefined);

  return {
    async getPassword(accountId) {
      const { db, key } = await open();
      const row = await run<Sealed | undefined>(db, 'secrets', 'readonly', (s) => s.get(accountId));
      if (!row) return null;
      return new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: row.iv }, key, row.data));
    },
    async setPassword(accountId, password) {
      const { db, key } = await open();
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(password));
      await run(db, 'secrets', 'readwrite', (s) => s.put({ iv, data } satisfies Sealed, accountId));
    },
    async deletePassword(accountId) {
      const { db } = await open();
      await run(db, 'secrets', 'readwrite', (s) => s.delete(accountId));
    },
  };
}
