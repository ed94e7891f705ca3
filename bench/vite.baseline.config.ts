import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/baseline',
  base: './',
  build: { outDir: '../../out/bench-baseline', emptyOutDir: true, target: 'es2022' },
});
