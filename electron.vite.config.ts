import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { importWorker } from './electron/main/services/transfer/import-worker-build.mjs';

export default defineConfig({
  main: {
    plugins: [importWorker()],
    // lowdb is ESM-only; bundling it lets the CommonJS main bundle use it.
    build: {
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require anything but a few Electron modules, so everything is bundled.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified by default; minified it loads and parses faster (issue 7's budget).
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        // Everything the first screen needs goes in one chunk: split into the chunks the lazy pages happen to share, the
        // same code was about 20 KB larger gzipped (each chunk compresses alone, and names crossing chunks stay long).
        output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } },
      },
    },
  },
});
