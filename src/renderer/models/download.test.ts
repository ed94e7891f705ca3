import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadModel, DownloadError } from './download';
import { ManifestError, sha256Hex } from './manifest';
import { ModelDb, ModelStore } from './modelStore';
import { startFakeModelServer, type FakeModelServer } from './fakeModelServer';

const ID = 'tiny';
const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);
const config = '{"model_type":"whisper"}';
const weights = bytes(300_000, 7);

async function manifestFor(files: Record<string, Uint8Array | string>, over: (f: { path: string; size: number; sha256: string }) => object = (f) => f) {
  const list = await Promise.all(
    Object.entries(files).map(async ([path, b]) => {
      const data = typeof b === 'string' ? new TextEncoder().encode(b) : b;
      return over({ path, size: data.length, sha256: await sha256Hex(data) });
    }),
  );
  return JSON.stringify({ manifestVersion: 1, id: ID, files: list });
}

async function serve(manifest?: string): Promise<FakeModelServer> {
  const files = { 'config.json': config, 'onnx/model.onnx': weights };
  return startFakeModelServer({
    [`models/${ID}/manifest.json`]: manifest ?? (await manifestFor(files)),
    ...Object.fromEntries(Object.entries(files).map(([p, b]) => [`models/${ID}/${p}`, b])),
  });
}

let server: FakeModelServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});
const freshStore = () => new ModelStore(new ModelDb(`models-${Math.random()}`));

// fake-indexeddb writes every chunk: under a loaded CI machine this takes seconds, not a speed target.
describe('model download from a fake model server on loopback', { timeout: 30_000 }, () => {
  it('downloads every file, checks it, and only then lists the model as cached', async () => {
    server = await serve();
    const store = freshStore();
    const progress: number[] = [];
    const model = await downloadModel({ baseUrl: server.baseUrl, modelId: ID, store, onProgress: (p) => progress.push(p.receivedBytes) });
    expect(model.files.sort()).toEqual(['config.json', 'onnx/model.onnx']);
    expect(new Uint8Array((await store.file(ID, 'onnx/model.onnx'))!)).toEqual(weights);
    expect(progress.at(-1)).toBe(weights.length + config.length);
  });

  it('rejects a file whose SHA-256 does not match the manifest, and caches nothing', async () => {
    const wrong = await manifestFor({ 'config.json': config, 'onnx/model.onnx': weights }, (f) => (f.path === 'onnx/model.onnx' ? { ...f, sha256: 'a'.repeat(64) } : f));
    server = await serve(wrong);
    const store = freshStore();
    const err = await downloadModel({ baseUrl: server.baseUrl, modelId: ID, store }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DownloadError);
    expect((err as DownloadError).kind).toBe('checksum');
    expect((err as Error).message).toMatch(/^onnx\/model\.onnx: SHA-256 [0-9a-f]{64} does not match the manifest \(a{64}\); the download was discarded$/);
    expect(await store.model(ID)).toBeUndefined();
    expect(await store.file(ID, 'config.json')).toBeUndefined();
    expect((await store.partial(ID, 'onnx/model.onnx')).bytes).toBe(0);
  });

  it('resumes a broken download with an HTTP Range request instead of starting again', async () => {
    server = await serve();
    const store = freshStore();
    server.cutAfter.set(`models/${ID}/onnx/model.onnx`, 120_000);
    const first = await downloadModel({ baseUrl: server.baseUrl, modelId: ID, store, pieceBytes: 16_384 }).catch((e: unknown) => e);
    expect((first as DownloadError).kind).toBe('network');
    const kept = (await store.partial(ID, 'onnx/model.onnx')).bytes;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(120_000);
    expect(await store.model(ID)).toBeUndefined();

    await downloadModel({ baseUrl: server.baseUrl, modelId: ID, store, pieceBytes: 16_384 });
    const weightRequests = server.requests.filter((r) => r.path.endsWith('model.onnx'));
    expect(weightRequests.map((r) => r.range)).toEqual([undefined, `bytes=${kept}-`]);
    expect(server.requests.filter((r) => r.path.endsWith('config.json'))).toHaveLength(1); // verified before the break: not fetched again
    expect(new Uint8Array((await store.file(ID, 'onnx/model.onnx'))!)).toEqual(weights);
  });

  it('starts the file again when the server ignores the range', async () => {
    server = await serve();
    const store = freshStore();
    server.cutAfter.set(`models/${ID}/onnx/model.onnx`, 50_000);
    await downloadModel({ baseUrl: server.baseUrl, modelId: ID, store, pieceBytes: 8_192 }).catch(() => undefined);
    server.ignoreRange.add(`models/${ID}/onnx/model.onnx`);
    await downloadModel({ baseUrl: server.baseUrl, modelId: ID, store, pieceBytes: 8_192 });
    expect(new Uint8Array((await store.file(ID, 'onnx/model.onnx'))!)).toEqual(weights);
  });

  it('names a bad manifest precisely and downloads nothing', async () => {
    server = await serve(JSON.stringify({ manifestVersion: 1, id: ID, files: [{ path: '../etc/passwd', size: -1, sha256: 'xyz' }] }));
    const store = freshStore();
    const err = (await downloadModel({ baseUrl: server.baseUrl, modelId: ID, store }).catch((e: unknown) => e)) as ManifestError;
    expect(err).toBeInstanceOf(ManifestError);
    expect(err.issues).toEqual([
      'files.0.path: must be a relative path inside the model folder',
      'files.0.size: must not be negative',
      'files.0.sha256: must be 64 lowercase hex digits',
    ]);
    expect(server.requests.map((r) => r.path)).toEqual([`models/${ID}/manifest.json`]);
  });

  it('says which server it cannot reach', async () => {
    server = await serve();
    const base = server.baseUrl;
    await server.close();
    server = null;
    const err = (await downloadModel({ baseUrl: base, modelId: ID, store: freshStore() }).catch((e: unknown) => e)) as DownloadError;
    expect(err.kind).toBe('network');
    expect(err.message).toContain(`Cannot reach ${new URL(base).origin}`);
  });
});
