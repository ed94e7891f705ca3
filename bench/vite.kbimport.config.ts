import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/kbimport',
  base: './',
  worker: { format: 'es' },
  build: { outDir: '../../out/bench-kbimport', emptyOutDir: true, target: 'es2022' },
});
