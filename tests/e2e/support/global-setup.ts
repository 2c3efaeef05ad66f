// Bundles the desktop stand-in's page bridge once per run. The renderer and the browser shell must already be built
// (`npm run build`; `npm test` does so before the end-to-end tests), so a stale or missing build fails loudly here
// rather than in every test.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { builtShellEntry } from './shell-process';

export const artifactsDir = resolve(__dirname, '../artifacts');
export const bridgeFile = resolve(artifactsDir, 'bridge.js');
export const rendererDir = resolve(__dirname, '../../../out/renderer');

export default async function globalSetup() {
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run "npm run build" first.`);
  }
  if (!existsSync(builtShellEntry())) throw new Error(`No built browser shell at ${builtShellEntry()}: run "npm run build" first.`);
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: artifactsDir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: resolve(__dirname, 'bridge.ts'), formats: ['iife'], name: 'plauschBridge', fileName: () => 'bridge.js' },
    },
  });
}
