// A child process for a test that kills writers (the crash test, the lock race): its TypeScript entry bundled into
// one ES module in a temporary folder, so that plain `node` runs it as fast as a built app would start.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'vite';

export interface ChildScript {
  /** The bundled file to hand to `node`. */
  file: string;
  remove(): Promise<void>;
}

export async function bundleChildScript(entry: string): Promise<ChildScript> {
  const name = basename(entry, '.ts');
  const dir = await mkdtemp(join(tmpdir(), `plausch-${name}-`));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, '../..'),
    build: {
      ssr: entry,
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
    ssr: { noExternal: true },
  });
  return { file: join(dir, `${name}.mjs`), remove: () => rm(dir, { recursive: true, force: true }) };
}
