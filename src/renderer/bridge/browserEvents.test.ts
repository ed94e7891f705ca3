// @vitest-environment happy-dom
// What the web build can observe of its host (the desktop gets suspend and resume from Electron instead).
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { watchBrowserEvents } from './browserEvents';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('the wall clock jumping ahead of the monotonic clock (the machine slept) is a resume', () => {
  const emit = vi.fn();
  let wall = 1_000_000;
  let mono = 5_000;
  const stop = watchBrowserEvents(window, emit, { wall: () => wall, monotonic: () => mono });
  const tick = (wallMs: number, monoMs: number) => {
    wall += wallMs;
    mono += monoMs;
    vi.advanceTimersByTime(1000);
  };
  tick(1000, 1000);
  // A busy or throttled page: the timer fires 40 s late, but both clocks moved alike.
  tick(40_000, 40_000);
  expect(emit).not.toHaveBeenCalled();
  // Suspended for a minute: the monotonic clock stood still.
  tick(61_000, 1000);
  expect(emit.mock.calls).toEqual([['system:resume', undefined]]);
  stop();
  tick(61_000, 1000);
  expect(emit).toHaveBeenCalledTimes(1);
});
