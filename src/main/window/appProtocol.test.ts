// The app:// file server, with a fake of Electron's protocol module.
import { describe, expect, it, vi } from 'vitest';
import { APP_URL, registerAppScheme, resolveAppRequest, resolveRequest, serveApp } from './appProtocol';
import { modelFolderFor } from './modelFolder';
import { applyPolicy, parsePolicy } from '../../shared/settings/layers';
import { defaultCaptions, defaultSettings } from '../../shared/settings/schema';

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

describe('caption model folder over app:// (fake protocol module, fake disk)', () => {
  const policyFolder = '/srv/share/switchboard-models';
  it('serves app://switchboard/models/… from the model folder only', () => {
    expect(resolveRequest(`${APP_URL}models/moonshine-tiny/config.json`, root, policyFolder)).toEqual({ file: `${policyFolder}/moonshine-tiny/config.json` });
    expect(resolveRequest(`${APP_URL}models/..%2F..%2Fetc%2Fpasswd`, root, policyFolder)).toEqual({ status: 403 });
    expect(resolveRequest(`${APP_URL}models/moonshine-tiny/config.json`, root, null)).toEqual({ status: 404 });
    expect(resolveRequest(`${APP_URL}index.html`, root, policyFolder)).toEqual({ file: `${root}/index.html` });
  });
  it('takes the folder from settings/policy, else the one shipped in the installer', () => {
    const snap = (modelFolder: string) => applyPolicy({ ...structuredClone(defaultSettings), captions: { ...defaultCaptions, modelFolder } }, null);
    const resources = '/opt/Switchboard/resources';
    expect(modelFolderFor(snap(policyFolder), resources, () => true)).toBe(policyFolder);
    expect(modelFolderFor(snap('\\\\fileserver\\models'), resources, () => true)).toBe('\\\\fileserver\\models');
    expect(modelFolderFor(snap(''), resources, (d) => d === `${resources}/models`)).toBe(`${resources}/models`);
    expect(modelFolderFor(snap('relative/path'), resources, () => false)).toBeNull();
    expect(modelFolderFor(applyPolicy(structuredClone(defaultSettings), parsePolicy({ version: 2, captions: { modelFolder: policyFolder } })), resources, () => false)).toBe(policyFolder);
  });
  it('the server follows the folder in force at each request', async () => {
    let handler!: (r: { url: string }) => Promise<Response>;
    const protocol = { handle: (_s: string, h: never) => (handler = h) };
    let folder: string | null = null;
    const read = vi.fn(async (f: string) => new TextEncoder().encode(`file ${f}`));
    serveApp(protocol, root, read, () => folder);
    expect((await handler({ url: `${APP_URL}models/m/config.json` })).status).toBe(404);
    folder = policyFolder;
    const ok = await handler({ url: `${APP_URL}models/m/config.json` });
    expect(ok.headers.get('content-type')).toBe('application/json');
    expect(await ok.text()).toBe(`file ${policyFolder}/m/config.json`);
  });
});
