// TURN credentials: out of the settings, into the vault (a Map stands in for the vault here: the real
// vaults have their own tests), and back into the phone's ICE servers.
import { describe, expect, it } from 'vitest';
import { iceCredentialId, moveIceCredentialsToVault, splitIceCredentials, withIceCredentials } from './iceCredentials';
import { parsePolicy, parseUserSettings, SettingsError } from './layers';
import { defaultSettings } from './schema';

const account = { displayName: '', sipAddress: 'sip:1001@pbx.example.com', username: '', websocketServer: 'wss://pbx.example.com/ws', rememberPassword: false };
const turn = { urls: 'turns:turn.example.com:5349', username: 'agent7' };

describe('TURN credentials', () => {
  it('escape: saved settings that carry a TURN credential are refused, naming the field', () => {
    const withSecret = { ...defaultSettings, account: { ...account, iceServers: [{ urls: 'stun:stun.example.com' }, { ...turn, credential: 's3cret' }] } };
    expect(() => parseUserSettings(withSecret, 'Settings')).toThrow(SettingsError);
    expect(() => parseUserSettings(withSecret, 'Settings')).toThrow('account.iceServers.1.credential: TURN credentials are kept in the credential vault, not in settings');
    expect(parseUserSettings({ ...withSecret, account: { ...account, iceServers: [turn] } }).account?.iceServers).toEqual([turn]);
  });

  it('admin policy may still carry them (its file is IT-managed)', () => {
    expect(parsePolicy({ version: 2, account: { iceServers: [{ ...turn, credential: 'from-it' }] } }).account?.iceServers).toEqual([{ ...turn, credential: 'from-it' }]);
  });

  it('are split from the servers the form parsed, and filled back in from the vault for the phone', async () => {
    const { servers, secrets } = splitIceCredentials([{ urls: 'stun:stun.example.com' }, { ...turn, credential: 's3cret' }]);
    expect(servers).toEqual([{ urls: 'stun:stun.example.com' }, turn]);
    expect(secrets).toEqual([{ id: 'ice-credential:agent7@turns:turn.example.com:5349', credential: 's3cret' }]);
    const vault = new Map(secrets.map((s) => [s.id, s.credential]));
    const read = async (id: string) => vault.get(id) ?? null;
    expect(await withIceCredentials(servers, read)).toEqual([{ urls: 'stun:stun.example.com' }, { ...turn, credential: 's3cret' }]);
    // A credential policy gave is kept; a server the vault knows nothing of goes without.
    expect(await withIceCredentials([{ ...turn, credential: 'policy' }, { urls: 'turn:other.example.com', username: 'x' }], read)).toEqual([
      { ...turn, credential: 'policy' },
      { urls: 'turn:other.example.com', username: 'x' },
    ]);
    expect(iceCredentialId({ urls: ' turn:a ', username: undefined })).toBe('ice-credential:@turn:a');
  });

  it('an older settings file: moved to the vault, the file rewritten without them; one the vault refuses is dropped, not kept', async () => {
    const old = JSON.stringify({ ...defaultSettings, account: { ...account, iceServers: [{ ...turn, credential: 's3cret' }, { urls: 'turn:b.example.com', username: 'u', credential: 'no-vault' }] } });
    const vault = new Map<string, string>();
    const moved = (await moveIceCredentialsToVault(old, {
      async setPassword(id, secret) {
        if (secret === 'no-vault') throw new Error('keychain locked');
        vault.set(id, secret);
      },
    }))!;
    expect(moved.text).not.toContain('s3cret');
    expect(moved.text).not.toContain('no-vault');
    expect(parseUserSettings(JSON.parse(moved.text)).account?.iceServers).toEqual([turn, { urls: 'turn:b.example.com', username: 'u' }]);
    expect(vault).toEqual(new Map([[iceCredentialId(turn), 's3cret']]));
    expect(moved).toMatchObject({ moved: 1, dropped: [iceCredentialId({ urls: 'turn:b.example.com', username: 'u' })] });
    expect(await moveIceCredentialsToVault(moved.text, { setPassword: async () => undefined })).toBeNull();
    expect(await moveIceCredentialsToVault('{ not json', { setPassword: async () => undefined })).toBeNull();
  });
});
