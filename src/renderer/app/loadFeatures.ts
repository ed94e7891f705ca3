// When the deferred part of the interface (features.tsx) loads: as soon as start-up knows the phone
// will not register by itself (first run, password needed, settings unreadable), else once
// registration has settled one way or the other — at most MAX_WAIT_MS after start-up.
import { useSyncExternalStore } from 'react';
import { usePhone } from '../phone';
import type { RegistrationStatus } from '../phone/model';
import type { StartResult } from './session';

export type Features = typeof import('./features');

export const MAX_WAIT_MS = 3000;

type State = { features: Features | null; error: string | null };
let state: State = { features: null, error: null };
let loading: Promise<Features> | null = null;
const listeners = new Set<() => void>();
const publish = (next: State) => {
  state = next;
  listeners.forEach((l) => l());
};

export function loadFeatures(): Promise<Features> {
  loading ??= import('./features').then(
    (features) => {
      publish({ features, error: null });
      return features;
    },
    (e: unknown) => {
      loading = null; // the next call tries again
      publish({ features: null, error: e instanceof Error ? e.message : String(e) });
      throw e;
    },
  );
  return loading;
}

/** The deferred interface once it has loaded (features), or why it could not (error). */
export function useFeatures(): State {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

export function loadFeaturesAfterStartUp(started: Promise<StartResult>): void {
  void startUpSettled(started, usePhone)
    .then(afterPaint)
    .then(loadFeatures)
    .catch(() => undefined); // shown by useFeatures
}

/** Lets the window show what just changed (e.g. "Registered") before the chunk's fetch is set up. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

type Phone = { getState(): { registration: { status: RegistrationStatus } }; subscribe(listener: () => void): () => void };

/** Resolves when start-up will not register by itself, or registration has settled, or after maxWaitMs. */
export function startUpSettled(started: Promise<StartResult>, phone: Phone, maxWaitMs = MAX_WAIT_MS): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => done(), maxWaitMs);
    const check = () => {
      const { status } = phone.getState().registration;
      if (status !== 'connecting' && status !== 'registering') done();
    };
    const unsubscribe = phone.subscribe(check);
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
    void started.then((r) => (r === 'registering' ? check() : done()), done);
  });
}
