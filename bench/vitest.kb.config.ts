// Runs bench/kb.bench.ts (TypeScript, imports the app's own search code) as a script under Vitest.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/kb.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    pool: 'forks',
    execArgv: ['--expose-gc'],
  },
});
