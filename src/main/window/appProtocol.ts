// The packaged renderer is served from app://switchboard/ rather than file://: a standard, secure
// origin, so module workers, fetch() of the speech models, IndexedDB and the CSP's 'self' behave as
// on the web, and no other file on the disk is reachable from the page.
import type { Protocol } from 'electron';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/responseHeaders';
import { MODELS_PATH } from '../models/modelFolder';
import { resolveModelFile } from '../models/modelFiles';

export const APP_SCHEME = 'app';
export const APP_HOST = 'switchboard';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.wav': 'audio/wav',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
};

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

/** Maps an app:// URL to a file under `root`, refusing anything outside it. */
export function resolveAppRequest(url: string, root: string): { file: string } | { status: 400 | 403 | 404 } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { status: 403 };
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const file = normalize(join(base, path === '/' ? 'index.html' : path));
  if (!file.startsWith(base)) return { status: 403 };
  return { file };
}

/**
 * app://switchboard/models/… comes from the model folder (models/modelFolder.ts), and only the files its
 * models' manifests list (models/modelFiles.ts); anything else from the renderer folder. Neither lets a
 * path escape its folder.
 */
export async function resolveRequest(url: string, root: string, modelFolder: string | null): Promise<{ file: string } | { status: 400 | 403 | 404 }> {
  const target = resolveAppRequest(url, root);
  if ('status' in target) return target;
  const path = decodeURIComponent(new URL(url).pathname); // resolveAppRequest has parsed and decoded it once already
  if (!path.startsWith(MODELS_PATH)) return target;
  if (!modelFolder) return { status: 404 };
  return resolveModelFile(modelFolder, path.slice(MODELS_PATH.length));
}

export function serveApp(
  protocol: Pick<Protocol, 'handle'>,
  root: string,
  readFile: (file: string) => Promise<Uint8Array>,
  modelFolder: () => string | null = () => null,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = await resolveRequest(request.url, root, modelFolder());
    if ('status' in target) return new Response(null, { status: target.status });
    try {
      const body = await readFile(target.file);
      return new Response(body as ConstructorParameters<typeof Response>[0], {
        headers: {
          'content-type': TYPES[extname(target.file).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
