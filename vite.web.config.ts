// The renderer as a plain static web app: same code, browser bridge (see src/renderer/bridge).
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer';

export default defineConfig({
  ...rendererConfig,
  base: './',
  build: { ...rendererConfig.build, outDir: resolveOut('web'), emptyOutDir: true },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});

function resolveOut(name: string): string {
  return new URL(`./out/${name}`, import.meta.url).pathname;
}
