// The deferred part of the interface (features.tsx): loaded once start-up has settled (main.tsx), or at
// once when the agent opens Settings; its state for the components that show it.
import { useSyncExternalStore } from 'react';

export type Features = typeof import('./features');

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
      features.startFeatures();
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

export function loadFeaturesAfter(settled: Promise<void>): void {
  void settled
    .then(afterPaint)
    .then(loadFeatures)
    .catch(() => undefined); // shown by useFeatures
}

/** Lets the window show what just changed (e.g. "Registered") before the chunk's fetch is set up. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
