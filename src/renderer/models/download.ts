// Downloads a model into the app's cache: manifest first, then each file with HTTP Range resume (the
// bytes already received are kept in IndexedDB as they arrive), each checked against the manifest's
// size and SHA-256 before it is kept. The model appears in the cache only when every file checks out.
import { parseManifest, sha256Hex, type ManifestFile } from './manifest';
import type { CachedModel, ModelStore } from './modelStore';

export interface DownloadProgress {
  receivedBytes: number;
  totalBytes: number;
  file: string;
}

export class DownloadError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'checksum' | 'size',
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export interface DownloadOptions {
  baseUrl: string;
  modelId: string;
  store: ModelStore;
  onProgress?(p: DownloadProgress): void;
  signal?: AbortSignal;
  /** Bytes per stored piece: what a broken download can lose at most. */
  pieceBytes?: number;
  fetch?: typeof fetch;
}

const join = (base: string, ...parts: string[]) => [base.replace(/\/+$/, ''), ...parts.map(encodeURI)].join('/');

export async function downloadModel(o: DownloadOptions): Promise<CachedModel> {
  const get = o.fetch ?? fetch;
  const manifestUrl = join(o.baseUrl, o.modelId, 'manifest.json');
  const res = await request(get, manifestUrl, {}, o.signal);
  if (!res.ok) throw new DownloadError(`Model manifest ${manifestUrl}: HTTP ${res.status}`, 'http');
  const manifest = parseManifest(await res.text(), manifestUrl, o.modelId);
  const totalBytes = manifest.files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  for (const file of manifest.files) {
    if (!(await o.store.isStaged(o.modelId, file.path))) {
      await downloadFile(get, join(o.baseUrl, o.modelId, file.path), file, o, (got) =>
        o.onProgress?.({ receivedBytes: done + got, totalBytes, file: file.path }),
      );
    }
    done += file.size;
    o.onProgress?.({ receivedBytes: done, totalBytes, file: file.path });
  }
  return o.store.commit(o.modelId, manifest.files.map((f) => f.path));
}

async function request(get: typeof fetch, url: string, headers: Record<string, string>, signal?: AbortSignal): Promise<Response> {
  try {
    return await get(url, { headers, signal, cache: 'no-store' });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DownloadError(`Cannot reach ${new URL(url).origin} (${e instanceof Error ? e.message : String(e)})`, 'network');
  }
}

async function downloadFile(get: typeof fetch, url: string, file: ManifestFile, o: DownloadOptions, progress: (bytes: number) => void): Promise<void> {
  const { modelId, store } = o;
  let { pieces, bytes: offset } = await store.partial(modelId, file.path);
  if (offset > file.size) {
    await store.dropPartial(modelId, file.path);
    pieces = [];
    offset = 0;
  }
  let index = pieces.length;
  if (offset < file.size || file.size === 0) {
    const res = await request(get, url, offset > 0 ? { Range: `bytes=${offset}-` } : {}, o.signal);
    if (res.status === 200 && offset > 0) {
      // The server ignored the range: start this file again.
      await store.dropPartial(modelId, file.path);
      pieces = [];
      offset = 0;
      index = 0;
    } else if (res.status === 206) {
      if (!res.headers.get('content-range')?.startsWith(`bytes ${offset}-`)) throw new DownloadError(`${url}: the server resumed at the wrong place (${res.headers.get('content-range')})`, 'http');
    } else if (!res.ok) {
      throw new DownloadError(`${url}: HTTP ${res.status}`, 'http');
    }
    const pieceBytes = o.pieceBytes ?? 1 << 20;
    const reader = res.body!.getReader();
    let buffered: Uint8Array[] = [];
    let bufferedBytes = 0;
    const flush = async () => {
      if (!bufferedBytes) return;
      const piece = concat(buffered, bufferedBytes).buffer as ArrayBuffer;
      await store.addPiece(modelId, file.path, index++, piece);
      pieces.push(piece);
      buffered = [];
      bufferedBytes = 0;
    };
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffered.push(value);
        bufferedBytes += value.length;
        offset += value.length;
        progress(offset);
        if (bufferedBytes >= pieceBytes) await flush();
      }
    } catch (e) {
      await flush(); // keep what arrived, so the next attempt resumes from here
      if (o.signal?.aborted) throw e;
      throw new DownloadError(`${url}: download interrupted after ${offset} of ${file.size} bytes (${e instanceof Error ? e.message : String(e)}); it resumes from there next time`, 'network');
    }
    await flush();
  }
  const data = concat(pieces.map((p) => new Uint8Array(p)), offset);
  if (data.length !== file.size) {
    await store.dropPartial(modelId, file.path);
    throw new DownloadError(`${file.path}: received ${data.length} bytes, the manifest says ${file.size}; the download was discarded`, 'size');
  }
  const sha = await sha256Hex(data);
  if (sha !== file.sha256) {
    await store.dropPartial(modelId, file.path);
    throw new DownloadError(`${file.path}: SHA-256 ${sha} does not match the manifest (${file.sha256}); the download was discarded`, 'checksum');
  }
  await store.stage(modelId, file.path, data.buffer as ArrayBuffer);
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
