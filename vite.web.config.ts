// The renderer as a plain static web app: same code, browser bridge (see src/renderer/bridge).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  root: 'src/renderer',
  base: './',
  publicDir: '../../assets/public',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: { outDir: '../../out/web', emptyOutDir: true },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
