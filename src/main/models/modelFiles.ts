// app://switchboard/models/<model id>/<file>: what main reads from the model folder for the page. The page
// names the path, so nothing is taken on trust: only a file that the model's manifest.json lists (or the
// manifest itself) is served, and only when its real path — every symbolic link resolved — lies inside
// the model folder. A folder without a valid manifest serves nothing.
import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { parseManifest } from '../../shared/models/manifest';

/** Model folder names, as the settings schema and fetch-models allow them. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export type ModelFileTarget = { file: string } | { status: 403 | 404 };

/** True when `path` is `root` or below it (both real paths). */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * @param folder the model folder in force (policy's or the one the agent picked; see modelFolder.ts)
 * @param inner the request's path below /models/, percent-decoded: "<model id>/<file path>"
 */
export async function resolveModelFile(folder: string, inner: string): Promise<ModelFileTarget> {
  const slash = inner.indexOf('/');
  const id = slash < 0 ? inner : inner.slice(0, slash);
  const path = slash < 0 ? '' : inner.slice(slash + 1);
  if (!MODEL_ID.test(id)) return { status: 403 };
  if (path === '' || path.includes('\\') || path.includes('\0')) return { status: 403 };

  let root: string;
  try {
    root = await realpath(folder);
  } catch {
    return { status: 404 };
  }
  const modelDir = join(root, id);
  let listed: Set<string>;
  try {
    const manifestFile = await realpath(join(modelDir, 'manifest.json'));
    if (!inside(root, manifestFile)) return { status: 403 };
    const manifest = parseManifest(await readFile(manifestFile, 'utf8'), manifestFile);
    listed = new Set(['manifest.json', ...manifest.files.map((f) => f.path)]);
  } catch {
    return { status: 404 }; // no manifest, or not a valid one: not a model the app may read
  }
  // Manifest paths are plain relative paths (no "..", no leading "/": see the manifest schema), so a
  // listed path cannot climb out; the real-path check below also catches links that point outside.
  if (!listed.has(path)) return { status: 404 };
  let file: string;
  try {
    file = await realpath(join(modelDir, ...path.split('/')));
  } catch {
    return { status: 404 };
  }
  if (!inside(root, file)) return { status: 403 };
  return { file };
}
