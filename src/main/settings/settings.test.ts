// Settings file, admin policy and credential vault on a real temporary folder; safeStorage is a fake
// (the OS keychain is an external edge).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings/schema';
import { createSettingsStore } from './settingsStore';
import { policyPath, readPolicy } from './policySource';
import { createCredentialVault, VaultUnavailableError } from '../vault/credentialVault';

const dir = () => mkdtempSync(join(tmpdir(), 'sb-main-'));
const account = { displayName: 'Ann', sipAddress: 'sip:1001@pbx.example.com', username: '', websocketServer: 'wss://pbx.example.com/ws', iceServers: [], rememberPassword: true };
const settings: Settings = { ...defaultSettings, account };

describe('settings store', () => {
  it('starts from defaults and round-trips a save', () => {
    const d = dir();
    const store = createSettingsStore(d, () => null, vi.fn());
    expect(store.load().effective).toEqual(defaultSettings);
    store.save(settings);
    expect(createSettingsStore(d, () => null, vi.fn()).load().user).toEqual(settings);
    expect(readdirSync(d)).toEqual(['settings.json']); // no temp file left behind
  });
  it('rejects an invalid save naming the field, and keeps the old file', () => {
    const d = dir();
    const store = createSettingsStore(d, () => null, vi.fn());
    store.save(settings);
    expect(() => store.save({ ...settings, account: { ...account, websocketServer: 'http://x' } })).toThrow(/account\.websocketServer/);
    expect(JSON.parse(readFileSync(join(d, 'settings.json'), 'utf8'))).toEqual(settings);
  });
  it('sets a malformed file aside, says which field is wrong, and falls back to defaults', () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), JSON.stringify({ ...settings, phone: { dtmfMethod: 'smoke', noAnswerTimeoutSec: 60 } }));
    const log = vi.fn();
    expect(createSettingsStore(d, () => null, log).load().effective).toEqual(defaultSettings);
    expect(log.mock.calls[0]![0]).toMatch(/phone\.dtmfMethod/);
    expect(readdirSync(d).some((f) => f.startsWith('settings.json.invalid-'))).toBe(true);
  });
  it('applies admin policy over the user layer and reports the locked fields', () => {
    const d = dir();
    const store = createSettingsStore(d, () => ({ version: 1, account: { websocketServer: 'wss://locked.example.com/ws' }, phone: { dtmfMethod: 'info' } }), vi.fn());
    const snap = store.save(settings);
    expect(snap.effective.account?.websocketServer).toBe('wss://locked.example.com/ws');
    expect(snap.effective.phone.dtmfMethod).toBe('info');
    expect(snap.user.account?.websocketServer).toBe('wss://pbx.example.com/ws');
    expect(snap.locked.sort()).toEqual(['account.websocketServer', 'phone.dtmfMethod']);
  });
});

describe('admin policy file', () => {
  it('lives at the platform location unless overridden', () => {
    expect(policyPath('linux', {})).toBe('/etc/switchboard/policy.json');
    expect(policyPath('darwin', {})).toBe('/Library/Application Support/Switchboard/policy.json');
    expect(policyPath('win32', { ProgramData: 'D:\\PD' })).toMatch(/^D:\\PD.Switchboard.policy\.json$/);
    expect(policyPath('linux', { SWITCHBOARD_POLICY_FILE: '/tmp/p.json' })).toBe('/tmp/p.json');
  });
  it('is absent = no policy; broken = an error naming the field, never ignored', () => {
    const d = dir();
    expect(readPolicy(join(d, 'none.json'))).toBeNull();
    writeFileSync(join(d, 'p.json'), JSON.stringify({ version: 1, phone: { dtmfMethod: 'pigeon' } }));
    expect(() => readPolicy(join(d, 'p.json'))).toThrow(/phone\.dtmfMethod/);
    writeFileSync(join(d, 'q.json'), '{ nope');
    expect(() => readPolicy(join(d, 'q.json'))).toThrow(/not valid JSON/);
    writeFileSync(join(d, 'r.json'), JSON.stringify({ version: 1, surprise: true }));
    expect(() => readPolicy(join(d, 'r.json'))).toThrow(/surprise/);
  });
});

describe('credential vault (fake safeStorage)', () => {
  const fakeSafeStorage = (available = true) => ({
    isEncryptionAvailable: () => available,
    encryptString: (s: string) => Buffer.from(`sealed:${Buffer.from(s).toString('hex')}`),
    decryptString: (b: Buffer) => Buffer.from(b.toString().replace('sealed:', ''), 'hex').toString(),
  });
  it('stores only ciphertext and reads it back', async () => {
    const d = dir();
    const vault = createCredentialVault(d, fakeSafeStorage());
    await vault.setPassword('sip:1001@pbx', 'hunter2');
    expect(readFileSync(join(d, 'vault.json'), 'utf8')).not.toContain('hunter2');
    expect(await vault.getPassword('sip:1001@pbx')).toBe('hunter2');
    await vault.deletePassword('sip:1001@pbx');
    expect(await vault.getPassword('sip:1001@pbx')).toBeNull();
  });
  it('refuses to write plaintext when the OS keychain is unavailable', async () => {
    const d = dir();
    const vault = createCredentialVault(d, fakeSafeStorage(false));
    await expect(vault.setPassword('a', 'hunter2')).rejects.toBeInstanceOf(VaultUnavailableError);
    expect(readdirSync(d)).toEqual([]);
  });
});
