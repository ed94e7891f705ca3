// What the phone must react to beyond its own sockets: the network coming back, the machine waking from
// sleep, the window coming to the front. Each one re-checks the connection at once instead of waiting
// for the next keepalive or backoff step. The first two come from the host (the bridge's events: Electron's
// power monitor on the desktop, what the page can observe in the web build); the window is the page's own.
import type { HostEvents } from '../../shared/bridge';

export interface SystemEventTarget {
  /** Network back or changed, or the machine woke up: re-register and restart ICE on live calls. */
  networkChanged(): void;
  /** Only a quick check that the connection is alive. */
  check(): void;
}

export function watchSystemEvents(target: SystemEventTarget, host: HostEvents, doc: Document = document): () => void {
  const visible = () => {
    if (doc.visibilityState === 'visible') target.check();
  };
  const unsubscribe = [
    host.on('system:resume', () => target.networkChanged()),
    // Going offline needs nothing: the keepalive finds the dead connection, and coming back online acts.
    host.on('network:change', ({ online }) => online && target.networkChanged()),
  ];
  doc.addEventListener('visibilitychange', visible);
  return () => {
    for (const off of unsubscribe) off();
    doc.removeEventListener('visibilitychange', visible);
  };
}
