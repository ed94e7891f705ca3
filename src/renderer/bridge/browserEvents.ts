// The host events a web page can observe for itself: the network going online or offline, and the
// machine having slept (the clock gap below). Not the page being hidden: a hidden tab is not a
// suspended machine, and a locked screen is invisible to a page.
import type { Emit } from '../../shared/events/eventHub';
import { watchPageNetwork } from '../../shared/events/pageNetwork';

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

export type BrowserPage = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setInterval' | 'clearInterval'>;

export function watchBrowserEvents(page: BrowserPage, emit: Emit, clocks: Clocks = realClocks): () => void {
  const stopNetwork = watchPageNetwork(page, emit);
  let last = { wall: clocks.wall(), mono: clocks.monotonic() };
  const tick = page.setInterval(() => {
    const now = { wall: clocks.wall(), mono: clocks.monotonic() };
    if (now.wall - last.wall - (now.mono - last.mono) > SLEEP_GAP_MS) emit('system:resume', undefined);
    last = now;
  }, 1000);
  return () => {
    page.clearInterval(tick);
    stopNetwork();
  };
}
