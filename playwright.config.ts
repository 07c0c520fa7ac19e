import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/browser';
import { E2E_BASE_URL, E2E_TIME_ZONE, SESSION_FILE } from './tests/e2e/settings';

/**
 * e2e tests run against the web host in Debian's Chromium: no browser download, ever. The global
 * setup starts the host and opens the one-time address it prints, as the coach does; every
 * browser context then starts with the session cookie that address gave.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // The build machines have two cores; a first screen that needs 5 s there is slow, not broken.
  // What a test waits for is still asserted; only the patience grows.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    storageState: SESSION_FILE,
    locale: 'nl-NL',
    timezoneId: E2E_TIME_ZONE,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
});
