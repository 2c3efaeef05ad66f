// The renderer's figures: its JavaScript gzipped, the time to a painted first screen in Chromium with the seeded
// journal behind the same bridge the end-to-end tests use (the real router and services in Node), and a cold start:
// the journal opened as the app opens it, the page loading meanwhile, until the first screen shows its data.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createBackend, startBackend } from '../../electron/main/backend';
import { fixedClock } from '../../electron/main/services/clock';
import { silentLogger } from '../../electron/main/store/types';
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
 * A bridged page that records (page time) when the first screen's heading is painted: the heading appears only once
 * the page's data has arrived, so a loading spinner does not count.
 */
async function pageOver(browser: Browser, router: Router, bridgeFile: string): Promise<Page> {
  const page = await bridgedPage(browser, router, bridgeFile);
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('main [data-page-title]')) return;
      observer.disconnect();
      // One frame later the heading has been painted.
      requestAnimationFrame(() => {
        (window as unknown as { __mainPaintedAt: number }).__mainPaintedAt = performance.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  return page;
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
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
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
 * Milliseconds from opening the data folder until the first screen is painted with its data, as the app starts: the
 * window is created once the main file is read and its page loads while the years of interactions are read, its
 * calls waiting for them. The page comes from file://, as in Electron; the browser is running already (Electron's own
 * start is not ours to measure). The median of `runs` starts after one that warms the disk cache.
 */
export async function coldStart({ dataDir, rendererDir, bridgeFile, runs = 3 }: PageOptions): Promise<number> {
  const measure = async (browser: Browser, url: string) => {
    const times: number[] = [];
    for (let run = 0; run < runs + 1; run += 1) {
      const start = performance.now();
      const started = await startBackend(backendOptions(dataDir));
      try {
        const page = await pageOver(browser, started.router, bridgeFile);
        await page.goto(url);
        await painted(page);
        if (run > 0) times.push(performance.now() - start);
        await page.close();
      } finally {
        await started.ready.catch(() => undefined);
        await started.close();
      }
    }
    return median(times);
  };
  return withBrowser(rendererDir, measure, { fromFiles: true });
}
