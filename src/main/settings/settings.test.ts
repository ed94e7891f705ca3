// Settings file and admin policy on a real temporary folder.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings/schema';
import { createModelFolderGrant } from '../models/modelFolder';
import { createSettingsStore } from './settingsFile';
import { policyPath, readPolicy } from './policySource';
import { moveSettingsSecretsToVault } from './settingsSecrets';

const dir = () => mkdtempSync(join(tmpdir(), 'sb-main-'));
const account = { displayName: 'Ann', sipAddress: 'sip:1001@pbx.example.com', username: '', websocketServer: 'wss://pbx.example.com/ws', iceServers: [], rememberPassword: true };
const settings: Settings = { ...defaultSettings, account };

describe('settings store', () => {
  it('starts from defaults and round-trips a save', () => {
    const d = dir();
    const store = createSettingsStore(d, () => null, vi.fn(), createModelFolderGrant(d));
    expect(store.load().effective).toEqual(defaultSettings);
    store.save(settings);
    expect(createSettingsStore(d, () => null, vi.fn(), createModelFolderGrant(d)).load().user).toEqual(settings);
    expect(readdirSync(d)).toEqual(['settings.json']); // no temp file left behind
  });
  it('rejects an invalid save naming the field, and keeps the old file', () => {
    const d = dir();
    const store = createSettingsStore(d, () => null, vi.fn(), createModelFolderGrant(d));
    store.save(settings);
    expect(() => store.save({ ...settings, account: { ...account, websocketServer: 'http://x' } })).toThrow(/account\.websocketServer/);
    expect(JSON.parse(readFileSync(join(d, 'settings.json'), 'utf8'))).toEqual(settings);
  });
  it('sets a malformed file aside, says which field is wrong, and falls back to defaults', () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), JSON.stringify({ ...settings, phone: { dtmfMethod: 'smoke', noAnswerTimeoutSec: 60 } }));
    const log = vi.fn();
    expect(createSettingsStore(d, () => null, log, createModelFolderGrant(d)).load().effective).toEqual(defaultSettings);
    expect(log.mock.calls[0]![0]).toMatch(/phone\.dtmfMethod/);
    expect(readdirSync(d).some((f) => f.startsWith('settings.json.invalid-'))).toBe(true);
  });
  it('loads a version 2 file (sections missing) migrated, and the next save writes version 3', () => {
    const d = dir();
    const { assist: _a, script: _s, captions: _c, ...v2 } = { ...settings, version: 2 };
    writeFileSync(join(d, 'settings.json'), JSON.stringify(v2));
    const store = createSettingsStore(d, () => null, vi.fn(), createModelFolderGrant(d));
    const loaded = store.load().user;
    expect(loaded).toEqual(settings);
    store.save(loaded);
    expect(JSON.parse(readFileSync(join(d, 'settings.json'), 'utf8'))).toEqual({ ...settings, version: 3 });
  });
  it('applies admin policy over the user layer and reports the locked fields', () => {
    const d = dir();
    const store = createSettingsStore(d, () => ({ version: 1, account: { websocketServer: 'wss://locked.example.com/ws' }, phone: { dtmfMethod: 'info' } }), vi.fn(), createModelFolderGrant(d));
    const snap = store.save(settings);
    expect(snap.effective.account?.websocketServer).toBe('wss://locked.example.com/ws');
    expect(snap.effective.phone.dtmfMethod).toBe('info');
    expect(snap.user.account?.websocketServer).toBe('wss://pbx.example.com/ws');
    expect(snap.locked.sort()).toEqual(['account.websocketServer', 'phone.dtmfMethod']);
  });
});

describe('admin policy file', () => {
  it('lives at the platform location; SWITCHBOARD_POLICY_FILE moves it in development and test runs only', () => {
    expect(policyPath('linux', {}, true)).toBe('/etc/switchboard/policy.json');
    expect(policyPath('darwin', {}, true)).toBe('/Library/Application Support/Switchboard/policy.json');
    expect(policyPath('win32', { ProgramData: 'D:\\PD' }, true)).toMatch(/^D:\\PD.Switchboard.policy\.json$/);
    expect(policyPath('linux', { SWITCHBOARD_POLICY_FILE: '/tmp/p.json' }, false)).toBe('/tmp/p.json');
  });
  it('escape: a policy file named by the environment is ignored in a packaged build (it would unlock locked settings)', () => {
    expect(policyPath('linux', { SWITCHBOARD_POLICY_FILE: '/tmp/unlock-everything.json' }, true)).toBe('/etc/switchboard/policy.json');
    expect(policyPath('win32', { SWITCHBOARD_POLICY_FILE: 'C:\\Users\\agent\\p.json', ProgramData: 'C:\\ProgramData' }, true)).toMatch(/^C:\\ProgramData.Switchboard.policy\.json$/);
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

describe('TURN credentials and the settings file', () => {
  const turn = { urls: 'turn:turn.example.com:3478', username: 'agent7' };
  it('escape: a save carrying a TURN credential is refused naming the field, and the file keeps no secret', () => {
    const d = dir();
    const store = createSettingsStore(d, () => null, vi.fn(), createModelFolderGrant(d));
    store.save(settings);
    expect(() => store.save({ ...settings, account: { ...account, iceServers: [{ ...turn, credential: 's3cret' }] } })).toThrow(/account\.iceServers\.0\.credential/);
    expect(readFileSync(join(d, 'settings.json'), 'utf8')).not.toContain('s3cret');
  });
  it('at start-up, credentials an older version saved move to the vault and leave the file', async () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), JSON.stringify({ ...settings, account: { ...account, iceServers: [{ ...turn, credential: 's3cret' }] } }));
    const vault = new Map<string, string>();
    const log = vi.fn();
    await moveSettingsSecretsToVault(d, { setPassword: async (id, secret) => void vault.set(id, secret) }, log);
    expect(readFileSync(join(d, 'settings.json'), 'utf8')).not.toContain('s3cret');
    expect([...vault.values()]).toEqual(['s3cret']);
    expect(createSettingsStore(d, () => null, vi.fn(), createModelFolderGrant(d)).load().user.account?.iceServers).toEqual([turn]);
    expect(log.mock.calls[0]![0]).toMatch(/1 TURN credential\(s\) moved/);
  });
});
