// Fills models/ for packaging (electron-builder ships it as the app's model folder) from a model server:
//   npm run fetch-models -- --base https://models.example.com/switchboard --model moonshine-tiny [--model …]
// (or MODELS_BASE_URL and MODELS=id,id). Each model's manifest.json lists its files with size and
// SHA-256; every file is checked, a broken download resumes (HTTP Range), and models/<id>/ appears only
// when all of its files are right. No network: one clear line and exit code 1, never a hang.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const IDLE_MS = Number(process.env.FETCH_MODELS_IDLE_MS ?? 15000);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const modelsDir = resolve(process.env.MODELS_DIR ?? join(root, 'models'));

class Fatal extends Error {}
const fail = (message) => {
  throw new Fatal(message);
};

/** fetch that gives up when nothing arrives for IDLE_MS (connecting, headers or body). */
async function fetchIdle(url, headers = {}) {
  const ctl = new AbortController();
  let timer = setTimeout(() => ctl.abort(), IDLE_MS);
  const poke = () => {
    clearTimeout(timer);
    timer = setTimeout(() => ctl.abort(), IDLE_MS);
  };
  try {
    const res = await fetch(url, { headers, signal: ctl.signal });
    poke();
    return { res, poke, done: () => clearTimeout(timer) };
  } catch (e) {
    clearTimeout(timer);
    const why = ctl.signal.aborted ? `no answer in ${IDLE_MS / 1000} s` : (e.cause?.code ?? e.message);
    fail(`cannot reach ${new URL(url).origin} (${why}): check the network or MODELS_BASE_URL`);
  }
}

function safePath(p) {
  return typeof p === 'string' && p && !p.startsWith('/') && !p.includes('\\') && !p.split('/').some((s) => s === '..' || s === '.' || s === '');
}

function checkManifest(m, id, url) {
  const bad = (why) => fail(`manifest ${url}: ${why}`);
  if (!m || m.manifestVersion !== 1) bad('manifestVersion must be 1');
  if (m.id !== id) bad(`id is "${m.id}", expected "${id}"`);
  if (!Array.isArray(m.files) || !m.files.length) bad('files must list at least one file');
  m.files.forEach((f, i) => {
    if (!safePath(f.path)) bad(`files.${i}.path must be a relative path inside the model folder`);
    if (!Number.isInteger(f.size) || f.size < 0) bad(`files.${i}.size must be a whole number`);
    if (!/^[0-9a-f]{64}$/.test(f.sha256 ?? '')) bad(`files.${i}.sha256 must be 64 lowercase hex digits`);
  });
  return m;
}

async function download(url, file, target) {
  mkdirSync(dirname(target), { recursive: true });
  const have = existsSync(target) ? statSync(target).size : 0;
  if (have === file.size && sha256(target) === file.sha256) return;
  const resume = have > 0 && have < file.size;
  const { res, poke, done } = await fetchIdle(url, resume ? { Range: `bytes=${have}-` } : {});
  if (!res.ok) fail(`${url}: HTTP ${res.status}`);
  const append = resume && res.status === 206;
  const out = createWriteStream(target, { flags: append ? 'a' : 'w' });
  try {
    for await (const chunk of res.body) {
      poke();
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
    }
  } catch (e) {
    fail(`${url}: download interrupted (${e.message}); run again to resume`);
  } finally {
    done();
    await new Promise((r) => out.end(r));
  }
  const size = statSync(target).size;
  const sha = sha256(target);
  if (size !== file.size || sha !== file.sha256) {
    rmSync(target);
    fail(`${file.path}: got ${size} bytes with SHA-256 ${sha}, the manifest says ${file.size} bytes, ${file.sha256}; discarded`);
  }
}

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function fetchModel(base, id) {
  const modelUrl = `${base.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
  const manifestUrl = `${modelUrl}/manifest.json`;
  const { res, done } = await fetchIdle(manifestUrl);
  if (!res.ok) fail(`${manifestUrl}: HTTP ${res.status}`);
  let manifest;
  try {
    manifest = checkManifest(JSON.parse(await res.text()), id, manifestUrl);
  } catch (e) {
    if (e instanceof Fatal) throw e;
    fail(`manifest ${manifestUrl}: not JSON (${e.message})`);
  } finally {
    done();
  }
  // Downloads go to models/.partial/<id>/ and move into place only when every file checks out.
  const partial = join(modelsDir, '.partial', id);
  let bytes = 0;
  for (const file of manifest.files) {
    await download(`${modelUrl}/${file.path.split('/').map(encodeURIComponent).join('/')}`, file, join(partial, file.path));
    bytes += file.size;
  }
  writeFileSync(join(partial, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  const final = join(modelsDir, id);
  rmSync(final, { recursive: true, force: true });
  renameSync(partial, final);
  console.log(`${final}: ${manifest.files.length} files, ${bytes} bytes, checked`);
}

try {
  let values;
  try {
    values = parseArgs({ options: { base: { type: 'string' }, model: { type: 'string', multiple: true } } }).values;
  } catch (e) {
    fail(e.message);
  }
  const base = values.base ?? process.env.MODELS_BASE_URL;
  const ids = values.model ?? (process.env.MODELS ? process.env.MODELS.split(',').map((s) => s.trim()).filter(Boolean) : []);
  if (!base) fail('no model server: pass --base URL or set MODELS_BASE_URL');
  if (!/^https?:\/\//.test(base)) fail(`--base must be an http(s) URL, got "${base}"`);
  if (!ids.length) fail('no model named: pass --model ID (e.g. moonshine-tiny) or set MODELS');
  for (const id of ids) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id)) fail(`"${id}" is not a model folder name`);
    await fetchModel(base, id);
  }
} catch (e) {
  console.error(`fetch-models: ${e instanceof Fatal ? e.message : e.stack}`);
  process.exit(1);
}
