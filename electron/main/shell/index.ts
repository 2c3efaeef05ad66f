// Starts everything the user sees of Plausch outside the page: security rules, IPC, the window and the tray.
import { app, ipcMain, session, type BrowserWindow, type WebContents } from 'electron';
import type { Language, Settings } from '../../../shared/model';
import type { Logger } from '../store/types';
import { forwardDataChanges, registerIpc, type DataChangeSource, type IpcRouter } from './ipc';
import { installApplicationMenu } from './menu';
import { languageFor } from './messages';
import type { AppPages } from './pages';
import { applySecurity } from './security';
import { createTray, setTrayLanguage, type TrayActions } from './tray';
import { createMainWindow, revealWindow } from './windows';

export interface ShellBackend {
  store: { readonly settings: Settings };
  router: IpcRouter;
  services: DataChangeSource;
}

export interface ShellOptions {
  backend: ShellBackend;
  pages: AppPages;
  showWindow: boolean;
  log: Logger;
}

export interface Shell {
  reveal(): void;
  /** From now on closing a window closes it instead of hiding it to the tray. */
  beginQuit(): void;
}

/** The app's language: the user's choice in the settings, else the operating system's. */
export function shellLanguage(settings: Settings): Language {
  return settings.language === 'system' ? languageFor(app.getLocale()) : settings.language;
}

export function startShell({ backend, pages, showWindow, log }: ShellOptions): Shell {
  let quitting = false;
  // Security first: its handlers must see the window's web contents being created.
  applySecurity(app, session.defaultSession, pages, log);
  installApplicationMenu();

  const window: BrowserWindow = createMainWindow({ pages, showWhenReady: showWindow, isQuitting: () => quitting, log });
  const ourContents = (): WebContents[] => (window.isDestroyed() ? [] : [window.webContents]);
  // Registered in the same tick as the window is created, so before its page can run and call.
  registerIpc({ ipcMain, router: backend.router, ourContents, pages, log });
  forwardDataChanges(backend.services, ourContents);

  const reveal = () => {
    if (!window.isDestroyed()) revealWindow(window);
  };
  const actions: TrayActions = { open: reveal, quit: () => app.quit() };
  createTray(pages.resourcesDir, shellLanguage(backend.store.settings), actions);
  backend.services.onDataChanged(({ collections }) => {
    if (collections.includes('settings')) setTrayLanguage(shellLanguage(backend.store.settings), actions);
  });

  return {
    reveal,
    beginQuit: () => {
      quitting = true;
    },
  };
}
