import { describe, expect, it } from 'vitest';
import { applyPolicy, isLocked, parsePolicy, parseUserSettings, SettingsError } from './layers';
import { defaultAssist, defaultSettings } from './schema';

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
  it('a policy replaces the script checklist, locked; a bad item is named', () => {
    const checklist = [{ id: 'greeting', label: 'Greeting', phrases: ['thank you for calling Contoso'] }];
    const snap = applyPolicy(defaultSettings, parsePolicy({ version: 2, script: { checklist } }));
    expect(snap.effective.script).toEqual({ checklist });
    expect(isLocked(snap, 'script')).toBe(true);
    expect(snap.user.script).toBeUndefined();
    try {
      parsePolicy({ version: 2, script: { checklist: [{ id: 'closing', label: 'Closing', phrases: [] }, { id: 'closing', label: '', phrases: ['bye'] }] } }, 'policy.json');
      expect.unreachable();
    } catch (e) {
      expect((e as SettingsError).issues).toEqual([
        'script.checklist.0.phrases: needs at least one phrase',
        'script.checklist.1.label: is required',
        'script.checklist: item ids must be unique',
      ]);
    }
  });
  it('older saved settings without a script section stay valid', () => {
    expect(parseUserSettings(structuredClone(defaultSettings)).script).toBeUndefined();
  });
});

describe('assist settings (optional section)', () => {
  it('files without it stay valid, and a policy sets and locks the LLM endpoint', () => {
    expect(parseUserSettings({ ...defaultSettings }).assist).toBeUndefined();
    const snap = applyPolicy(defaultSettings, parsePolicy({ version: 2, assist: { llmEnabled: true, llmEndpoint: 'https://llm.corp/v1/chat/completions' } }));
    expect(snap.effective.assist).toMatchObject({ llmEnabled: true, llmEndpoint: 'https://llm.corp/v1/chat/completions', llmTimeoutSec: 20, llmModel: '' });
    expect(isLocked(snap, 'assist.llmEndpoint')).toBe(true);
    expect(isLocked(snap, 'assist.llmModel')).toBe(false);
  });
  it('refuses plain http to another machine, and names the field', () => {
    expect(() => parsePolicy({ version: 2, assist: { llmEndpoint: 'http://llm.corp/v1/chat/completions' } })).toThrow(/assist\.llmEndpoint: must be an https:\/\/ URL/);
    expect(parsePolicy({ version: 2, assist: { llmEndpoint: 'http://127.0.0.1:11434/v1/chat/completions' } }).assist?.llmEndpoint).toBe('http://127.0.0.1:11434/v1/chat/completions');
    expect(() => parseUserSettings({ ...defaultSettings, assist: { ...defaultAssist, kbRefreshMin: 0 } })).toThrow(/assist\.kbRefreshMin: must be at least 1/);
  });
});

describe('region (optional)', () => {
  it('files without it stay valid; a lower-case code is read in capitals; anything else is refused by name', () => {
    expect(parseUserSettings(structuredClone(defaultSettings)).region).toBeUndefined();
    expect(parseUserSettings({ ...defaultSettings, region: ' cn ' }).region).toBe('CN');
    expect(() => parseUserSettings({ ...defaultSettings, region: 'ZZ' }, 'settings.json')).toThrow(
      'settings.json: region: must be a two-letter ISO 3166 country code such as "US", "CN" or "GB"',
    );
    expect(() => parsePolicy({ version: 2, region: 'China' })).toThrow(/region: must be a two-letter ISO 3166 country code/);
  });
  it('a policy sets and locks it over the user’s own', () => {
    const snap = applyPolicy({ ...defaultSettings, region: 'US' }, parsePolicy({ version: 1, region: 'GB' }));
    expect(snap.effective.region).toBe('GB');
    expect(snap.user.region).toBe('US');
    expect(isLocked(snap, 'region')).toBe(true);
    expect(isLocked(applyPolicy(defaultSettings, parsePolicy({ version: 2 })), 'region')).toBe(false);
  });
});
