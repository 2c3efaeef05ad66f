// `npm run bench`: builds the app and the browser shell (the renderer is measured as shipped, the cold start over the
// shell's own process), bundles the TypeScript benchmark and the page bridge with vite, and runs the benchmark in Node with the garbage collector exposed for the heap figure.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, 'node_modules/.cache/plausch-bench');
const args = process.argv.slice(2);
const withRenderer = !args.includes('--no-renderer');

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
    ssr: resolve(root, 'tests/bench/bench.ts'),
    outDir,
    emptyOutDir: false,
    minify: false,
    target: 'node20',
    rollupOptions: { output: { format: 'es', entryFileNames: 'bench.mjs' } },
  },
  // lowdb is ESM-only and small; everything else is loaded from node_modules as the app loads it.
  ssr: { noExternal: ['lowdb', 'steno'] },
});

const run = spawnSync(
  process.execPath,
  ['--expose-gc', resolve(outDir, 'bench.mjs'), '--renderer-dir', resolve(root, 'out/renderer'), '--bridge', resolve(outDir, 'bridge.js'), ...args],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
