// One real start of Plausch under Electron: the window opens on first run, the page gets `window.plausch` and
// nothing else from Node, and a contact created through the real preload and IPC shows up in the journal.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
let app: ElectronApplication | undefined;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'plausch-electron-'));
  app = await electron.launch({
    args: ['.'],
    cwd: root,
    env: { ...process.env, PLAUSCH_DATA_DIR: dataDir, LANG: 'de_DE.UTF-8' } as Record<string, string>,
  });
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

function launched(): ElectronApplication {
  if (!app) throw new Error('Electron did not start');
  return app;
}

const isQuickLog = (page: Page) => page.url().endsWith('#/quick-log');

async function pageWhere(predicate: (page: Page) => boolean): Promise<Page> {
  return launched().windows().find(predicate) ?? launched().waitForEvent('window', { predicate });
}

/** The journal window; the hidden quick-log popup is a window of its own and may open first. */
function journalPage(): Promise<Page> {
  return pageWhere((page) => !isQuickLog(page));
}

test('starts, shows the journal window on first run and saves a contact', async () => {
  const page = await journalPage();
  await expect(page).toHaveTitle('Plausch');

  // Isolated and sandboxed: the page sees our API and no Node at all.
  const pageGlobals = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    return { plausch: typeof scope['plausch'], require: typeof scope['require'], process: typeof scope['process'] };
  });
  expect(pageGlobals).toEqual({ plausch: 'object', require: 'undefined', process: 'undefined' });

  const created = await page.evaluate(() =>
    window.plausch.contacts.create({ firstName: 'Sabine', lastName: 'Müller', organisation: 'Vorstand' }),
  );
  expect(created.id).toBeTruthy();

  await page.evaluate(() => {
    window.location.hash = '#/contacts';
  });
  await expect(page.getByText('Sabine Müller').first()).toBeVisible();
});

test('closing the window keeps the app running in the tray', async () => {
  const page = await journalPage();
  await page.waitForLoadState('domcontentloaded');
  const journalUrl = page.url();
  await launched().evaluate(({ BrowserWindow }, url) => {
    BrowserWindow.getAllWindows()
      .find((window) => window.webContents.getURL() === url)
      ?.close();
  }, journalUrl);
  const windows = await launched().evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => ({ visible: window.isVisible(), destroyed: window.isDestroyed() })),
  );
  expect(windows).toEqual([
    { visible: false, destroyed: false },
    { visible: false, destroyed: false },
  ]);
});

test('the quick-log popup waits hidden on top with its shortcut registered, and goes when it loses focus', async () => {
  const popup = await pageWhere(isQuickLog);
  await popup.waitForLoadState('domcontentloaded');
  const state = () =>
    launched().evaluate(({ BrowserWindow, globalShortcut }) => {
      const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('#/quick-log'));
      return {
        visible: window?.isVisible(),
        onTop: window?.isAlwaysOnTop(),
        shortcut: globalShortcut.isRegistered('CommandOrControl+Alt+L'),
      };
    });
  expect(await state()).toEqual({ visible: false, onTop: true, shortcut: true });
  await launched().evaluate(({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('#/quick-log'));
    window?.show();
    window?.emit('blur');
  });
  expect((await state()).visible).toBe(false);
});
