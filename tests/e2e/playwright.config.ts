import { defineConfig } from '@playwright/test';

// The built renderer in Debian's Chromium, with `window.plausch` bound to the real router and services in Node
// (see support/fixtures.ts). Playwright's own browser download is not reachable here, so the system Chromium is used.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: './artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: './artifacts/report.json' }]] : [['list']],
  globalSetup: './support/global-setup.ts',
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    launchOptions: {
      executablePath: process.env.PLAUSCH_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=de-DE',
      ],
    },
    trace: 'off',
  },
});
