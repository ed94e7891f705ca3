import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/voice',
  base: './',
  publicDir: '../../out/bench-voice-public',
  worker: { format: 'es' },
  build: { outDir: '../../out/bench-voice', emptyOutDir: true, target: 'es2022', assetsInlineLimit: (f: string) => (f.endsWith('.js') ? false : undefined) },
});
