import { describe, expect, it } from 'vitest';
import { defaultAssist, defaultSettings } from '../../shared/settings/schema';
import { isSecretField, maskSettings, MASKED } from './maskSettings';

describe('maskSettings', () => {
  it('masks the TURN credential, passwords, API keys and tokens, keeps what support needs', () => {
    const settings = {
      ...defaultSettings,
      account: {
        displayName: 'Agent 1001',
        sipAddress: 'sip:1001@pbx.example.com',
        username: '1001',
        websocketServer: 'wss://pbx.example.com:8089/ws',
        rememberPassword: true,
        iceServers: [{ urls: 'turn:turn.example.com:3478', username: 'agent-1001', credential: 'turn-s3cret' }, { urls: 'stun:stun.example.com' }],
      },
      assist: { ...defaultAssist, llmEndpoint: 'https://llm.example.com/v1/chat/completions?api_key=abc123', llmKeyHeader: 'api-key' as const },
      // Fields the schema does not have (yet): masked by their names.
      extra: { password: 'pw1001', apiKey: 'sk-123', accessToken: 'tok', clientSecret: 'cs', key: 'k', emptyPassword: '' },
    };
    const masked = maskSettings(settings) as typeof settings;
    expect(masked.account.iceServers).toEqual([{ urls: 'turn:turn.example.com:3478', username: 'agent-1001', credential: MASKED }, { urls: 'stun:stun.example.com' }]);
    expect(masked.extra).toEqual({ password: MASKED, apiKey: MASKED, accessToken: MASKED, clientSecret: MASKED, key: MASKED, emptyPassword: '' });
    expect(masked.assist.llmEndpoint).toBe('https://llm.example.com/v1/chat/completions?api_key=[removed]');
    expect(masked.assist.llmKeyHeader).toBe('api-key'); // which header, not a key
    expect(masked.account.rememberPassword).toBe(true);
    expect(masked.account.websocketServer).toBe('wss://pbx.example.com:8089/ws');
    const text = JSON.stringify(masked);
    for (const secret of ['turn-s3cret', 'pw1001', 'sk-123', 'abc123', '"tok"', '"cs"']) expect(text).not.toContain(secret);
    expect(settings.account.iceServers[0]!.credential).toBe('turn-s3cret'); // a copy: the settings in use are untouched
  });

  it('hashes the fields it is told to (device ids), leaves the rest', () => {
    const out = maskSettings({ audio: { microphoneId: 'abc', speakerId: '' } }, (field, value) => (field === 'microphoneId' ? `h(${value})` : null));
    expect(out).toEqual({ audio: { microphoneId: 'h(abc)', speakerId: '' } });
  });

  it.each([
    ['password', true], ['credential', true], ['apiKey', true], ['api_key', true], ['llmKey', true], ['token', true], ['clientSecret', true], ['key', true],
    ['llmKeyHeader', false], ['username', false], ['keyboard', false], ['monkey', false], ['rememberPassword', true],
  ])('%s is a secret field: %s', (name, secret) => expect(isSecretField(name)).toBe(secret));
});
