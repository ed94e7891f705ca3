// `npm run fetch-models` against a FAKE model server on loopback, and against one that never answers.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeModelServer } from '../src/renderer/models/fakeModelServer';

const FIXTURE = 'e2e/fixtures/caption-model';
const ID = 'switchboard-fixture-whisper-random';
const run = (args, env = {}) =>
  new Promise((resolve) => {
    execFile('node', ['scripts/fetch-models.mjs', ...args], { env: { ...process.env, ...env }, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });

const closers = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

function fixtureFiles(mutate = (m) => m) {
  const manifest = mutate(JSON.parse(readFileSync(join(FIXTURE, 'manifest.json'), 'utf8')));
  const files = { [`models/${ID}/manifest.json`]: JSON.stringify(manifest) };
  for (const f of manifest.files) files[`models/${ID}/${f.path}`] = readFileSync(join(FIXTURE, f.path));
  return files;
}

// Each test runs the script as its own Node process: seconds on a loaded machine, hence the time limit.
describe('npm run fetch-models', { timeout: 30_000 }, () => {
  it('fills the models folder from a fake model server, every file checked', async () => {
    const server = await startFakeModelServer(fixtureFiles());
    closers.push(server.close);
    const dir = mkdtempSync(join(tmpdir(), 'models-'));
    const r = await run(['--base', server.baseUrl, '--model', ID], { MODELS_DIR: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, ID, 'onnx/encoder_model.onnx'))).toEqual(readFileSync(join(FIXTURE, 'onnx/encoder_model.onnx')));
  });

  it('rejects a file that does not match the manifest and leaves no model folder', async () => {
    const server = await startFakeModelServer(fixtureFiles((m) => ({ ...m, files: m.files.map((f) => (f.path === 'config.json' ? { ...f, sha256: '0'.repeat(64) } : f)) })));
    closers.push(server.close);
    const dir = mkdtempSync(join(tmpdir(), 'models-'));
    const r = await run(['--base', server.baseUrl, '--model', ID], { MODELS_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^fetch-models: config\.json: got \d+ bytes with SHA-256 [0-9a-f]{64}, the manifest says \d+ bytes, 0{64}; discarded\n$/);
    expect(existsSync(join(dir, ID))).toBe(false);
  });

  it('gives up with one clear line, exit code 1, when the server never answers', async () => {
    const silent = createServer(() => undefined); // accepts connections, says nothing
    await new Promise((r) => silent.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise((r) => silent.close(r)));
    const sockets = [];
    silent.on('connection', (s) => sockets.push(s));
    closers.push(async () => sockets.forEach((s) => s.destroy()));
    const started = Date.now();
    const r = await run(['--base', `http://127.0.0.1:${silent.address().port}/m`, '--model', ID], { FETCH_MODELS_IDLE_MS: '500', MODELS_DIR: mkdtempSync(join(tmpdir(), 'models-')) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`fetch-models: cannot reach http://127.0.0.1:${silent.address().port} (no answer in 0.5 s): check the network or MODELS_BASE_URL\n`);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('says what is missing from the command line', async () => {
    const r = await run([], { MODELS_BASE_URL: '', MODELS: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('fetch-models: no model server: pass --base URL or set MODELS_BASE_URL\n');
  });
});
