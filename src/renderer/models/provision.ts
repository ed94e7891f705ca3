// Where a model (the caption model; the knowledge base's embedding model) comes from, offline first: the model folder (settings or admin policy: IT
// ships it with the installer or on a share), then the app's own cache, then — only if policy allows —
// a download from the configured base URL into the cache.
import type { CaptionsSettings } from '../../shared/settings/schema';
import type { ModelSource } from './types';
import type { ModelStore } from './modelStore';

export type ModelAvailability =
  | { kind: 'found'; source: ModelSource }
  | { kind: 'missing'; canDownload: boolean; looked: string[] };

/** Virtual base URL of cached models: the worker loading the model answers these from IndexedDB, never the network. */
export const cacheBase = (baseURI: string) => new URL('switchboard-model-cache/', baseURI).href;

/**
 * The model folder as a URL the page can read. Empty = the models/ shipped with the app. On the desktop
 * a filesystem path is served by the main process under app://…/models/ (src/main/models/modelFolder.ts);
 * in the web build the folder is a path or URL under the app.
 */
export function modelFolderUrl(folder: string, baseURI: string): string {
  const f = folder.trim();
  const fsPath = /^[A-Za-z]:[\\/]/.test(f) || f.startsWith('\\\\') || (f.startsWith('/') && baseURI.startsWith('app:'));
  if (!f || fsPath) return new URL('models/', baseURI).href;
  return new URL(f.endsWith('/') ? f : `${f}/`, baseURI).href;
}

/** What finding a model needs: the caption settings, or the same with another model id (embeddings). */
export type ModelLookup = Pick<CaptionsSettings, 'modelId' | 'modelFolder' | 'allowDownload' | 'downloadBaseUrl'>;

export async function findModel(
  settings: ModelLookup,
  deps: { baseURI: string; store: ModelStore; fetch?: typeof fetch },
): Promise<ModelAvailability> {
  const get = deps.fetch ?? fetch;
  const looked: string[] = [];
  const folder = modelFolderUrl(settings.modelFolder, deps.baseURI);
  const config = new URL(`${encodeURIComponent(settings.modelId)}/config.json`, folder).href;
  looked.push(config);
  if (await isModelConfig(get, config)) return { kind: 'found', source: { kind: 'folder', baseUrl: folder, modelId: settings.modelId } };
  looked.push(`cache: ${settings.modelId}`);
  if (await deps.store.model(settings.modelId)) return { kind: 'found', source: { kind: 'cache', baseUrl: cacheBase(deps.baseURI), modelId: settings.modelId } };
  return { kind: 'missing', canDownload: downloadAllowed(settings), looked };
}

export function downloadAllowed(settings: Pick<CaptionsSettings, 'allowDownload' | 'downloadBaseUrl'>): boolean {
  return settings.allowDownload && settings.downloadBaseUrl.trim() !== '';
}

// A web server may answer any path with the app's index.html: only a JSON model config counts.
async function isModelConfig(get: typeof fetch, url: string): Promise<boolean> {
  try {
    const res = await get(url, { cache: 'no-store' });
    if (!res.ok) return false;
    const config = (await res.json()) as { model_type?: unknown };
    return typeof config.model_type === 'string';
  } catch {
    return false;
  }
}
