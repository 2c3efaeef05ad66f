// The journal window. It is created once, hidden, so opening it from the tray is instant; closing hides it again.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Logger } from '../store/types';
import type { AppPages } from './pages';

export interface MainWindowOptions {
  pages: AppPages;
  /** Show as soon as the page has painted (first run, `--show`). */
  showWhenReady: boolean;
  /** True once the user really quits: then closing closes instead of hiding. */
  isQuitting(): boolean;
  log: Logger;
}

export function createMainWindow({ pages, showWhenReady, isQuitting, log }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Plausch',
    width: 1180,
    height: 780,
    minWidth: 720,
    minHeight: 520,
    show: false,
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

  if (showWhenReady) window.once('ready-to-show', () => window.show());

  window.on('close', (event) => {
    if (isQuitting()) return;
    event.preventDefault();
    window.hide();
  });

  window.webContents.on('render-process-gone', (_event, details) => log.error('renderer gone', details));

  const loading = pages.devServerUrl ? window.loadURL(pages.devServerUrl) : window.loadFile(pages.rendererIndex);
  loading.catch((error: unknown) => log.error('window failed to load', error));
  return window;
}

export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
