// The renderer's figures: its JavaScript gzipped, the time to a painted first screen in Chromium with the seeded
// journal behind the desktop stand-in's bridge (the real router and services in Node), and a cold start: the browser
// shell started as its own process on the journal, the page loading from it as soon as it serves, until the first
// screen shows its data.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createBackend } from '../../electron/main/backend';
import { fixedClock } from '../../electron/main/services/clock';
import { silentLogger } from '../../electron/main/store/types';
import { startShellProcess } from '../e2e/support/shell-process';
import { serveDirectory } from '../e2e/support/static-server';
import { BENCH_NOW } from './bench-core';

export interface RendererSize {
  /** What the page loads before its first screen: the entry script and the chunks it preloads. */
  initialKB: number;
  /** Every script of the build, lazy routes included. */
  totalKB: number;
}

export async function rendererSize(rendererDir: string): Promise<RendererSize> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string));
  const assets = (await readdir(join(rendererDir, 'assets'))).filter((name) => name.endsWith('.js'));
  let initialBytes = 0;
  let totalBytes = 0;
  for (const name of assets) {
    const bytes = gzipSync(await readFile(join(rendererDir, 'assets', name))).length;
    totalBytes += bytes;
    if (initial.has(`assets/${name}`)) initialBytes += bytes;
  }
  return { initialKB: Math.round(initialBytes / 1024), totalKB: Math.round(totalBytes / 1024) };
}

interface PageOptions {
  dataDir: string;
  rendererDir: string;
  bridgeFile: string;
  runs?: number;
}

type Router = { handle(channel: string, payload: unknown): Promise<unknown> };

export const backendOptions = (dataDir: string) => ({ dataDir, clock: fixedClock(BENCH_NOW), log: silentLogger, appInfo: { version: 'bench', systemLanguage: 'de-DE' } });

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] as number);
}

/**
 * Runs `measure` with a browser and the built renderer; closes both whatever happens. The renderer is served over
 * loopback, or with `fromFiles` loaded from `file://` as Electron loads it: then no server shares this process's event
 * loop with the backend, which matters while the backend is busy opening the journal.
 */
export async function withBrowser<T>(
  rendererDir: string,
  measure: (browser: Browser, url: string) => Promise<T>,
  { fromFiles = false }: { fromFiles?: boolean } = {},
): Promise<T> {
  const server = fromFiles ? undefined : await serveDirectory(rendererDir);
  const browser = await chromium.launch({
    executablePath: process.env.PLAUSCH_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--lang=de-DE',
      // The bundle's module scripts load one another from file://, as Electron lets them.
      ...(fromFiles ? ['--allow-file-access-from-files'] : []),
    ],
  });
  try {
    return await measure(browser, server ? server.url : pathToFileURL(join(rendererDir, 'index.html')).href);
  } finally {
    await browser.close();
    await server?.close();
  }
}

/** A fresh page whose `window.plausch` calls `router`, as the end-to-end tests' bridge does. */
export async function bridgedPage(browser: Browser, router: Router, bridgeFile: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  await page.exposeBinding('__plauschInvoke', (_source, channel: string, payload: unknown) => router.handle(channel, payload));
  await page.addInitScript({ path: bridgeFile });
  return page;
}

/**
 * Records (page time) when the first screen's heading is painted: the heading appears only once the page's data has
 * arrived, so a loading spinner does not count.
 */
async function watchFirstScreen(page: Page): Promise<Page> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('main [data-page-title]')) return;
      observer.disconnect();
      // One frame later the heading has been painted. The page's clock is `window.performance`: this function runs in
      // the page as its source text, and a bare `performance` would be this module's node:perf_hooks import, which the
      // bench's bundler may rename (performance$1), undefined in the page.
      requestAnimationFrame(() => {
        (window as unknown as { __mainPaintedAt: number }).__mainPaintedAt = window.performance.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  return page;
}

async function pageOver(browser: Browser, router: Router, bridgeFile: string): Promise<Page> {
  return watchFirstScreen(await bridgedPage(browser, router, bridgeFile));
}

function painted(page: Page): Promise<unknown> {
  return page.waitForFunction(() => (window as unknown as { __mainPaintedAt?: number }).__mainPaintedAt !== undefined, undefined, { timeout: 30_000 });
}

/**
 * Milliseconds from navigation, over a backend already open, until the first paint with content (Chromium's
 * first-contentful-paint: the frame, the navigation, a loading indicator) and until the first screen is painted with
 * its data; each the median of `runs` fresh page loads (one more first warms the disk cache and is not counted).
 */
export async function firstPaint({ dataDir, rendererDir, bridgeFile, runs = 5 }: PageOptions): Promise<{ firstPaintMs: number; firstScreenMs: number }> {
  const backend = await createBackend(backendOptions(dataDir));
  try {
    return await withBrowser(rendererDir, async (browser, url) => {
      const paints: number[] = [];
      const screens: number[] = [];
      for (let run = 0; run < runs + 1; run += 1) {
        const page = await pageOver(browser, backend.router, bridgeFile);
        await page.goto(url);
        await painted(page);
        const at = await page.evaluate(() => ({
          paint: window.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          screen: (window as unknown as { __mainPaintedAt: number }).__mainPaintedAt,
        }));
        if (run > 0) {
          paints.push(at.paint);
          screens.push(at.screen);
        }
        await page.close();
      }
      return { firstPaintMs: median(paints), firstScreenMs: median(screens) };
    });
  } finally {
    await backend.close();
  }
}

/**
 * Milliseconds from starting the browser shell's process on the data folder until the first screen is painted with
 * its data: Node starts, the shell opens the main file and serves, the page loads from it while the years of
 * interactions are read, its calls waiting for them. The backend has its own process, as in the app, so nothing the
 * browser or this benchmark does shares its event loop. The browser is running already (starting a browser is not
 * ours to measure). The median of `runs` starts after one that warms the disk cache.
 */
export async function coldStart({ dataDir, rendererDir, shellEntry, runs = 3 }: PageOptions & { shellEntry: string }): Promise<number> {
  const measure = async (browser: Browser) => {
    const times: number[] = [];
    for (let run = 0; run < runs + 1; run += 1) {
      const page = await watchFirstScreen(await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' }));
      const start = performance.now();
      const shell = await startShellProcess({ dataDir, now: BENCH_NOW, entry: shellEntry });
      try {
        await page.goto(shell.openUrl);
        await painted(page);
        if (run > 0) times.push(performance.now() - start);
      } finally {
        await page.close();
        await shell.quit();
      }
    }
    return median(times);
  };
  return withBrowser(rendererDir, measure, { fromFiles: true });
}
