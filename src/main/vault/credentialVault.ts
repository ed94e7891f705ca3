// Account passwords encrypted with the OS keychain (Electron safeStorage: DPAPI, Keychain, libsecret)
// in userData/vault.json. Without OS encryption we refuse to store rather than write plaintext.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { writeFileAtomic } from '../settings/atomicFile';

type Crypto = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

export class VaultUnavailableError extends Error {
  readonly code = 'vault-unavailable';
  constructor() {
    super('The system keychain is not available, so the password cannot be remembered. It will be kept for this session only.');
  }
}

export function createCredentialVault(dir: string, crypto: Crypto) {
  const file = join(dir, 'vault.json');
  const read = (): Record<string, string> => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {});
  const write = (data: Record<string, string>) => writeFileAtomic(file, JSON.stringify(data));
  return {
    async getPassword(accountId: string): Promise<string | null> {
      const sealed = read()[accountId];
      if (!sealed || !crypto.isEncryptionAvailable()) return null;
      return crypto.decryptString(Buffer.from(sealed, 'base64'));
    },
    async setPassword(accountId: string, password: string): Promise<void> {
      if (!crypto.isEncryptionAvailable()) throw new VaultUnavailableError();
      write({ ...read(), [accountId]: crypto.encryptString(password).toString('base64') });
    },
    async deletePassword(accountId: string): Promise<void> {
      const data = read();
      if (!(accountId in data)) return;
      delete data[accountId];
      write(data);
    },
  };
}
