// When the deferred part of the interface (features.tsx) loads: as soon as start-up knows the phone
// will not register by itself (first run, password needed, settings unreadable), else once
// registration has settled one way or the other — at most MAX_WAIT_MS after start-up.
import { useSyncExternalStore } from 'react';
import { usePhone } from '../phone';
import type { StartResult } from './session';
import { startUpSettled } from './startUpSettled';

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
  void startUpSettled(started, usePhone, MAX_WAIT_MS)
    .then(afterPaint)
    .then(loadFeatures)
    .catch(() => undefined); // shown by useFeatures
}

/** Lets the window show what just changed (e.g. "Registered") before the chunk's fetch is set up. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
