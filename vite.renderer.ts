// Renderer build options shared by the desktop build (electron.vite.config.ts) and the web build
// (vite.web.config.ts): the same code, the same assets.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

export const rendererConfig = {
  root: resolve('src/renderer'),
  // Models and runtimes the app serves itself (scripts/copy-voice-assets.mjs fills assets/public/voice).
  publicDir: resolve('assets/public'),
  plugins: [react(), preloadDynamicEntry('src/renderer/app/render.tsx')],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
  build: {
    // Never inline scripts (the AudioWorklet) as data: URLs: the CSP allows scripts from 'self' only.
    assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
  },
} satisfies UserConfig;

/**
 * Start-up imports the interface (app/render.tsx) dynamically so that registering does not wait for it
 * to run; this makes the browser fetch it with the entry chunk rather than after the entry has run.
 */
function preloadDynamicEntry(source: string): Plugin {
  const id = resolve(source);
  return {
    name: 'switchboard:preload-dynamic-entry',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const root = chunks.find((c) => c.facadeModuleId === id);
        if (!root) return [];
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const graph = (from: string[]) => {
          const files = new Set<string>();
          const visit = (name: string) => {
            if (files.has(name)) return;
            files.add(name);
            byName.get(name)?.imports.forEach(visit);
          };
          from.forEach(visit);
          return files;
        };
        const preloaded = graph(chunks.filter((c) => c.isEntry).map((c) => c.fileName)); // Vite links these itself
        return [...graph([root.fileName])].filter((f) => !preloaded.has(f)).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
