// `npm run bench`: builds the app and the browser shell (the renderer is measured as shipped, the cold start over the
// shell's own process), bundles the TypeScript benchmark and the page bridge with vite, builds the import worker as the
// bundles build it, and runs the benchmark in Node with the garbage collector exposed for the heap figure.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { buildImportWorker, importWorkerFile } from '../../electron/main/services/transfer/import-worker-build.mjs';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
// `--only today|ask|calendar|encryption` needs neither the app's build nor the page: just the benchmark, in a folder of its own.
const onlyToday = args.includes('--only');
const outDir = resolve(root, onlyToday ? 'node_modules/.cache/plausch-bench-today' : 'node_modules/.cache/plausch-bench');
const withRenderer = !args.includes('--no-renderer') && !onlyToday;

mkdirSync(outDir, { recursive: true });
if (withRenderer) {
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: resolve(root, 'tests/e2e/support/bridge.ts'), formats: ['iife'], name: 'plauschBridge', fileName: () => 'bridge.js' },
    },
  });
}
await build({
  configFile: false,
  logLevel: 'warn',
  root,
  build: {
    ssr: true,
    outDir,
    emptyOutDir: false,
    minify: false,
    target: 'node20',
    rollupOptions: {
      // measure-import parses one import file in a process of its own, for the hostile imports' memory figures.
      input: { bench: resolve(root, 'tests/bench/bench.ts'), 'measure-import': resolve(root, 'tests/bench/measure-import.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs' },
    },
  },
  // lowdb is ESM-only and small; everything else is loaded from node_modules as the app loads it.
  ssr: { noExternal: ['lowdb', 'steno'] },
});

await buildImportWorker(outDir);

const run = spawnSync(
  process.execPath,
  ['--expose-gc', resolve(outDir, 'bench.mjs'), '--renderer-dir', resolve(root, 'out/renderer'), '--bridge', resolve(outDir, 'bridge.js'), '--import-worker', resolve(outDir, importWorkerFile), ...args],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
