// Secrets (account passwords, the LLM server's key, TURN credentials) encrypted with the OS keychain
// (Electron safeStorage: DPAPI, Keychain, libsecret/KWallet) in userData/vault.json. Without OS
// encryption we refuse to store rather than write plaintext — and on Linux without a keyring, where
// Electron would fall back to "basic_text" (a key built into Electron, so anything that can read the
// profile can decrypt it), we refuse too unless admin policy allows it (security.allowBasicTextSecrets).
// safeStorage's asynchronous methods: the synchronous ones are deprecated in Electron 45, gone in 46.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { writeFileAtomic } from '../settings/atomicFile';

type Crypto = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

export class VaultUnavailableError extends Error {
  readonly code = 'vault-unavailable';
  constructor(message = 'The system keychain is not available, so the password cannot be remembered. It will be kept for this session only.') {
    super(message);
  }
}

export const BASIC_TEXT_REFUSED =
  'Switchboard will not remember this secret: this Linux session has no keyring (GNOME Keyring, KWallet), so it could only be ' +
  'stored with a key built into the app, which anything able to read your files could undo. It will be kept for this session only. ' +
  'Start a keyring and restart Switchboard, or ask IT to allow it (admin policy security.allowBasicTextSecrets).';

export interface VaultDeps {
  platform: NodeJS.Platform;
  /** Admin policy's security.allowBasicTextSecrets, read at each write. */
  allowBasicText(): boolean;
  log(message: string): void;
}

export function createCredentialVault(dir: string, crypto: Crypto, deps: VaultDeps) {
  const file = join(dir, 'vault.json');
  const read = (): Record<string, string> => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {});
  const write = (data: Record<string, string>) => writeFileAtomic(file, JSON.stringify(data));
  const seal = async (secret: string) => (await crypto.encryptStringAsync(secret)).toString('base64');

  const setPassword = async (accountId: string, password: string): Promise<void> => {
    if (!(await crypto.isAsyncEncryptionAvailable())) throw new VaultUnavailableError();
    if (deps.platform === 'linux' && crypto.getSelectedStorageBackend() === 'basic_text' && !deps.allowBasicText()) {
      throw new VaultUnavailableError(BASIC_TEXT_REFUSED);
    }
    write({ ...read(), [accountId]: await seal(password) });
  };

  return {
    async getPassword(accountId: string): Promise<string | null> {
      const data = read();
      const sealed = Object.hasOwn(data, accountId) ? data[accountId] : undefined;
      if (!sealed || !(await crypto.isAsyncEncryptionAvailable())) return null;
      const { result, shouldReEncrypt } = await crypto.decryptStringAsync(Buffer.from(sealed, 'base64'));
      // The OS rotated its key (or a stronger one became available): store it again under the new one.
      if (shouldReEncrypt) await setPassword(accountId, result).catch((e: unknown) => deps.log(`vault: could not re-encrypt a secret: ${e instanceof Error ? e.message : e}`));
      return result;
    },
    setPassword,
    async deletePassword(accountId: string): Promise<void> {
      const data = read();
      if (!Object.hasOwn(data, accountId)) return;
      delete data[accountId];
      write(data);
    },
  };
}

export type CredentialVault = ReturnType<typeof createCredentialVault>;
