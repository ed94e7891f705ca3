// Window hardening, origin checks, permissions and navigation, with fakes of Electron's session and
// webContents (the Electron binary cannot run here).
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from './appOrigin';
import { mayGrant, installPermissionHandlers } from './permissions';
import { lockNavigation } from './navigation';
import { CONTENT_SECURITY_POLICY, installResponseHeaders } from './responseHeaders';
import { mainWindowOptions } from '../window/mainWindow';

const packaged = { appUrl: 'app://switchboard/' };
const dev = { ...packaged, devServerUrl: 'http://localhost:5173/' };

describe('app origin', () => {
  it('accepts the packaged renderer and, in development, the dev server', () => {
    expect(isAppUrl('app://switchboard/index.html', packaged)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
  });
  it('rejects other files, path tricks, other sites and junk', () => {
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('app://other/index.html', packaged)).toBe(false);
    expect(isAppUrl('file:///opt/Switchboard/resources/app.asar/out/renderer/index.html', packaged)).toBe(false);
    expect(isAppUrl('https://evil.example.com/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl(undefined, packaged)).toBe(false);
    expect(isAppUrl('not a url', packaged)).toBe(false);
  });
});

describe('permissions (fake session)', () => {
  const app = 'app://switchboard/index.html';
  it('grants the microphone to the app only', () => {
    expect(mayGrant('media', app, packaged, ['audio'])).toBe(true);
    expect(mayGrant('media', 'https://evil.example.com/', packaged, ['audio'])).toBe(false);
  });
  it('refuses the camera and every other permission', () => {
    expect(mayGrant('media', app, packaged, ['audio', 'video'])).toBe(false);
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'midi', 'hid']) expect(mayGrant(p, app, packaged)).toBe(false);
  });
  it('installs request and check handlers that follow those rules', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    installPermissionHandlers(session as never, packaged);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    const cb = vi.fn();
    request({ getURL: () => app }, 'media', cb, { requestingUrl: app, mediaTypes: ['audio'] });
    request({ getURL: () => app }, 'media', cb, { requestingUrl: app, mediaTypes: ['video'] });
    request({ getURL: () => app }, 'geolocation', cb, { requestingUrl: app });
    expect(cb.mock.calls.map((c) => c[0])).toEqual([true, false, false]);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0];
    expect(check(null, 'media', app)).toBe(true);
    expect(check(null, 'media', 'https://evil.example.com')).toBe(false);
  });
});

describe('navigation (fake webContents)', () => {
  it('blocks navigation away from the app and denies new windows, opening https links outside', () => {
    const handlers: Record<string, (e: { preventDefault(): void }, url: string) => void> = {};
    let openHandler!: (d: { url: string }) => { action: string };
    const contents = { on: (name: string, h: never) => (handlers[name] = h), setWindowOpenHandler: (h: never) => (openHandler = h) };
    const openExternal = vi.fn();
    lockNavigation(contents as never, packaged, openExternal);
    const blocked = { preventDefault: vi.fn() };
    handlers['will-navigate']!(blocked, 'https://evil.example.com/');
    expect(blocked.preventDefault).toHaveBeenCalled();
    const allowed = { preventDefault: vi.fn() };
    handlers['will-navigate']!(allowed, 'app://switchboard/index.html');
    expect(allowed.preventDefault).not.toHaveBeenCalled();
    expect(openHandler({ url: 'https://kb.example.com/a' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://kb.example.com/a');
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('window and CSP', () => {
  it('keeps context isolation and the sandbox on, node integration off', () => {
    const prefs = mainWindowOptions('/x/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: '/x/preload.cjs' });
  });
  it('sends a CSP without unsafe-eval or remote scripts on every response (fake session)', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|script-src[^;]*https?:/);
    // Plain HTTP is allowed to this machine only (a local LLM server), never to any host.
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src [^;]*http:\/\/127\.0\.0\.1:\*/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/connect-src [^;]*\bhttp: /);
    let hook!: (d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void;
    installResponseHeaders({ webRequest: { onHeadersReceived: (h: never) => (hook = h) } } as never);
    const cb = vi.fn();
    hook({ responseHeaders: { 'X-Other': ['1'] } }, cb);
    expect(cb).toHaveBeenCalledWith({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});
