// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { watchSystemEvents } from './systemEvents';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('the network coming back counts as a network change; the window coming back only checks', () => {
  const target = { networkChanged: vi.fn(), check: vi.fn() };
  const stop = watchSystemEvents(target);
  window.dispatchEvent(new Event('online'));
  expect(target.networkChanged).toHaveBeenCalledTimes(1);
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  expect(target.check).toHaveBeenCalledTimes(1);
  stop();
  window.dispatchEvent(new Event('online'));
  expect(target.networkChanged).toHaveBeenCalledTimes(1);
});

it('the wall clock jumping ahead of the monotonic clock (the machine slept) counts as a network change', () => {
  const target = { networkChanged: vi.fn(), check: vi.fn() };
  let wall = 1_000_000;
  let mono = 5_000;
  const stop = watchSystemEvents(target, window, { wall: () => wall, monotonic: () => mono });
  const tick = (wallMs: number, monoMs: number) => {
    wall += wallMs;
    mono += monoMs;
    vi.advanceTimersByTime(1000);
  };
  tick(1000, 1000);
  // A busy or throttled page: the timer fires 40 s late, but both clocks moved alike.
  tick(40_000, 40_000);
  expect(target.networkChanged).not.toHaveBeenCalled();
  // Suspended for a minute: the monotonic clock stood still.
  tick(61_000, 1000);
  expect(target.networkChanged).toHaveBeenCalledTimes(1);
  stop();
});
