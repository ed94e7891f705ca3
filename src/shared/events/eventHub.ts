// The receiving end of host events, the same in both bridges: payloads are checked against the event
// contract before any listener sees them, a malformed one is dropped and logged, and the sources (IPC
// listeners, page listeners, timers) run only while someone listens.
import type { HostEvents } from '../bridge';
import { isEventName, parseEvent } from '../ipc/events';

/** Hands one received event to the hub: name and payload as they arrived, not yet trusted. */
export type Emit = (name: string, payload: unknown) => void;

/** Starts a bridge's event sources; returns the function that stops them. */
export type EventSources = (emit: Emit) => () => void;

export function createEventHub(sources: EventSources, log: (message: string) => void): HostEvents {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let stopSources: (() => void) | null = null;

  const emit: Emit = (name, payload) => {
    const checked = parseEvent(name, payload);
    // The reason names the event and field, never the payload's values (a dial target is a phone number).
    if (!checked.ok) return log(`event dropped: ${checked.reason}`);
    for (const listener of [...(listeners.get(checked.name) ?? [])]) {
      try {
        listener(checked.payload);
      } catch (e) {
        log(`event ${checked.name}: a listener failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  };

  return {
    on(name, listener) {
      // The page may be compromised: refuse what the types would have refused.
      if (!isEventName(name)) throw new TypeError(`Unknown event "${String(name)}"`);
      if (typeof listener !== 'function') throw new TypeError(`The listener for ${name} must be a function`);
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const entry = listener as (payload: unknown) => void;
      set.add(entry);
      stopSources ??= sources(emit);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        set.delete(entry);
        if ([...listeners.values()].every((s) => s.size === 0)) {
          stopSources?.();
          stopSources = null;
        }
      };
    },
  };
}
