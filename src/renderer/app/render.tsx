import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import type { StartResult } from './startupWiring';
import { loadFeaturesAfter } from './loadFeatures';
import { startupLanguage } from './startupStatus';
import './styles.css';

/** @param settled start-up has settled (startUpSettled.ts): the rest of the interface loads then. */
export async function renderApp(started: Promise<StartResult>, settled: Promise<void>): Promise<void> {
  await initI18n(startupLanguage());
  const root = createRoot(document.getElementById('root')!);
  // A transition renders in slices: with a slow PBX (the interface loads before registration settles)
  // its answers are handled between them.
  startTransition(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <App started={started} />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
  loadFeaturesAfter(settled);
}
