// The app:// file server, with a fake of Electron's protocol module.
import { describe, expect, it, vi } from 'vitest';
import { APP_URL, registerAppScheme, resolveAppRequest, serveApp } from './appProtocol';

const root = '/opt/Switchboard/resources/app.asar/out/renderer';

describe('app:// protocol (fake protocol module)', () => {
  it('registers a standard, secure, fetch-capable scheme', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged.mock.calls[0]![0][0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });
  it('maps URLs to files under the renderer folder only', () => {
    expect(resolveAppRequest(APP_URL, root)).toEqual({ file: `${root}/index.html` });
    expect(resolveAppRequest(`${APP_URL}voice/silero_vad_v5.onnx`, root)).toEqual({ file: `${root}/voice/silero_vad_v5.onnx` });
    expect(resolveAppRequest(`${APP_URL}..%2F..%2F..%2Fetc%2Fpasswd`, root)).toEqual({ status: 403 });
    expect(resolveAppRequest('app://elsewhere/index.html', root)).toEqual({ status: 403 });
    expect(resolveAppRequest(`${APP_URL}%E0%A4%A`, root)).toEqual({ status: 400 });
  });
  it('serves files with their type and the CSP, and 404s what is missing', async () => {
    let handler!: (r: { url: string }) => Promise<Response>;
    const protocol = { handle: (_s: string, h: never) => (handler = h) };
    const files: Record<string, string> = { [`${root}/index.html`]: '<!doctype html>' };
    serveApp(protocol, root, async (f) => {
      if (!(f in files)) throw new Error('ENOENT');
      return new TextEncoder().encode(files[f]);
    });
    const ok = await handler({ url: `${APP_URL}index.html` });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/html');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await ok.text()).toBe('<!doctype html>');
    expect((await handler({ url: `${APP_URL}missing.js` })).status).toBe(404);
    expect((await handler({ url: `${APP_URL}..%2Fsecret` })).status).toBe(403);
  });
});
