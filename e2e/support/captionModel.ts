// Serves a committed random-weight fixture model (captions; embeddings) under the app's own origin (at
// /test-models/<id>/…), the way a model folder configured in settings is served, and records every
// request that leaves the app's origin (there must be none: captions run offline).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';

export const FIXTURE_MODEL_DIR = resolve('e2e/fixtures/caption-model');
export const FIXTURE_MODEL_ID = 'switchboard-fixture-whisper-random';
export const MODEL_FOLDER = 'test-models';

/** The random-weight embedding fixture (scripts/make-embedding-model.py), for semantic search. */
export const EMBEDDING_FIXTURE = { dir: resolve('e2e/fixtures/embedding-model'), id: 'switchboard-fixture-bert-random' };

/** Returns the list of model files requested, in order (it fills as the page asks). */
export async function serveFixtureModel(context: BrowserContext, baseURL: string, model = { dir: FIXTURE_MODEL_DIR, id: FIXTURE_MODEL_ID }): Promise<string[]> {
  const requested: string[] = [];
  const prefix = new URL(`${MODEL_FOLDER}/${model.id}/`, baseURL).href;
  await context.route(`${prefix}**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(prefix).pathname.length));
    requested.push(path);
    if (process.env.E2E_CONSOLE) console.log(`model folder request: ${path}`);
    if (path.includes('..')) return route.fulfill({ status: 400 });
    try {
      return route.fulfill({ status: 200, body: readFileSync(resolve(model.dir, path)), contentType: path.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
  return requested;
}

/** Every request (pages and workers) to anywhere but the app's origin. */
export function watchOutsideRequests(context: BrowserContext, baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  const outside: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) outside.push(url);
  });
  return outside;
}

/** A fixture model's files (manifest included) as a fake model download server serves them: at
 *  models/<id>/<path>, so its baseUrl (…/models) is the policy's downloadBaseUrl. */
export function downloadServerFiles(model = { dir: FIXTURE_MODEL_DIR, id: FIXTURE_MODEL_ID }): Record<string, Uint8Array> {
  const manifest = JSON.parse(readFileSync(resolve(model.dir, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
  return Object.fromEntries([...manifest.files, { path: 'manifest.json' }].map((f) => [`models/${model.id}/${f.path}`, readFileSync(resolve(model.dir, f.path))]));
}

/** Admin policy for the web build (policy.json beside the app), as IT would ship it. */
export async function servePolicy(context: BrowserContext, baseURL: string, policy: Record<string, unknown>): Promise<void> {
  await context.route(new URL('policy.json', baseURL).href, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(policy) }));
}
