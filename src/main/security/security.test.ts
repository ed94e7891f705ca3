// Window hardening, origin checks, permissions, navigation and external links, with fakes of Electron's
// session, webContents and shell (the Electron binary cannot run here).
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from './appOrigin';
import { mayGrant, installPermissionHandlers } from './permissions';
import { lockNavigation } from './navigation';
import { CONTENT_SECURITY_POLICY, installResponseHeaders } from './responseHeaders';
import { mainWindowOptions } from '../window/mainWindow';
import { applicationMenu, devToolsAllowed } from '../window/shellFeatures';
import { createExternalOpener, externalLinkHosts, mayOpenExternal } from './externalLinks';
import { parsePolicy } from '../../shared/settings/layers';
import { defaultAssist, defaultSettings } from '../../shared/settings/schema';

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
  it('blocks navigation and redirects away from the app and denies new windows, handing links to the opener', () => {
    const handlers: Record<string, (e: { url: string; preventDefault(): void }) => void> = {};
    let openHandler!: (d: { url: string }) => { action: string };
    const contents = { on: (name: string, h: never) => (handlers[name] = h), setWindowOpenHandler: (h: never) => (openHandler = h) };
    const openExternal = vi.fn();
    lockNavigation(contents as never, packaged, openExternal);
    for (const event of ['will-navigate', 'will-redirect']) {
      const blocked = { url: 'https://evil.example.com/', preventDefault: vi.fn() };
      handlers[event]!(blocked);
      expect(blocked.preventDefault).toHaveBeenCalled();
      const allowed = { url: 'app://switchboard/index.html', preventDefault: vi.fn() };
      handlers[event]!(allowed);
      expect(allowed.preventDefault).not.toHaveBeenCalled();
    }
    expect(openHandler({ url: 'https://kb.example.com/a' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://kb.example.com/a');
  });
});

describe('external links (fake shell.openExternal)', () => {
  const hosts = ['kb.example.com', '*.help.example.com'];
  const opener = () => {
    const open = vi.fn(async (_url: string) => undefined);
    const log = vi.fn();
    return { open, log, openLink: createExternalOpener({ hosts: () => hosts, open, log }) };
  };
  it('opens https links to an allowed host (a "*." entry covers its subdomains)', () => {
    const { open, openLink } = opener();
    openLink('https://kb.example.com/articles/42');
    openLink('https://kb.example.com:8443/a');
    openLink('https://a.help.example.com/b');
    expect(open.mock.calls.map((c) => c[0])).toEqual(['https://kb.example.com/articles/42', 'https://kb.example.com:8443/a', 'https://a.help.example.com/b']);
  });
  it('escape: http, javascript, file, custom schemes, credentials in the URL and other hosts are refused and logged', () => {
    const { open, log, openLink } = opener();
    for (const link of [
      'http://kb.example.com/a',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ms-settings:privacy',
      'smb://kb.example.com/share',
      'https://evil.example.com/',
      'https://kb.example.com.evil.example/',
      'https://evilkb.example.com/',
      'https://help.example.com/', // "*.help.example.com" covers subdomains only
      'https://user:pw@kb.example.com/',
      'not a url',
    ]) {
      openLink(link);
    }
    expect(open).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(11);
  });
  it("the allowed hosts are policy's list and the knowledge base's own host once its URL is granted", () => {
    const policy = parsePolicy({ version: 2, security: { externalLinkHosts: ['Support.Example.com'] } });
    const effective = { ...structuredClone(defaultSettings), assist: { ...defaultAssist, kbSourceUrl: 'https://kb.example.com/faq.json' } };
    expect(externalLinkHosts(policy, effective, new Set())).toEqual(['support.example.com']);
    expect(externalLinkHosts(policy, effective, new Set(['https://kb.example.com']))).toEqual(['support.example.com', 'kb.example.com']);
    expect(mayOpenExternal('https://kb.example.com/a', externalLinkHosts(null, effective, new Set()))).toBe(false);
  });
});

describe('window, menu and CSP', () => {
  it('keeps context isolation and the sandbox on, node integration and webviews off', () => {
    const prefs = mainWindowOptions('/x/preload.cjs', false).webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/x/preload.cjs' });
  });
  it('escape: DevTools and the default menu are off in a packaged build unless policy turns them on', () => {
    expect(devToolsAllowed(true, null)).toBe(false);
    expect(mainWindowOptions('/p', devToolsAllowed(true, null)).webPreferences!.devTools).toBe(false);
    expect(applicationMenu('win32', false)).toBeNull();
    expect(applicationMenu('linux', false)).toBeNull();
    // macOS keeps the app, Edit and Window menus (quit, copy, paste) — none of which opens DevTools.
    expect(applicationMenu('darwin', false)).toEqual([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]);
    expect(devToolsAllowed(true, parsePolicy({ version: 2, security: { allowDevTools: true } }))).toBe(true);
    expect(devToolsAllowed(false, null)).toBe(true); // development and test runs
    expect(applicationMenu('linux', true)).toBe('default');
  });
  it('sends a CSP without unsafe-eval or remote scripts on every response (fake session)', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|script-src[^;]*https?:/);
    // Plain HTTP is allowed to this machine only (a local LLM server), never to any host.
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src [^;]*http:\/\/127\.0\.0\.1:\*/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/connect-src [^;]*\bhttp: /);
    let hook!: (d: { url: string; method: string; responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void;
    installResponseHeaders({ webRequest: { onHeadersReceived: (h: never) => (hook = h) } } as never, { grantedOrigins: () => new Set(), appOrigin: 'app://switchboard' });
    const cb = vi.fn();
    hook({ url: 'app://switchboard/index.html', method: 'GET', responseHeaders: { 'X-Other': ['1'] } }, cb);
    expect(cb).toHaveBeenCalledWith({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});
