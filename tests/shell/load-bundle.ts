// Loads the built main process or preload under the recording stub 'electron' (and node-notifier), fresh for every
// call.
import Module, { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const outDir = join(root, 'out');
export const mainBundle = join(outDir, 'main', 'index.js');
export const preloadBundle = join(outDir, 'preload', 'index.js');
export const rendererIndex = join(outDir, 'renderer', 'index.html');
const stubPath = join(root, 'tests', 'shell', 'stub-electron.cjs');
const notifierStubPath = join(root, 'tests', 'shell', 'stub-node-notifier.cjs');
/** The operating system's side of the app, answered by recording stand-ins. */
const standIns = new Map([
  ['electron', stubPath],
  ['node-notifier', notifierStubPath],
]);
const nodeRequire = createRequire(import.meta.url);

/* eslint-disable @typescript-eslint/no-explicit-any -- the stub and Electron's objects are untyped test doubles */
export type Stub = any;

type ResolveFilename = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: ResolveFilename };
let originalResolve: ResolveFilename | undefined;

const requests = new Map<string, Set<string>>();
function requiredBy(bundle: string): Set<string> {
  const known = requests.get(bundle) ?? new Set<string>();
  requests.set(bundle, known);
  return known;
}

/** Every module a bundle has asked for since the hook was installed. */
export function modulesRequiredBy(bundle: string): string[] {
  return [...requiredBy(bundle)].sort();
}

export function hookElectron(): void {
  for (const bundle of [mainBundle, preloadBundle]) {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` before the shell tests.`);
  }
  originalResolve = moduleInternals._resolveFilename;
  const previous = originalResolve;
  moduleInternals._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    const parent = (rest[0] as { filename?: string } | undefined)?.filename;
    if (parent === mainBundle || parent === preloadBundle) requiredBy(parent).add(request);
    return standIns.get(request) ?? previous.call(this, request, ...rest);
  };
}

export function unhookElectron(): void {
  if (originalResolve) moduleInternals._resolveFilename = originalResolve;
}

function forgetModules(): void {
  for (const key of Object.keys(nodeRequire.cache)) {
    if (key === stubPath || key === notifierStubPath || key.startsWith(outDir)) delete nodeRequire.cache[key];
  }
}

/** A fresh stub, configured before the bundle's top level runs (which is where the lock is requested). */
export function freshStub(config: Record<string, unknown> = {}): Stub {
  forgetModules();
  const electron = nodeRequire(stubPath);
  electron.__stub.configure(config);
  return electron;
}

export function loadMain(dataDir: string): void {
  process.env['PLAUSCH_DATA_DIR'] = dataDir;
  nodeRequire(mainBundle);
}

export function loadPreload(): void {
  nodeRequire(preloadBundle);
}

/** Polls until `condition` holds; the bound is real elapsed time, so a test may freeze `Date` for the app. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((settle) => setTimeout(settle, 10));
  }
}

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'plausch-shell-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
