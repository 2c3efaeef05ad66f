// Each test gets its own data folder and its own Plausch. `app` is the browser shell as a separate process, the way
// `npm start` runs it where Electron cannot: the built renderer in Chromium talks to it over real HTTP, with its
// cookie, header and event stream. `desktopApp` stands in for the desktop app where a screen needs one (its
// shortcut and start-at-login settings): the real router and services in this Node process, with a headless desktop,
// and `window.plausch` bound into them by a Playwright binding, as the preload binds it to IPC.
//
// To look at screens while developing: `npm run build`, then
// `npx playwright test -c tests/e2e/playwright.config.ts <spec>`; `shot(page, name)` writes
// tests/e2e/artifacts/screens/<name>.png.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackend } from '../../../electron/main/backend';
import { fixedClock } from '../../../electron/main/services/clock';
import { silentLogger } from '../../../electron/main/store/types';
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../../shared/contract';
import { artifactsDir, bridgeFile, rendererDir } from './global-setup';
import { startShellProcess, type ShellProcess } from './shell-process';
import { serveDirectory } from './static-server';

/** The moment every end-to-end test lives in: a Friday morning in Berlin. */
export const NOW = '2026-11-27T09:30:00+01:00';

export interface PlauschApp {
  page: Page;
  dataDir: string;
  /** Calls a channel of the running Plausch directly, e.g. to seed data. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Quits Plausch (everything written) and starts it again on the same folder; the page opens it anew. */
  restart(): Promise<void>;
  /** Quits Plausch as a user does (Ctrl+C in the browser shell), leaving the page open. */
  quit(): Promise<void>;
  /** Loads the app, optionally at a hash route such as `#/journal`. */
  open(hash?: string): Promise<void>;
  /** Moves Plausch's clock and the page's to another instant, e.g. to the evening of an event. */
  setNow(instant: string): Promise<void>;
}

function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'plausch-e2e-'));
}

const currentHash = (page: Page) => (page.url().startsWith('http') ? new URL(page.url()).hash : '');

export const test = base.extend<{ app: PlauschApp; desktopApp: PlauschApp }, { rendererUrl: string }>({
  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveDirectory(rendererDir);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ page }, use) => {
    const dataDir = newDataDir();
    let now = NOW;
    let shell: ShellProcess = await startShellProcess({ dataDir, now });
    await page.clock.setFixedTime(new Date(now));

    const quit = async () => {
      const code = await shell.quit();
      expect(code, `the browser shell quits cleanly on Ctrl+C\n${shell.errors()}`).toBe(0);
    };
    const app: PlauschApp = {
      page,
      dataDir,
      quit,
      call: (channel, input) => shell.call(channel, input),
      async open(hash = '') {
        await page.goto(shell.openUrl + hash);
        await expect(page.getByRole('main')).toBeVisible();
      },
      async restart() {
        const hash = currentHash(page);
        await quit();
        shell = await startShellProcess({ dataDir, now });
        // A new start has a new address and secret: the page opens it where it was.
        await app.open(hash);
      },
      async setNow(instant) {
        now = instant;
        await page.clock.setFixedTime(new Date(instant));
        await app.restart();
      },
    };
    await use(app);
    await quit();
    rmSync(dataDir, { recursive: true, force: true });
  },

  desktopApp: async ({ page, rendererUrl }, use) => {
    const dataDir = newDataDir();
    const clock = fixedClock(NOW);
    const start = () =>
      createBackend({ dataDir, clock, log: silentLogger, appInfo: { version: 'e2e', systemLanguage: 'de-DE', shell: 'desktop' } });
    let backend = await start();
    let unsubscribe = forwardEvents(backend, page);

    await page.clock.setFixedTime(new Date(NOW));
    await page.exposeBinding('__plauschInvoke', (_source, channel: string, payload: unknown) => backend.router.handle(channel, payload));
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
        await app.quit();
        backend = await start();
        unsubscribe = forwardEvents(backend, page);
      },
      async quit() {
        unsubscribe();
        await backend.close();
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

type Backend = Awaited<ReturnType<typeof createBackend>>;

function forwardEvents(backend: Backend, page: Page): () => void {
  return backend.services.onDataChanged((payload) => {
    page.evaluate(([event, data]) => window.__plauschEmit(event, data), ['data:changed', payload] as const).catch(() => {
      // The page may be navigating; it refetches on load anyway.
    });
  });
}

const screensDir = resolve(artifactsDir, 'screens');

/** Saves a full-page screenshot to look at (and for the README), or one of a single element such as a card. */
export async function shot(page: Page, name: string, of?: Locator): Promise<string> {
  mkdirSync(screensDir, { recursive: true });
  const path = join(screensDir, `${name}.png`);
  // Transitions are finished first: a theme applied at start would otherwise be caught half-way.
  if (of) await of.screenshot({ path, animations: 'disabled' });
  else await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

export { expect };
