// Passwords at rest in the web build: AES-GCM with a non-extractable key generated in this browser
// profile. The key object lives in IndexedDB (structured clone keeps it non-extractable), so the
// ciphertext alone is useless outside this profile.
import Dexie, { type Table } from 'dexie';
import type { Bridge } from '../../shared/bridge';

interface KeyRow { id: 'vault-key'; key: CryptoKey }
interface SecretRow { accountId: string; iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }

class VaultDb extends Dexie {
  keys!: Table<KeyRow, string>;
  secrets!: Table<SecretRow, string>;
  constructor() {
    super('switchboard-vault');
    this.version(1).stores({ keys: 'id', secrets: 'accountId' });
  }
}

export function createWebVault(): Bridge['vault'] {
  const db = new VaultDb();
  const key = async (): Promise<CryptoKey> => {
    const row = await db.keys.get('vault-key');
    if (row) return row.key;
    const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await db.keys.put({ id: 'vault-key', key: fresh });
    return fresh;
  };
  return {
    async getPassword(accountId) {
      const row = await db.secrets.get(accountId);
      if (!row) return null;
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: row.iv }, await key(), row.data);
      return new TextDecoder().decode(plain);
    },
    async setPassword(accountId, password) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key(), new TextEncoder().encode(password));
      await db.secrets.put({ accountId, iv, data });
    },
    async deletePassword(accountId) {
      await db.secrets.delete(accountId);
    },
  };
}
