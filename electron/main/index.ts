// The composition root: one instance, one data folder, one backend, one shell. Plausch starts into the tray.
import { app, dialog, safeStorage } from 'electron';
import { resolve } from 'node:path';
import { startBackend } from './backend';
import { systemClock } from './services/clock';
import { createNodeNotifier } from './services/notifier';
import { consoleLogger } from './shell/log';
import { openWindows, startShell, type ShellWindows } from './shell';
import { reminderHash } from './services/desktop';
import { isRecovery } from './services/recovery-announcement';
import { deferredDesktop } from './shell/desktop';
import { forwardLockChanges } from './shell/ipc';
import { keychainProtector } from './shell/key-protector';
import { languageFor, message } from './shell/messages';
import { appPages } from './shell/pages';
import { agreesToRecovery } from './shell/recovery-question';
import { createLockedTray } from './shell/tray';
import { StoreError } from './store';

const log = consoleLogger(systemClock);
const pages = appPages(__dirname, app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']);
// Windows shows a notification only for an app with this id, which the installer's shortcut carries too.
const appUserModelId = 'de.plausch.app';

type StartedBackend = Awaited<ReturnType<typeof startBackend>>;

function startFailureText(error: unknown, dataDir: string): string {
  const language = languageFor(app.getLocale());
  if (error instanceof StoreError && error.code !== 'recoveryNeedsConsent') return message(language, error.code, { dataDir, file: error.details.file ?? dataDir });
  return message(language, 'unexpected', { dataDir, message: error instanceof Error ? error.message : String(error) });
}

function refuseToStart(error: unknown, dataDir: string): void {
  log.error('could not open the data', error);
  dialog.showErrorBox(message(languageFor(app.getLocale()), 'startFailedTitle'), startFailureText(error, dataDir));
  app.quit();
}

/** Keeps the process alive until the store has written everything, then lets the quit go through. */
function closeBeforeQuit(backend: StartedBackend, windows: ShellWindows): void {
  let closed = false;
  let closing = false;
  app.on('before-quit', (event) => {
    windows.beginQuit();
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    Promise.resolve()
      .then(() => backend.close())
      .catch((error: unknown) => log.error('closing the store failed', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

async function start(dataDir: string): Promise<void> {
  await app.whenReady();
  const desktop = deferredDesktop();
  // The keychain can only be asked once the app is ready; without one an encrypted journal asks for its passphrase.
  const keyProtector = keychainProtector(safeStorage, log);
  const open = (olderBackupAllowed: boolean) =>
    startBackend({
      dataDir,
      clock: systemClock,
      log,
      appInfo: { version: app.getVersion(), systemLanguage: app.getLocale() },
      notifier: createNodeNotifier({ log, appId: appUserModelId }),
      onReminderActivated: (target) => desktop.port.showMain(reminderHash(target)),
      desktop: desktop.port,
      olderBackupAllowed,
      ...(keyProtector ? { keyProtector } : {}),
    });
  let started: StartedBackend | undefined;
  try {
    started = await open(false).catch(async (error: unknown) => {
      // A recovery that may lose writes waits for the user's word; without it nothing is changed.
      if (!(error instanceof StoreError && error.code === 'recoveryNeedsConsent')) throw error;
      if (!(await agreesToRecovery(error, app.getLocale()))) return undefined;
      return open(true);
    });
  } catch (error) {
    refuseToStart(error, dataDir);
    return;
  }
  if (!started) {
    app.quit();
    return;
  }
  // The main file is read, or the journal is encrypted and waits for its passphrase: the windows load their pages
  // (a lock screen) while the journal's years follow.
  const store = started.store;
  const firstRun = store?.contacts.size === 0;
  // After a repair the window opens with its notice, rather than waiting unseen behind the tray icon; a locked
  // journal opens its window too, as its lock screen is the only way in.
  const showWindow = !store || firstRun || process.argv.includes('--show') || store.notices.some(isRecovery);
  const windows = openWindows({ pages, showWindow, router: started.router, log });
  forwardLockChanges(started, windows.ourContents);
  if (!store) createLockedTray(pages.resourcesDir, languageFor(app.getLocale()), { open: windows.reveal, quit: () => app.quit() });
  closeBeforeQuit(started, windows);
  app.on('second-instance', () => windows.reveal());
  app.on('activate', () => windows.reveal());
  let backend: Awaited<StartedBackend['ready']>;
  try {
    backend = await started.ready;
  } catch (error) {
    refuseToStart(error, dataDir);
    return;
  }
  startShell({ backend, windows, desktop, pages, clock: systemClock, log });
  void backend.services.announceRecovery();
}

function main(): void {
  const customDataDir = process.env['PLAUSCH_DATA_DIR'] ? resolve(process.env['PLAUSCH_DATA_DIR']) : undefined;
  // The single-instance lock and Chromium's profile live in userData: a custom data folder gets its own of both,
  // so a portable copy or a test run never collides with the installed app.
  if (customDataDir) app.setPath('userData', customDataDir);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId(appUserModelId);
  // A tray app lives on with no window open; quitting goes through the tray menu.
  app.on('window-all-closed', () => undefined);
  start(customDataDir ?? app.getPath('userData')).catch((error: unknown) => {
    log.error('start failed', error);
    app.exit(1);
  });
}

main();
