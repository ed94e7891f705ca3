import { describe, expect, it } from 'vitest';
import { fieldsFrom, parseIceServers, validateAccount, type AccountFields } from './accountForm';

const good: AccountFields = {
  displayName: 'Ann Agent',
  sipAddress: 'sip:1001@pbx.example.com',
  username: '',
  password: 'secret',
  websocketServer: 'wss://pbx.example.com:8089/ws',
  backupServers: '',
  iceServers: '',
  rememberPassword: false,
};

describe('account validation', () => {
  it('accepts a complete account', () => {
    const r = validateAccount(good, false);
    expect(r.errors).toEqual({});
    expect(r.account).toMatchObject({ sipAddress: 'sip:1001@pbx.example.com', iceServers: [] });
  });
  it.each([
    ['sipAddress', '1001', 'settings.error.sipAddress'],
    ['sipAddress', '', 'settings.error.sipAddress'],
    ['websocketServer', 'https://pbx.example.com', 'settings.error.websocketServer'],
    ['websocketServer', 'wss://', 'settings.error.websocketServer'],
    ['displayName', 'x'.repeat(65), 'settings.error.displayName'],
    ['password', '', 'settings.error.passwordRequired'],
    ['backupServers', 'wss://pbx2.example.com/ws\nhttps://pbx3.example.com', 'settings.error.backupServers'],
  ] as const)('names the field: %s = %j', (field, value, key) => {
    const r = validateAccount({ ...good, [field]: value }, false);
    expect(r.account).toBeUndefined();
    expect(r.errors[field]?.key).toBe(key);
    expect(Object.keys(r.errors)).toEqual([field]);
  });
  it('keeps backup servers in order, one per line, blank lines ignored', () => {
    const r = validateAccount({ ...good, backupServers: ' wss://pbx2.example.com/ws \n\nws://10.0.0.9:8080/ws' }, false);
    expect(r.account?.backupServers).toEqual(['wss://pbx2.example.com/ws', 'ws://10.0.0.9:8080/ws']);
    expect(fieldsFrom(r.account!).backupServers).toBe('wss://pbx2.example.com/ws\nws://10.0.0.9:8080/ws');
  });
  it('lets the password stay empty when one is already known', () => {
    expect(validateAccount({ ...good, password: '' }, true).account).toBeDefined();
  });
  it('reports the ICE server line that is wrong', () => {
    const r = validateAccount({ ...good, iceServers: 'stun:stun.example.com:3478\nhttp://nope' }, false);
    expect(r.errors.iceServers).toEqual({ key: 'settings.error.iceServers', params: { line: 2 } });
  });
});

describe('ICE servers text', () => {
  it('parses STUN and TURN lines; a typed credential goes to the vault, never into the account, and is never shown again', () => {
    const text = 'stun:stun.example.com:3478\n\nturns:turn.example.com:5349 agent s3cret';
    const { servers, badLine } = parseIceServers(text);
    expect(badLine).toBeUndefined();
    expect(servers).toEqual([
      { urls: 'stun:stun.example.com:3478' },
      { urls: 'turns:turn.example.com:5349', username: 'agent', credential: 's3cret' },
    ]);
    const { account, iceSecrets } = validateAccount({ ...good, iceServers: text }, false);
    expect(account!.iceServers).toEqual([{ urls: 'stun:stun.example.com:3478' }, { urls: 'turns:turn.example.com:5349', username: 'agent' }]);
    expect(iceSecrets).toEqual([{ id: 'ice-credential:agent@turns:turn.example.com:5349', credential: 's3cret' }]);
    expect(fieldsFrom(account!).iceServers).toBe('stun:stun.example.com:3478\nturns:turn.example.com:5349 agent');
  });
  it('a user name without a credential keeps the one in the vault', () => {
    expect(validateAccount({ ...good, iceServers: 'turn:t.example.com user' }, false)).toMatchObject({ account: { iceServers: [{ urls: 'turn:t.example.com', username: 'user' }] }, iceSecrets: [] });
  });
  it('rejects a line with more than three parts', () => {
    expect(parseIceServers('turn:t.example.com user pass extra').badLine).toBe(1);
  });
});
