// Bundles the browser shell into one CommonJS file for plain Node (`out/web/index.js`), like the command line:
// everything bundled, lowdb and ical.js (ESM-only) included. Its page bridge is built by page/vite.config.mts.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { importWorker } from '../main/services/transfer/import-worker-build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(resolve(here, '../../package.json'), 'utf8')) as { version: string };

export default defineConfig({
  logLevel: 'warn',
  plugins: [importWorker()],
  define: { 'process.env.PLAUSCH_VERSION': JSON.stringify(version) },
  build: {
    ssr: resolve(here, 'bin.ts'),
    outDir: resolve(here, '../../out/web'),
    // The page bridge is written into the same folder by the other build.
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'index.js' } },
  },
  ssr: { noExternal: true, external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)] },
});
