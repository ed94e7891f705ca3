import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyPolicy, parsePolicy } from '../../shared/settings/layers';
import { defaultCaptions, defaultSettings, type CaptionsSettings } from '../../shared/settings/schema';
import { downloadAllowed, findModel, modelFolderUrl } from './provision';
import { ModelDb, ModelStore } from './modelStore';
import { parseManifest, ManifestError } from './manifest';

const BASE = 'http://127.0.0.1:4173/';
const settings = (over: Partial<CaptionsSettings> = {}): CaptionsSettings => ({ ...defaultCaptions, modelId: 'tiny', ...over });

/** The app's own origin serving a model folder (a page's fetch of files under the app). */
const folderServing = (paths: Record<string, string>) => async (input: RequestInfo | URL) => {
  const body = paths[String(input)];
  return body === undefined ? new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }) : new Response(body);
};

async function cachedStore(): Promise<ModelStore> {
  const store = new ModelStore(new ModelDb(`p-${Math.random()}`));
  await store.stage('tiny', 'config.json', new TextEncoder().encode('{"model_type":"whisper"}').buffer as ArrayBuffer);
  await store.commit('tiny', ['config.json']);
  return store;
}

describe('where the caption model comes from: folder > cache > download', () => {
  it('prefers the model folder over the cache', async () => {
    const fetch = folderServing({ [`${BASE}models/tiny/config.json`]: '{"model_type":"whisper"}' });
    const found = await findModel(settings({ modelFolder: 'models' }), { baseURI: BASE, store: await cachedStore(), fetch });
    expect(found).toEqual({ kind: 'found', source: { kind: 'folder', baseUrl: `${BASE}models/`, modelId: 'tiny' } });
  });

  it('uses the cache when the folder has no such model (an HTML fallback page does not count)', async () => {
    const found = await findModel(settings({ modelFolder: 'models' }), { baseURI: BASE, store: await cachedStore(), fetch: folderServing({}) });
    expect(found).toEqual({ kind: 'found', source: { kind: 'cache', baseUrl: `${BASE}switchboard-model-cache/`, modelId: 'tiny' } });
  });

  it('reports the model missing, downloadable only when allowed and a base URL is set', async () => {
    const empty = new ModelStore(new ModelDb(`p-${Math.random()}`));
    const deps = { baseURI: BASE, store: empty, fetch: folderServing({}) };
    expect(await findModel(settings({ allowDownload: true, downloadBaseUrl: 'https://models.example.com' }), deps)).toMatchObject({ kind: 'missing', canDownload: true });
    expect(await findModel(settings({ allowDownload: true }), deps)).toMatchObject({ kind: 'missing', canDownload: false });
    expect(await findModel(settings({ allowDownload: false, downloadBaseUrl: 'https://models.example.com' }), deps)).toMatchObject({ kind: 'missing', canDownload: false });
  });

  it('admin policy forbidding downloads wins over the agent allowing them', () => {
    const user = { ...structuredClone(defaultSettings), captions: settings({ allowDownload: true, downloadBaseUrl: 'https://models.example.com' }) };
    const snapshot = applyPolicy(user, parsePolicy({ version: 2, captions: { allowDownload: false } }));
    expect(snapshot.effective.captions.allowDownload).toBe(false);
    expect(snapshot.locked).toContain('captions.allowDownload');
    expect(downloadAllowed(snapshot.effective.captions)).toBe(false);
  });

  it('policy fills in the captions section for settings saved before it existed', () => {
    const snapshot = applyPolicy(structuredClone(defaultSettings), parsePolicy({ version: 2, captions: { modelFolder: '\\\\share\\models' } }));
    expect(snapshot.effective.captions).toEqual({ ...defaultCaptions, modelFolder: '\\\\share\\models' });
  });

  it('rejects a bad captions policy by field', () => {
    expect(() => parsePolicy({ version: 2, captions: { modelId: '../x', downloadBaseUrl: 'ftp://x' } })).toThrow(
      /captions\.modelId: must be a folder name.*captions\.downloadBaseUrl: must be an https:\/\/ URL \(http:\/\/ only for localhost\), such as https:\/\/models\.example\.com/,
    );
  });

  it('maps the shipped folder and a desktop folder to what the main process serves, and a web path under the app', () => {
    expect(modelFolderUrl('', BASE)).toBe(`${BASE}models/`); // the models/ shipped with the app
    expect(modelFolderUrl('models', BASE)).toBe(`${BASE}models/`);
    expect(modelFolderUrl('C:\\Models', 'app://switchboard/index.html')).toBe('app://switchboard/models/');
    expect(modelFolderUrl('/opt/switchboard/models', 'app://switchboard/index.html')).toBe('app://switchboard/models/');
  });
});

describe('model manifest', () => {
  const ok = { manifestVersion: 1, id: 'tiny', files: [{ path: 'config.json', size: 2, sha256: 'a'.repeat(64) }] };
  it('accepts a valid manifest', () => expect(parseManifest(JSON.stringify(ok), 'm.json', 'tiny').files).toHaveLength(1));
  it.each([
    ['not JSON', '{', /^not JSON/],
    ['wrong version', JSON.stringify({ ...ok, manifestVersion: 2 }), /^manifestVersion: must be 1$/],
    ['no files', JSON.stringify({ ...ok, files: [] }), /^files: must list at least one file$/],
    ['another model', JSON.stringify({ ...ok, id: 'other' }), /^id: is "other", expected "tiny"$/],
    ['duplicate file', JSON.stringify({ ...ok, files: [ok.files[0], ok.files[0]] }), /^files\.1\.path: "config\.json" is listed twice$/],
    ['no config.json', JSON.stringify({ ...ok, files: [{ ...ok.files[0], path: 'onnx/a.onnx' }] }), /^files: must include config\.json$/],
  ])('%s -> a specific error', (_name, text, issue) => {
    let err: unknown;
    try {
      parseManifest(text, 'm.json', 'tiny');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ManifestError);
    expect((err as ManifestError).issues[0]).toMatch(issue);
    expect((err as Error).message).toMatch(/^Model manifest m\.json is not valid: /);
  });
});
