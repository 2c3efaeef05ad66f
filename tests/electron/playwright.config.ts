import { defineConfig } from '@playwright/test';

// The real app under the real Electron binary. Needs `node_modules/electron` with its binary (a normal
// `npm install` with internet access); `npm run test:electron` builds first. Not part of `npm test`.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
