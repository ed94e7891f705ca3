// Knowledge base from a URL against a FAKE knowledge-base web server (node:http on 127.0.0.1) with
// ETags: 304 keeps the KB, 200 imports all or nothing, every failure keeps the old KB and says why.
import 'fake-indexeddb/auto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { KbDb, storedSynonyms } from './kbDb';
import { refreshFromUrl } from './remoteKb';

interface Served { status: number; body: string; etag?: string; type?: string }
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function fakeKbServer(reply: (headers: IncomingHttpHeaders) => Served) {
  const seen: IncomingHttpHeaders[] = [];
  server = createServer((req, res) => {
    seen.push(req.headers);
    const r = reply(req.headers);
    res.writeHead(r.status, { 'Content-Type': r.type ?? 'application/json', ...(r.etag ? { ETag: r.etag } : {}) }).end(r.body);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const faq = (answer: string) => JSON.stringify([{ id: 'hours', question: 'When are you open?', answer }]);

describe('knowledge base from a URL (fake KB server with ETags)', () => {
  it('imports on 200, sends If-None-Match next time, keeps the KB on 304, re-imports on a new ETag', async () => {
    let version = { etag: '"v1"', body: faq('8am to 8pm.') };
    const { base, seen } = await fakeKbServer((h) => (h['if-none-match'] === version.etag ? { status: 304, body: '' } : { status: 200, ...version }));
    const db = new KbDb(`kb-${Math.random()}`);
    const url = `${base}/kb/faq.json`;
    expect(await refreshFromUrl(db, url)).toEqual({ kind: 'updated', articles: 1 });
    expect(seen[0]!['if-none-match']).toBeUndefined();
    expect(await refreshFromUrl(db, url)).toEqual({ kind: 'unchanged' });
    expect(seen[1]!['if-none-match']).toBe('"v1"');
    expect((await db.articles.get('hours'))?.body).toBe('8am to 8pm.');
    version = { etag: '"v2"', body: faq('9am to 5pm.') };
    expect(await refreshFromUrl(db, url)).toEqual({ kind: 'updated', articles: 1 });
    expect((await db.articles.get('hours'))?.body).toBe('9am to 5pm.');
  });

  it('a broken file, a server error or an unreachable server keeps the current KB and says why', async () => {
    let next: Served = { status: 200, etag: '"v1"', body: faq('8am to 8pm.') };
    const { base } = await fakeKbServer(() => next);
    const db = new KbDb(`kb-${Math.random()}`);
    const url = `${base}/faq.json`;
    await refreshFromUrl(db, url);

    next = { status: 200, etag: '"v2"', body: JSON.stringify([{ question: 'q', answer: 'fine' }, { question: 'q2' }]) };
    const broken = await refreshFromUrl(db, url);
    expect(broken).toMatchObject({ kind: 'failed', message: expect.stringMatching(/^the knowledge base from 127\.0\.0\.1:\d+ has 1 problem\(s\): faq\.json, line 1, row 1: answer: is required$/) });
    next = { status: 500, body: 'oops' };
    expect(await refreshFromUrl(db, url)).toMatchObject({ kind: 'failed', message: expect.stringMatching(/answered 500 Internal Server Error$/) });
    next = { status: 200, body: '{"files": "nope"}' };
    expect(await refreshFromUrl(db, url)).toMatchObject({ kind: 'failed', message: expect.stringMatching(/must be a JSON FAQ array, or \{"files"/) });
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    expect(await refreshFromUrl(db, url)).toMatchObject({ kind: 'failed', message: expect.stringMatching(/^could not reach 127\.0\.0\.1:\d+/) });

    expect((await db.articles.toArray()).map((a) => a.body)).toEqual(['8am to 8pm.']);
    expect((await db.meta.get('remote'))).toMatchObject({ etag: '"v1"' });
  });

  it('a bundle brings several files and the synonyms; a new URL is fetched without validators', async () => {
    const bundle = JSON.stringify({
      files: [
        { name: 'hours.md', text: '---\ntitle: Opening hours\n---\nWe are open 8am to 8pm.\n' },
        { name: 'synonyms.json', text: '[["open", "opening hours", "trading hours"]]' },
      ],
    });
    const { base, seen } = await fakeKbServer(() => ({ status: 200, etag: '"b1"', body: bundle }));
    const db = new KbDb(`kb-${Math.random()}`);
    expect(await refreshFromUrl(db, `${base}/bundle.json`)).toEqual({ kind: 'updated', articles: 1 });
    expect(await storedSynonyms(db)).toEqual([['open', 'opening hours', 'trading hours']]);
    await refreshFromUrl(db, `${base}/other.json`);
    expect(seen[1]!['if-none-match']).toBeUndefined();
  });
});
