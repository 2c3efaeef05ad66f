// The renderer's figures: its JavaScript gzipped, and the time to a painted first screen in Chromium with the
// seeded journal behind the same bridge the end-to-end tests use (the real router and services in Node).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createBackend } from '../../electron/main/backend';
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

/**
 * Milliseconds from navigation until the app's main landmark is on screen with content, the median of `runs`
 * fresh page loads (the first one also warms the disk cache).
 */
export async function firstPaint({ dataDir, rendererDir, bridgeFile, runs = 5 }: { dataDir: string; rendererDir: string; bridgeFile: string; runs?: number }): Promise<number> {
  const backend = await createBackend({ dataDir, clock: fixedClock(BENCH_NOW), log: silentLogger, appInfo: { version: 'bench', systemLanguage: 'de-DE' } });
  const server = await serveDirectory(rendererDir);
  const browser = await chromium.launch({
    executablePath: process.env.PLAUSCH_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--lang=de-DE'],
  });
  try {
    const times: number[] = [];
    for (let run = 0; run < runs + 1; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      await page.exposeBinding('__plauschInvoke', (_source, channel: string, payload: unknown) => backend.router.handle(channel, payload));
      await page.addInitScript({ path: bridgeFile });
      await page.addInitScript(() => {
        // Records when the main landmark first holds text, then waits one frame so that it has been painted.
        const observer = new MutationObserver(() => {
          const main = document.querySelector('main');
          if (!main || !main.textContent?.trim()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            (window as unknown as { __mainPaintedAt: number }).__mainPaintedAt = performance.now();
          });
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const start = performance.now();
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { __mainPaintedAt?: number }).__mainPaintedAt !== undefined, undefined, { timeout: 30_000 });
      const painted = await page.evaluate(() => (window as unknown as { __mainPaintedAt: number }).__mainPaintedAt);
      if (run > 0) times.push(painted);
      if (performance.now() - start > 30_000) throw new Error('the first screen took longer than 30 s');
      await page.close();
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)] as number);
  } finally {
    await browser.close();
    await server.close();
    await backend.close();
  }
}
