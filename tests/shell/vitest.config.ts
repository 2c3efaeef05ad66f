import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'shell',
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    include: ['tests/shell/**/*.test.ts'],
    // Each case loads the built main process afresh and opens a store; they share the require cache, so one at a time.
    fileParallelism: false,
    testTimeout: 20_000,
  },
});
