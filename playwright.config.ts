import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/browser.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4399);

/** Browser tests run against the production build (`npm run build` first), served by `astro preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Three on this two-core machine: a test spends much of its time waiting (network idle, the server,
  // animations), so a third worker fills the cores; every-page.spec.ts took 73 s instead of 83–86 s.
  workers: 3,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  // Long pages under axe, and the loop over every note page, outgrow 30 s on a loaded two-core machine.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Every page registers the offline worker, which keeps what it reads: blocked here so that tests see the
    // network as a first visit does; the offline specs allow it (test.use).
    serviceWorkers: 'block',
    launchOptions,
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // --ignore-lock: a reader's own `npm start` preview may be running; the tests get a server of their own.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
