// Builds the import parser's worker (import-worker.ts) beside a bundle: one self-contained CommonJS file, which plain
// Node and Electron load alike. Each of the three bundles (the app's main process, the CLI, the browser shell) adds
// `importWorker()` to its vite config; the plugin builds the worker into that bundle's folder and names the file to
// the bundle at build time, so createTransfer finds it beside itself wherever the bundle is installed. Plain
// JavaScript, so that the benchmark's plain Node script can build the worker too.
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const importWorkerFile = 'import-worker.js';

const entry = fileURLToPath(new URL('./import-worker.ts', import.meta.url));

/** @param {string} outDir */
export async function buildImportWorker(outDir) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: importWorkerFile } },
    },
    ssr: { noExternal: true, external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)] },
  });
}

/** @returns {import('vite').Plugin} */
export function importWorker() {
  let outDir = '';
  return {
    name: 'plausch-import-worker',
    apply: 'build',
    config: () => ({ define: { 'process.env.PLAUSCH_IMPORT_WORKER': JSON.stringify(importWorkerFile) } }),
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After the bundle is written, so that a build that empties its folder first keeps the worker.
    writeBundle: () => buildImportWorker(outDir),
  };
}
