// Each test gets its own data folder and a real backend (store, services, router) in Node; the page gets
// `window.plausch` from the bridge, whose invoke is a Playwright binding into that router.
//
// To look at screens while developing: `npx electron-vite build`, then
// `npx playwright test -c tests/e2e/playwright.config.ts <spec>`; `shot(page, name)` writes
// tests/e2e/artifacts/screens/<name>.png.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackend } from '../../../electron/main/backend';
import { fixedClock } from '../../../electron/main/services/clock';
import { silentLogger } from '../../../electron/main/store/types';
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../../shared/contract';
import { artifactsDir, bridgeFile, rendererDir } from './global-setup';
import { serveDirectory } from './static-server';

/** The moment every end-to-end test lives in: a Friday morning in Berlin. */
export const NOW = '2026-11-27T09:30:00+01:00';

type Backend = Awaited<ReturnType<typeof createBackend>>;

export interface PlauschApp {
  page: Page;
  dataDir: string;
  /** Calls a channel on the real router directly, e.g. to seed data. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Closes the backend (flushing to disk) and opens a fresh one on the same folder, as an app restart would. */
  restart(): Promise<void>;
  /** Loads the app, optionally at a hash route such as `#/journal`. */
  open(hash?: string): Promise<void>;
  /** Moves the backend's clock and the page's to another instant, e.g. to the evening of an event. */
  setNow(instant: string): Promise<void>;
}

export const test = base.extend<{ app: PlauschApp }, { rendererUrl: string }>({
  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveDirectory(rendererDir);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ page, rendererUrl }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'plausch-e2e-'));
    const clock = fixedClock(NOW);
    const start = () =>
      createBackend({
        dataDir,
        clock,
        log: silentLogger,
        appInfo: { version: 'e2e', systemLanguage: 'de-DE' },
      });
    let backend: Backend = await start();
    let unsubscribe = forwardEvents(backend, page);

    await page.clock.setFixedTime(new Date(NOW));
    await page.exposeBinding('__plauschInvoke', (_source, channel: string, payload: unknown) =>
      backend.router.handle(channel, payload),
    );
    await page.addInitScript({ path: bridgeFile });

    const app: PlauschApp = {
      page,
      dataDir,
      async call(channel, input) {
        const envelope = (await backend.router.handle(channel, input)) as Envelope<unknown>;
        if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
        return envelope.value as never;
      },
      async restart() {
        unsubscribe();
        await backend.close();
        backend = await start();
        unsubscribe = forwardEvents(backend, page);
      },
      async setNow(instant) {
        clock.set(instant);
        await page.clock.setFixedTime(new Date(instant));
      },
      async open(hash = '') {
        await page.goto(rendererUrl + hash);
        await expect(page.getByRole('main')).toBeVisible();
      },
    };
    await use(app);
    unsubscribe();
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

function forwardEvents(backend: Backend, page: Page): () => void {
  return backend.services.onDataChanged((payload) => {
    page.evaluate(([event, data]) => window.__plauschEmit(event, data), ['data:changed', payload] as const).catch(() => {
      // The page may be navigating; it refetches on load anyway.
    });
  });
}

const screensDir = resolve(artifactsDir, 'screens');

/** Saves a full-page screenshot to look at (and for the README). */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(screensDir, { recursive: true });
  const path = join(screensDir, `${name}.png`);
  // Transitions are finished first: a theme applied at start would otherwise be caught half-way.
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

export { expect };

