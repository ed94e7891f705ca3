import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { applyPolicy, isLocked, overlayPolicy, parsePolicy, parseUserSettings, SettingsError } from './layers';
import { defaultAssist, defaultCaptions, defaultSettings, policySchema, settingsSchema, SETTINGS_VERSION } from './schema';

/** A version 2 file as Switchboard wrote it: assist, script and captions were optional then. */
const v2File = (over: Record<string, unknown> = {}) => {
  const { assist: _a, script: _s, captions: _c, ...rest } = structuredClone(defaultSettings);
  return { ...rest, version: 2, ...over };
};

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
    expect(snap.user.script).toEqual(defaultSettings.script);
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
  it('older saved settings without a script section stay valid, with an empty (not configured) checklist', () => {
    expect(parseUserSettings(v2File()).script).toEqual({ checklist: [] });
  });
});

describe('assist settings', () => {
  it('files without it stay valid, and a policy sets and locks the LLM endpoint', () => {
    expect(parseUserSettings(v2File()).assist).toEqual(defaultAssist);
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

describe('migration to version 3 (every section required)', () => {
  const account = { displayName: 'Ann', sipAddress: 'sip:1001@pbx.example.com', username: '', websocketServer: 'wss://pbx.example.com/ws', iceServers: [], rememberPassword: true };
  it('a version 2 file without assist, script or captions comes out whole, the agent’s values kept', () => {
    const s = parseUserSettings(v2File({ language: 'zh-CN', region: 'GB', account, phone: { dtmfMethod: 'info', noAnswerTimeoutSec: 30 } }));
    expect(s).toEqual({ ...defaultSettings, version: SETTINGS_VERSION, language: 'zh-CN', region: 'GB', account, phone: { dtmfMethod: 'info', noAnswerTimeoutSec: 30 } });
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });
  it('a version 2 section missing fields is filled under the agent’s own values', () => {
    const checklist = [{ id: 'greeting', label: 'Greeting', phrases: ['hello'] }];
    const s = parseUserSettings(v2File({ assist: { llmEnabled: true, llmEndpoint: 'https://llm.example.com/v1/chat/completions' }, captions: { enabled: false }, script: { checklist } }));
    expect(s.assist).toEqual({ ...defaultAssist, llmEnabled: true, llmEndpoint: 'https://llm.example.com/v1/chat/completions' });
    expect(s.captions).toEqual({ ...defaultCaptions, enabled: false });
    expect(s.script).toEqual({ checklist });
  });
  it('version 1 and unversioned files come through every step to a valid version 3', () => {
    const v1 = { version: 1, language: 'zh-CN', account, phone: { dtmfMethod: 'info', noAnswerTimeoutSec: 45 }, audio: { ...defaultSettings.audio, microphoneId: 'mic-7' } };
    expect(parseUserSettings(v1)).toEqual({ ...defaultSettings, language: 'zh-CN', account, phone: v1.phone, audio: v1.audio });
    const unversioned = { language: 'zh-CN', account };
    expect(parseUserSettings(unversioned)).toEqual({ ...defaultSettings, language: 'zh-CN', account });
  });
  it('a file from a newer Switchboard is refused by name, not downgraded', () => {
    expect(() => parseUserSettings({ ...defaultSettings, version: 4 }, 'settings.json')).toThrow('settings.json: version: must be 3');
  });
});

describe('policy over any section', () => {
  it('a section added to the schemas is lockable with no change to the policy code', () => {
    // A new section, as a developer would add it: its settings schema, and z.partial of it in the policy.
    const headsetSchema = z.object({ autoAnswer: z.boolean(), busyLight: z.boolean() });
    const settings = z.extend(settingsSchema, { headset: headsetSchema });
    const policy = z.extend(policySchema, { headset: z.optional(z.partial(headsetSchema)) });
    const user = settings.parse({ ...defaultSettings, headset: { autoAnswer: false, busyLight: true } });
    const rules = { policyShape: policy.shape, sections: Object.keys(settings.shape).filter((k) => k !== 'version') };
    const { effective, locked } = overlayPolicy(user, policy.parse({ version: SETTINGS_VERSION, headset: { autoAnswer: true }, phone: { dtmfMethod: 'info' } }), rules);
    expect(effective.headset).toEqual({ autoAnswer: true, busyLight: true });
    expect(effective.phone.dtmfMethod).toBe('info');
    expect(locked.sort()).toEqual(['headset.autoAnswer', 'phone.dtmfMethod']);
    expect(user.headset.autoAnswer).toBe(false); // the user's layer is untouched
  });
  it('arrays are replaced whole, not merged; the policy-only security section is not a setting', () => {
    const ice = [{ urls: 'turn:turn.corp:3478', username: 'it', credential: 'from-policy' }];
    const user = { ...defaultSettings, account: { displayName: 'Ann', sipAddress: 'sip:1@pbx.corp', username: '', websocketServer: 'wss://pbx.corp/ws', iceServers: [{ urls: 'stun:stun.example.com' }], rememberPassword: false } };
    const snap = applyPolicy(user, parsePolicy({ version: 3, account: { iceServers: ice }, security: { allowDevTools: true } }));
    expect(snap.effective.account?.iceServers).toEqual(ice);
    expect(snap.locked).toEqual(['account.iceServers']);
    expect(snap.effective).not.toHaveProperty('security');
  });
});
