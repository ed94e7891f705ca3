// The IPC registry with a fake ipcMain.
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { SettingsError } from '../../shared/settings/layers';
import { registerHandlers, type Handlers } from './handle';

function setup(overrides: Partial<Handlers> = {}) {
  const registered = new Map<string, (event: unknown, req: unknown) => Promise<unknown>>();
  const ipc = { handle: (ch: string, fn: never) => registered.set(ch, fn) };
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => `${c} ok`)])) as unknown as Handlers;
  Object.assign(handlers, overrides);
  const log = vi.fn();
  registerHandlers(ipc, handlers, { isTrustedSender: (url) => url === 'file:///app/index.html', log });
  const invoke = (ch: string, req: unknown, url = 'file:///app/index.html') => registered.get(ch)!({ senderFrame: { url } }, req);
  return { registered, handlers, invoke, log };
}

describe('IPC handlers (fake ipcMain)', () => {
  it('registers every channel of the contract', () => {
    expect([...setup().registered.keys()].sort()).toEqual([...CHANNELS].sort());
  });
  it('refuses a missing handler at start-up', () => {
    expect(() => setup({ 'app:info': undefined as never })).toThrow('No IPC handler for app:info');
  });
  it('answers the app and wraps the value', async () => {
    expect(await setup().invoke('app:info', undefined)).toEqual({ ok: true, value: 'app:info ok' });
  });
  it('refuses an untrusted sender without running the handler or logging the payload', async () => {
    const { invoke, handlers, log } = setup();
    const r = await invoke('vault:set-password', { accountId: 'a', password: 'hunter2' }, 'https://evil.example.com/');
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['vault:set-password']).not.toHaveBeenCalled();
    expect(JSON.stringify(log.mock.calls)).not.toContain('hunter2');
  });
  it('turns a settings error into a value naming the fields', async () => {
    const { invoke } = setup({ 'settings:save': async () => { throw new SettingsError('Settings', ['account.sipAddress: is required']); } });
    expect(await invoke('settings:save', {})).toEqual({
      ok: false,
      error: { code: 'invalid-settings', message: 'Settings: account.sipAddress: is required', issues: ['account.sipAddress: is required'] },
    });
  });
});
