// sip.js's WebSocket transport over a list of servers: the primary first, then the backups IT lists.
// sip.js opens its socket to `this.server` on every connect, so changing which server that names is all
// failover needs; the user agent, its registration and every dialog stay the same objects.
import { Web } from 'sip.js';

/** The servers, in order. Set before the user agent is created (sip.js constructs the transport). */
export interface ServerList {
  readonly servers: readonly string[];
  /** Index of the server the next connection goes to. */
  current: number;
}

export function failoverTransport(list: ServerList): typeof Web.Transport {
  return class FailoverTransport extends Web.Transport {
    override get server(): string {
      return list.servers[list.current] ?? list.servers[0]!;
    }

    /** The Via sent-protocol follows the server in use (a backup may be ws:// where the primary is wss://). */
    override get protocol(): string {
      return this.server.startsWith('wss:') ? 'WSS' : 'WS';
    }
  };
}

/** Which server to try after `failures` consecutive failed attempts: two tries on each, in turn. */
export function serverForAttempt(serverCount: number, failures: number): number {
  if (serverCount <= 1) return 0;
  return Math.floor(failures / 2) % serverCount;
}
