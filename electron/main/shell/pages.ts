// Where our own code lives, and what counts as it. Everything the shell trusts (navigation, IPC senders, requests)
// is decided here, from the built bundle's folder or, in development, the electron-vite dev server.
import { join, relative, isAbsolute, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppPages {
  /** The folder holding the built renderer (`out/renderer`). */
  rendererDir: string;
  rendererIndex: string;
  preloadPath: string;
  /** The icons; `out/` and `resources/` sit side by side in the repository and in the packaged app. */
  resourcesDir: string;
  /** Set in development only: the origin the dev server serves the renderer from. */
  devServerUrl?: string;
}

/** `bundleDir` is `out/main`, where the built main process runs from. */
export function appPages(bundleDir: string, devServerUrl: string | undefined): AppPages {
  const rendererDir = join(bundleDir, '..', 'renderer');
  return {
    rendererDir,
    rendererIndex: join(rendererDir, 'index.html'),
    preloadPath: join(bundleDir, '..', 'preload', 'index.js'),
    resourcesDir: join(bundleDir, '..', '..', 'resources'),
    ...(devServerUrl ? { devServerUrl } : {}),
  };
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function isBundleFile(pages: AppPages, url: URL): boolean {
  if (url.protocol !== 'file:') return false;
  try {
    return isInside(pages.rendererDir, fileURLToPath(url));
  } catch {
    return false;
  }
}

function isDevServer(pages: AppPages, url: URL): boolean {
  const dev = pages.devServerUrl ? parse(pages.devServerUrl) : undefined;
  return dev !== undefined && url.origin === dev.origin;
}

/** A page of ours: a file of the built renderer, or the dev server in development. */
export function isOwnPage(pages: AppPages, rawUrl: string): boolean {
  const url = parse(rawUrl);
  return url !== undefined && (isBundleFile(pages, url) || isDevServer(pages, url));
}

const localSchemes = new Set(['data:', 'blob:', 'devtools:', 'chrome-extension:']);

/** Requests that stay on this machine: our bundle, in-memory data, the dev server and its hot-reload socket. */
export function isAllowedRequest(pages: AppPages, rawUrl: string): boolean {
  const url = parse(rawUrl);
  if (!url) return false;
  if (localSchemes.has(url.protocol) || isBundleFile(pages, url) || isDevServer(pages, url)) return true;
  const dev = pages.devServerUrl ? parse(pages.devServerUrl) : undefined;
  return dev !== undefined && (url.protocol === 'ws:' || url.protocol === 'wss:') && url.host === dev.host;
}
