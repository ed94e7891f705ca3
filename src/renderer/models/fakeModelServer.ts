// A FAKE model download server for tests, on loopback: serves a model folder from memory, honours
// HTTP Range, counts requests, and can cut a response short to simulate a broken connection.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeModelServer {
  baseUrl: string;
  requests: { path: string; range: string | undefined }[];
  /** Next response for this path stops after this many body bytes and the socket is destroyed. */
  cutAfter: Map<string, number>;
  /** Paths answered 200 with the whole file even when a range was asked. */
  ignoreRange: Set<string>;
  close(): Promise<void>;
}

export async function startFakeModelServer(files: Record<string, Uint8Array | string>, options: { cors?: boolean } = {}): Promise<FakeModelServer> {
  const requests: FakeModelServer['requests'] = [];
  const cutAfter = new Map<string, number>();
  const ignoreRange = new Set<string>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname.slice(1));
    // A page on another origin (the app) may read it, range requests included.
    if (options.cors) {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', 'range');
      res.setHeader('access-control-expose-headers', 'content-range, content-length');
      if (req.method === 'OPTIONS') return res.writeHead(204).end();
    }
    requests.push({ path, range: req.headers.range });
    const body = files[path];
    if (body === undefined) return res.writeHead(404).end('not found');
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    let start = 0;
    const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    if (m && !ignoreRange.has(path)) {
      start = Number(m[1]);
      res.writeHead(206, { 'content-range': `bytes ${start}-${bytes.length - 1}/${bytes.length}`, 'content-length': bytes.length - start });
    } else {
      res.writeHead(200, { 'content-length': bytes.length });
    }
    const cut = cutAfter.get(path);
    if (cut !== undefined) {
      cutAfter.delete(path);
      res.write(bytes.subarray(start, start + cut), () => setTimeout(() => res.destroy(), 20));
      return;
    }
    res.end(bytes.subarray(start));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/models`,
    requests,
    cutAfter,
    ignoreRange,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
