import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { App } from './app/App';
import './app/styles.css';

await initI18n(navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
