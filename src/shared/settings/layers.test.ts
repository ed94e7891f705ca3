import { describe, expect, it } from 'vitest';
import { applyPolicy, isLocked, parsePolicy, parseUserSettings, SettingsError } from './layers';
import { defaultSettings } from './schema';

describe('settings layers', () => {
  it('upgrades an unversioned file from a pre-release build', () => {
    const s = parseUserSettings({ language: 'zh-CN', account: null });
    expect(s).toEqual({ ...defaultSettings, language: 'zh-CN' });
  });
  it('names every wrong field', () => {
    try {
      parseUserSettings({ ...defaultSettings, language: 'fr', phone: { dtmfMethod: 'info', noAnswerTimeoutSec: 1 } }, 'settings.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SettingsError);
      expect((e as SettingsError).issues.map((i) => i.split(':')[0])).toEqual(['language', 'phone.noAnswerTimeoutSec']);
      expect((e as SettingsError).message).toMatch(/^settings\.json: /);
    }
  });
  it('a policy may set an account field before the agent has an account, and it is locked', () => {
    const snap = applyPolicy(defaultSettings, parsePolicy({ version: 1, account: { websocketServer: 'wss://pbx.corp/ws', iceServers: [] } }));
    expect(snap.effective.account).toMatchObject({ websocketServer: 'wss://pbx.corp/ws', sipAddress: '' });
    expect(isLocked(snap, 'account.websocketServer')).toBe(true);
    expect(isLocked(snap, 'account.sipAddress')).toBe(false);
    expect(snap.user).toEqual(defaultSettings);
  });
  it('rejects unknown policy keys rather than ignoring them', () => {
    expect(() => parsePolicy({ version: 1, phoen: {} })).toThrow(/phoen/);
  });
});
