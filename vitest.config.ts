import { configDefaults, defineConfig } from 'vitest/config';
import { rendererConfig } from './vite.renderer';

export default defineConfig({
  plugins: rendererConfig.plugins,
  define: rendererConfig.define,
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    // The dependency rules' fixtures (scripts/dep-rules.test.mjs) are a miniature tree, not tests to run.
    exclude: [...configDefaults.exclude, 'scripts/fixtures/**'],
    environment: 'node',
    restoreMocks: true,
  },
});
