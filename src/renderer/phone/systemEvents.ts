// What the phone must react to beyond its own sockets: the network coming back, the machine waking from
// sleep, the window coming to the front. Each one re-checks the connection at once instead of waiting
// for the next keepalive or backoff step. (The desktop shell can add its own power and network events
// through the same two calls.)

export interface SystemEventTarget {
  /** Network back or changed, or the machine woke up: re-register and restart ICE on live calls. */
  networkChanged(): void;
  /** Only a quick check that the connection is alive. */
  check(): void;
}

/**
 * The machine slept when the wall clock moved this much further than the monotonic clock between two
 * ticks (a suspended machine stops the monotonic clock; a busy or throttled page delays both alike).
 */
export const SLEEP_GAP_MS = 10_000;

export interface Clocks {
  wall(): number;
  monotonic(): number;
}

const realClocks: Clocks = { wall: () => Date.now(), monotonic: () => performance.now() };

export function watchSystemEvents(target: SystemEventTarget, win: Window = window, clocks: Clocks = realClocks): () => void {
  const online = () => target.networkChanged();
  const visible = () => {
    if (win.document.visibilityState === 'visible') target.check();
  };
  let last = { wall: clocks.wall(), mono: clocks.monotonic() };
  const tick = win.setInterval(() => {
    const now = { wall: clocks.wall(), mono: clocks.monotonic() };
    if (now.wall - last.wall - (now.mono - last.mono) > SLEEP_GAP_MS) target.networkChanged();
    last = now;
  }, 1000);
  win.addEventListener('online', online);
  win.document.addEventListener('visibilitychange', visible);
  return () => {
    win.clearInterval(tick);
    win.removeEventListener('online', online);
    win.document.removeEventListener('visibilitychange', visible);
  };
}
