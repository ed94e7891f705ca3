// The model files main serves, on a real temporary folder with real symbolic links: every way a page
// might reach another file through app://switchboard/models/ is tried and refused.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_URL, resolveRequest, serveApp } from '../window/appProtocol';
import { resolveModelFile } from './modelFiles';

const sha = '0'.repeat(64);

/** A model folder with one model (its manifest lists config.json and onnx/model.onnx), and a secret beside it. */
function layout() {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'sb-models-')));
  const folder = join(top, 'models');
  const model = join(folder, 'tiny');
  mkdirSync(join(model, 'onnx'), { recursive: true });
  writeFileSync(join(top, 'secret.txt'), 'not a model');
  writeFileSync(join(model, 'config.json'), '{"model_type":"whisper"}');
  writeFileSync(join(model, 'onnx', 'model.onnx'), 'weights');
  writeFileSync(join(model, 'notes.txt'), 'in the folder, not in the manifest');
  const files = ['config.json', 'onnx/model.onnx', 'linked.json'].map((path) => ({ path, size: 1, sha256: sha }));
  writeFileSync(join(model, 'manifest.json'), JSON.stringify({ manifestVersion: 1, id: 'tiny', files }));
  return { top, folder, model };
}

describe('model files served from the model folder (real disk)', () => {
  it('serves the files the manifest lists, and the manifest', async () => {
    const { folder, model } = layout();
    expect(await resolveModelFile(folder, 'tiny/config.json')).toEqual({ file: join(model, 'config.json') });
    expect(await resolveModelFile(folder, 'tiny/onnx/model.onnx')).toEqual({ file: join(model, 'onnx', 'model.onnx') });
    expect(await resolveModelFile(folder, 'tiny/manifest.json')).toEqual({ file: join(model, 'manifest.json') });
  });

  it('escape: a file in the folder that the manifest does not list', async () => {
    const { folder } = layout();
    expect(await resolveModelFile(folder, 'tiny/notes.txt')).toEqual({ status: 404 });
  });

  it('escape: a folder with no manifest, or a broken one, serves nothing', async () => {
    const { folder } = layout();
    mkdirSync(join(folder, 'bare'));
    writeFileSync(join(folder, 'bare', 'config.json'), '{}');
    expect(await resolveModelFile(folder, 'bare/config.json')).toEqual({ status: 404 });
    mkdirSync(join(folder, 'broken'));
    writeFileSync(join(folder, 'broken', 'config.json'), '{}');
    writeFileSync(join(folder, 'broken', 'manifest.json'), JSON.stringify({ manifestVersion: 1, id: 'broken', files: [{ path: '../../secret.txt', size: 1, sha256: sha }] }));
    expect(await resolveModelFile(folder, 'broken/../../secret.txt')).toEqual({ status: 404 });
  });

  it('escape: ".." in the model id or the file path', async () => {
    const { folder } = layout();
    expect(await resolveModelFile(folder, '../secret.txt')).toEqual({ status: 403 });
    expect(await resolveModelFile(folder, 'tiny/../../secret.txt')).toEqual({ status: 404 });
    expect(await resolveModelFile(folder, '..')).toEqual({ status: 403 });
    expect(await resolveModelFile(folder, 'tiny\\..\\..\\secret.txt')).toEqual({ status: 403 });
  });

  it('escape: an absolute path after the model id', async () => {
    const { folder, top } = layout();
    expect(await resolveModelFile(folder, `tiny/${join(top, 'secret.txt')}`)).toEqual({ status: 404 });
    expect(await resolveModelFile(folder, '/etc/passwd')).toEqual({ status: 403 });
  });

  it('escape: a listed file that is a symbolic link out of the folder', async () => {
    const { folder, model, top } = layout();
    symlinkSync(join(top, 'secret.txt'), join(model, 'linked.json'));
    expect(await resolveModelFile(folder, 'tiny/linked.json')).toEqual({ status: 403 });
  });

  it('escape: a model folder that is a symbolic link out of the model folder', async () => {
    const { folder, top } = layout();
    const outside = join(top, 'elsewhere');
    mkdirSync(outside);
    writeFileSync(join(outside, 'config.json'), '{}');
    writeFileSync(join(outside, 'manifest.json'), JSON.stringify({ manifestVersion: 1, id: 'x', files: [{ path: 'config.json', size: 1, sha256: sha }] }));
    symlinkSync(outside, join(folder, 'x'));
    expect(await resolveModelFile(folder, 'x/config.json')).toEqual({ status: 403 });
  });

  it('a model folder that is itself reached through a link still serves (IT may link a share)', async () => {
    const { folder, model, top } = layout();
    symlinkSync(folder, join(top, 'share'));
    expect(await resolveModelFile(join(top, 'share'), 'tiny/config.json')).toEqual({ file: join(model, 'config.json') });
  });
});

describe('the same through app:// URLs (fake protocol module, real disk)', () => {
  const root = '/opt/Switchboard/resources/app.asar/out/renderer';

  it('escape: encoded and plain traversal in the URL', async () => {
    const { folder, model } = layout();
    expect(await resolveRequest(`${APP_URL}models/tiny/config.json`, root, folder)).toEqual({ file: join(model, 'config.json') });
    // %2e%2e is a ".." segment to the URL parser itself (Chromium's too): it climbs out of models/ into the
    // renderer folder and no further.
    for (const path of ['models/%2e%2e/secret.txt', 'models/tiny/%2e%2E/%2e%2e/secret.txt', 'models/%2e%2e/%2e%2e/%2e%2e/etc/passwd']) {
      const target = await resolveRequest(`${APP_URL}${path}`, root, folder);
      expect('file' in target && target.file.startsWith(`${root}/`), path).toBe(true);
    }
    // An encoded "/" survives URL parsing and is decoded afterwards: refused or not listed, never read.
    for (const path of ['models/..%2F..%2Fsecret.txt', 'models/tiny%2F..%2F..%2Fsecret.txt', 'models/%2Fetc%2Fpasswd', 'models/tiny/..%5C..%5Csecret.txt']) {
      expect(await resolveRequest(`${APP_URL}${path}`, root, folder), path).toHaveProperty('status');
    }
    expect(await resolveRequest(`${APP_URL}models/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd`, root, folder)).toEqual({ status: 403 });
  });

  it('no model folder: models/ answers 404, the app itself is unaffected', async () => {
    expect(await resolveRequest(`${APP_URL}models/tiny/config.json`, root, null)).toEqual({ status: 404 });
    expect(await resolveRequest(`${APP_URL}index.html`, root, null)).toEqual({ file: `${root}/index.html` });
  });

  it('the server follows the folder in force at each request and reads only what it resolved', async () => {
    const { folder, model } = layout();
    let handler!: (r: { url: string }) => Promise<Response>;
    const protocol = { handle: (_s: string, h: never) => (handler = h) };
    let current: string | null = null;
    const read = vi.fn(async (f: string) => new TextEncoder().encode(`file ${f}`));
    serveApp(protocol, root, read, () => current);
    expect((await handler({ url: `${APP_URL}models/tiny/config.json` })).status).toBe(404);
    current = folder;
    const ok = await handler({ url: `${APP_URL}models/tiny/config.json` });
    expect(ok.headers.get('content-type')).toBe('application/json');
    expect(await ok.text()).toBe(`file ${join(model, 'config.json')}`);
    expect((await handler({ url: `${APP_URL}models/tiny/notes.txt` })).status).toBe(404);
    expect((await handler({ url: `${APP_URL}models/..%2Fsecret.txt` })).status).toBe(403);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
