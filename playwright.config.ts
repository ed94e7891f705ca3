// End-to-end tests: the web build, driven in Debian Chromium, against a real Kamailio started by
// e2e/global-setup.ts. One worker: each test runs two or three browsers with live calls on 2 cores.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from './e2e/support/chromium.mjs';

// E2E_PORT_OFFSET moves the web server (and the PBX: e2e/support/agents.ts) so two checkouts can test at once.
const WEB_PORT = 4173 + Number(process.env.E2E_PORT_OFFSET ?? 0);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}/`,
    trace: 'retain-on-failure',
    // Debian's Chromium (Playwright's own browser download is not available here). Agents in calls get
    // their own instances with fake microphones: e2e/support/agents.ts.
    launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs() },
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${WEB_PORT} --strictPort`,
    url: `http://127.0.0.1:${WEB_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
