import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import type { StartResult } from './session';
import { loadFeaturesAfterStartUp } from './loadFeatures';
import './styles.css';

export async function renderApp(started: Promise<StartResult>): Promise<void> {
  await initI18n(navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App started={started} />
      </ErrorBoundary>
    </StrictMode>,
  );
  loadFeaturesAfterStartUp(started);
}
