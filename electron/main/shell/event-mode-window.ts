// Event mode on the day itself: a compact window beside whatever else is open (a badge list, the venue's map), kept
// on top when the user asks. There is one: opening another event takes it over. It is made when asked for and
// closed for good when the user is done, unlike the main window, which waits hidden in the tray.
import { BrowserWindow, type WebContents } from 'electron';
import { join } from 'node:path';
import type { Logger } from '../store/types';
import type { AppPages } from './pages';
import { revealWindow } from './windows';

export interface EventModeWindow {
  /**
   * Shows the event, making the window if there is none. A freshly loaded page starts with the window as `onTop`
   * asks (not on top unless told), as the page's pin does; the event already shown keeps its state unless told.
   */
  open(id: string, onTop?: boolean): void;
  /** The open window's contents, for the IPC sender check and `data:changed`. */
  contents(): WebContents | undefined;
}

export interface EventModeWindowOptions {
  pages: AppPages;
  log: Logger;
}

function eventModeHash(id: string): string {
  return `#/event-mode/${encodeURIComponent(id)}`;
}

function load(window: BrowserWindow, pages: AppPages, hash: string, log: Logger): void {
  const loading = pages.devServerUrl
    ? window.loadURL(new URL(hash, pages.devServerUrl).href)
    : window.loadFile(pages.rendererIndex, { hash: hash.slice(1) });
  loading.catch((error: unknown) => log.error('event-mode window failed to load', error));
}

export function createEventModeWindow({ pages, log }: EventModeWindowOptions): EventModeWindow {
  let current: { window: BrowserWindow; id: string } | undefined;

  const create = (id: string, onTop: boolean): BrowserWindow => {
    const window = new BrowserWindow({
      title: 'Plausch',
      width: 480,
      height: 760,
      minWidth: 360,
      minHeight: 480,
      resizable: true,
      show: false,
      alwaysOnTop: onTop,
      autoHideMenuBar: true,
      icon: join(pages.resourcesDir, 'icon.png'),
      webPreferences: {
        preload: pages.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        // Chromium's spellchecker fetches its dictionaries from Google, and Plausch sends nothing off the machine.
        spellcheck: false,
      },
    });
    window.once('ready-to-show', () => revealWindow(window));
    window.on('closed', () => {
      if (current?.window === window) current = undefined;
    });
    window.webContents.on('render-process-gone', (_event, details) => log.error('event-mode renderer gone', details));
    load(window, pages, eventModeHash(id), log);
    return window;
  };

  const open = (id: string, onTop?: boolean) => {
    if (!current || current.window.isDestroyed()) {
      current = { window: create(id, onTop ?? false), id };
      return;
    }
    const { window } = current;
    if (current.id !== id) {
      current = { window, id };
      window.setAlwaysOnTop(onTop ?? false);
      load(window, pages, eventModeHash(id), log);
    } else if (onTop !== undefined) {
      window.setAlwaysOnTop(onTop);
    }
    revealWindow(window);
  };

  return {
    open,
    contents: () => (current && !current.window.isDestroyed() ? current.window.webContents : undefined),
  };
}
