// Bundles the browser shell's page bridge into one classic script (`out/web/plausch-web.js`), which the shell's
// server loads before the app, as Electron loads the preload.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../../../out/web'),
    emptyOutDir: false,
    target: 'chrome120',
    minify: true,
    lib: { entry: resolve(here, 'bridge.ts'), formats: ['iife'], name: 'plauschWeb', fileName: () => 'plausch-web.js' },
  },
});
