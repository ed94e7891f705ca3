// The credential vault on a real temporary folder; Electron's safeStorage is a fake (the OS keychain is an
// external edge).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BASIC_TEXT_REFUSED, createCredentialVault, VaultUnavailableError } from './credentialVault';

const dir = () => mkdtempSync(join(tmpdir(), 'sb-vault-'));

type Backend = ReturnType<Electron.SafeStorage['getSelectedStorageBackend']>;

function fakeSafeStorage({ available = true, backend = 'gnome_libsecret' as Backend, reEncrypt = false } = {}) {
  return {
    isAsyncEncryptionAvailable: async () => available,
    encryptStringAsync: vi.fn(async (s: string) => Buffer.from(`sealed:${Buffer.from(s).toString('hex')}`)),
    decryptStringAsync: async (b: Buffer) => ({ result: Buffer.from(b.toString().replace('sealed:', ''), 'hex').toString(), shouldReEncrypt: reEncrypt }),
    getSelectedStorageBackend: () => backend,
  };
}

const linux = (allowBasicText = false) => ({ platform: 'linux' as const, allowBasicText: () => allowBasicText, log: vi.fn() });

describe('credential vault (fake safeStorage)', () => {
  it('stores only ciphertext and reads it back', async () => {
    const d = dir();
    const vault = createCredentialVault(d, fakeSafeStorage(), linux());
    await vault.setPassword('sip:1001@pbx', 'hunter2');
    expect(readFileSync(join(d, 'vault.json'), 'utf8')).not.toContain('hunter2');
    expect(await vault.getPassword('sip:1001@pbx')).toBe('hunter2');
    await vault.deletePassword('sip:1001@pbx');
    expect(await vault.getPassword('sip:1001@pbx')).toBeNull();
  });

  it('refuses to write plaintext when the OS keychain is unavailable', async () => {
    const d = dir();
    const vault = createCredentialVault(d, fakeSafeStorage({ available: false }), linux());
    await expect(vault.setPassword('a', 'hunter2')).rejects.toBeInstanceOf(VaultUnavailableError);
    expect(readdirSync(d)).toEqual([]);
  });

  it('escape: on Linux with only the basic_text backend it refuses to remember, says why, and writes nothing', async () => {
    const d = dir();
    const vault = createCredentialVault(d, fakeSafeStorage({ backend: 'basic_text' }), linux(false));
    await expect(vault.setPassword('sip:1001@pbx', 'hunter2')).rejects.toMatchObject({ code: 'vault-unavailable', message: BASIC_TEXT_REFUSED });
    expect(BASIC_TEXT_REFUSED).toMatch(/no keyring.*security\.allowBasicTextSecrets/s);
    expect(readdirSync(d)).toEqual([]);
  });

  it('stores with basic_text when admin policy allows it, and other platforms never ask', async () => {
    const allowed = createCredentialVault(dir(), fakeSafeStorage({ backend: 'basic_text' }), linux(true));
    await allowed.setPassword('a', 'x');
    expect(await allowed.getPassword('a')).toBe('x');
    // getSelectedStorageBackend is Linux-only: Windows and macOS use DPAPI / Keychain.
    const windows = createCredentialVault(dir(), fakeSafeStorage({ backend: 'basic_text' }), { platform: 'win32', allowBasicText: () => false, log: vi.fn() });
    await windows.setPassword('a', 'x');
    expect(await windows.getPassword('a')).toBe('x');
  });

  it('re-encrypts a secret when the OS says its key changed', async () => {
    const d = dir();
    const crypto = fakeSafeStorage({ reEncrypt: true });
    const vault = createCredentialVault(d, crypto, linux());
    await vault.setPassword('a', 'x');
    expect(await vault.getPassword('a')).toBe('x');
    expect(crypto.encryptStringAsync).toHaveBeenCalledTimes(2);
  });

  it('an account id naming an Object property is just an absent entry', async () => {
    const vault = createCredentialVault(dir(), fakeSafeStorage(), linux());
    await vault.setPassword('a', 'x');
    expect(await vault.getPassword('__proto__')).toBeNull();
    expect(await vault.getPassword('constructor')).toBeNull();
  });
});
