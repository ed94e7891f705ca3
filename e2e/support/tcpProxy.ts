// A TCP proxy the tests put between a browser and Kamailio, to cut the network on command: `drop()`
// closes every connection at once (as a restarted router or a lost Wi-Fi link does), `blackhole()` keeps
// them open but lets nothing through (a NAT that forgot the connection: no close event ever arrives),
// `restore()` lets traffic through again. New connections are accepted and forwarded as long as the
// proxy is not black-holing.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  url(path?: string): string;
  port: number;
  /** Connections made through the proxy so far (a reconnection adds one). */
  readonly connections: number;
  drop(): void;
  blackhole(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }, scheme: 'ws' | 'wss' = 'ws'): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let holes = false;
  let connections = 0;
  const server: Server = createServer((client) => {
    if (holes) {
      // Accepted, but nothing ever answers: what a dead path looks like from the browser.
      client.on('error', () => undefined);
      pairs.add([client, client]);
      return;
    }
    connections += 1;
    const upstream = connect(target);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (d) => {
        if (!holes) to.write(d);
      });
    forward(client, upstream);
    forward(upstream, client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: (path = '/ws') => `${scheme}://127.0.0.1:${port}${path}`,
    get connections() {
      return connections;
    },
    drop() {
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      pairs.clear();
    },
    blackhole() {
      holes = true;
    },
    restore() {
      holes = false;
    },
    close: async () => {
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
