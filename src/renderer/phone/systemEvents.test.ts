// @vitest-environment happy-dom
import { expect, it, vi } from 'vitest';
import type { HostEvents } from '../../shared/bridge';
import type { EventName } from '../../shared/ipc/events';
import { watchSystemEvents } from './systemEvents';

/** A fake host: emit() delivers to whoever subscribed, as the bridge's hub does. */
function fakeHost() {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const host: HostEvents = {
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set.add(listener as (payload: unknown) => void));
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  const emit = (name: EventName, payload?: unknown) => listeners.get(name)?.forEach((l) => l(payload));
  return { host, emit };
}

it('the machine waking up and the network coming back count as a network change; going offline does not', () => {
  const target = { networkChanged: vi.fn(), check: vi.fn() };
  const { host, emit } = fakeHost();
  const stop = watchSystemEvents(target, host);
  emit('system:resume');
  emit('network:change', { online: false });
  expect(target.networkChanged).toHaveBeenCalledTimes(1);
  emit('network:change', { online: true });
  expect(target.networkChanged).toHaveBeenCalledTimes(2);
  emit('system:suspend');
  emit('system:unlock');
  expect(target.networkChanged).toHaveBeenCalledTimes(2);
  expect(target.check).not.toHaveBeenCalled();
  stop();
  emit('system:resume');
  emit('network:change', { online: true });
  expect(target.networkChanged).toHaveBeenCalledTimes(2);
});

it('the window coming back only checks the connection', () => {
  const target = { networkChanged: vi.fn(), check: vi.fn() };
  const stop = watchSystemEvents(target, fakeHost().host);
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  expect(target.check).toHaveBeenCalledTimes(1);
  expect(target.networkChanged).not.toHaveBeenCalled();
  stop();
  document.dispatchEvent(new Event('visibilitychange'));
  expect(target.check).toHaveBeenCalledTimes(1);
});
