// Bundles the command line into one CommonJS file for plain Node (`out/cli/index.js`, the `plausch` bin). Everything
// is bundled, lowdb and ical.js (ESM-only) included, so the bin needs nothing but Node.
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { importWorker } from '../main/services/transfer/import-worker-build.mjs';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  logLevel: 'warn',
  plugins: [importWorker()],
  build: {
    ssr: resolve(here, 'bin.ts'),
    outDir: resolve(here, '../../out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'index.js' } },
  },
  ssr: { noExternal: true, external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)] },
});
