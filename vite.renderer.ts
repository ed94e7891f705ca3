// Renderer build options shared by the desktop build (electron.vite.config.ts) and the web build
// (vite.web.config.ts): the same code, the same assets.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

export const rendererConfig = {
  root: resolve('src/renderer'),
  // Models and runtimes the app serves itself (scripts/copy-voice-assets.mjs fills assets/public/voice).
  publicDir: resolve('assets/public'),
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  build: {
    // Never inline scripts (the AudioWorklet) as data: URLs: the CSP allows scripts from 'self' only.
    assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
  },
} satisfies UserConfig;

