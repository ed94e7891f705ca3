import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import type { StartResult } from './session';
import { loadFeaturesAfterStartUp } from './loadFeatures';
import { startupLanguage } from './startupStatus';
import './styles.css';

export async function renderApp(started: Promise<StartResult>): Promise<void> {
  await initI18n(startupLanguage());
  const root = createRoot(document.getElementById('root')!);
  // A transition renders in slices, so the PBX's answers (REGISTER, 401, 200) are handled between them.
  startTransition(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <App started={started} />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
  loadFeaturesAfterStartUp(started);
}
