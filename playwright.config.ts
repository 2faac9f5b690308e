import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './src/e2e/chromium';

// Another port and build folder let a second run work beside the first (E2E_PORT=4174 E2E_DIST=/tmp/dist-b).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_URL = `http://localhost:${PORT}`;

// Timeouts are generous for a busy 2-core machine; no spec asserts speed.
export default defineConfig({
  testDir: 'src/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 180_000,
  globalTimeout: 30 * 60_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    acceptDownloads: true,
    // The offline service worker downloads and hashes the whole build after load; specs that test other things
    // (frame gaps, requests) run without it, and offline.spec.ts allows it.
    serviceWorkers: 'block',
    locale: 'en-US',
    // Not UTC, so a timestamp read or formatted in local time shows up as a wrong date.
    timezoneId: 'America/New_York',
    viewport: { width: 1280, height: 900 },
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] },
  },
  webServer: {
    // `npm test` builds first; the specs run against the production bundle and its CSP.
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
