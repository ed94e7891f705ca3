// A FAKE OpenAI-compatible chat-completions server (stands in for vLLM / Ollama / Azure OpenAI in
// tests): node:http on 127.0.0.1, a random port. Each test scripts the reply; every request is
// recorded (headers and body) so tests can check what left the app.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** A plain body (for errors or a non-streamed JSON reply). */
  body?: string;
  /** Raw pieces written one by one, e.g. from sseChunks(). */
  chunks?: string[];
  /** Wait before the headers, and between chunks. */
  firstDelayMs?: number;
  delayMs?: number;
  /** Send headers, then nothing more until the client gives up. */
  stall?: boolean;
}

export type FakeScript = (req: RecordedRequest) => FakeReply;

export interface FakeLlmServer {
  /** The chat-completions URL to put in settings. */
  url: string;
  requests: RecordedRequest[];
  script: FakeScript;
  close(): Promise<void>;
}

/** SSE events the way OpenAI streams a completion: one delta per piece, a finish chunk, then [DONE]. */
export function sseChunks(pieces: string[], finish = 'stop'): string[] {
  const event = (o: unknown) => `data: ${JSON.stringify(o)}\n\n`;
  return [
    event({ id: 'fake-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { role: 'assistant', content: '' } }] }),
    ...pieces.map((content) => event({ id: 'fake-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] })),
    event({ id: 'fake-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: finish }] }),
    'data: [DONE]\n\n',
  ];
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, content-type, api-key, accept',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
};

export async function startFakeLlmServer(script: FakeScript): Promise<FakeLlmServer> {
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const parts: Buffer[] = [];
    req.on('data', (b: Buffer) => parts.push(b));
    req.on('end', () => {
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(parts).toString('utf8') };
      fake.requests.push(recorded);
      void reply(res, fake.script(recorded));
    });
  });
  const reply = async (res: ServerResponse, r: FakeReply) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
    await wait(r.firstDelayMs);
    if (res.destroyed) return;
    const streaming = r.chunks !== undefined || r.stall;
    res.writeHead(r.status ?? 200, { ...CORS, 'Content-Type': streaming ? 'text/event-stream' : 'application/json', ...r.headers });
    if (r.stall) {
      res.flushHeaders();
      return;
    }
    if (r.body !== undefined) return void res.end(r.body);
    for (const c of r.chunks ?? []) {
      if (res.destroyed) return;
      res.write(c);
      await wait(r.delayMs);
    }
    res.end();
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeLlmServer = {
    url: `http://127.0.0.1:${port}/v1/chat/completions`,
    requests: [],
    script,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

/** The ids of the articles in a recorded request's prompt (as the app's prompt builder writes them). */
export function articleIdsIn(body: string): string[] {
  return [...body.matchAll(/<article id=\\"([^"\\]+)\\"/g)].map((m) => m[1]!);
}
