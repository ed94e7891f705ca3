import { defineConfig } from 'vitest/config';
import { rendererConfig } from './vite.renderer';

export default defineConfig({
  plugins: rendererConfig.plugins,
  define: rendererConfig.define,
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    restoreMocks: true,
  },
});
