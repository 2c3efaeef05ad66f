// The quick-log popup: a small frameless window over everything, created hidden at start so the shortcut shows it at
// once. It goes away as soon as the user looks elsewhere, and comes back on whichever screen the pointer is on.
import { BrowserWindow, screen, type Rectangle } from 'electron';
import { join } from 'node:path';
import type { Logger } from '../store/types';
import type { AppPages } from './pages';

const width = 560;
const height = 200;
const quickLogHash = '#/quick-log';

export interface QuickLogWindow {
  readonly window: BrowserWindow;
  show(): void;
  hide(): void;
  toggle(): void;
}

export interface QuickLogWindowOptions {
  pages: AppPages;
  isQuitting(): boolean;
  log: Logger;
}

/** Centred horizontally, in the upper third: where the eye is, above whatever the user was typing into. */
function placeIn(workArea: Rectangle): Rectangle {
  return {
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 3),
    width,
    height,
  };
}

export function createQuickLogWindow({ pages, isQuitting, log }: QuickLogWindowOptions): QuickLogWindow {
  const window = new BrowserWindow({
    title: 'Plausch',
    width,
    height,
    show: false,
    frame: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
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
  // Without this, macOS would leave the popup behind on another Space or under a full-screen app.
  if (process.platform === 'darwin') window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });

  window.on('blur', () => window.hide());
  window.on('close', (event) => {
    if (isQuitting()) return;
    event.preventDefault();
    window.hide();
  });
  window.webContents.on('render-process-gone', (_event, details) => log.error('quick-log renderer gone', details));

  const loading = pages.devServerUrl
    ? window.loadURL(new URL(quickLogHash, pages.devServerUrl).href)
    : window.loadFile(pages.rendererIndex, { hash: quickLogHash.slice(1) });
  loading.catch((error: unknown) => log.error('quick-log window failed to load', error));

  const show = () => {
    if (window.isDestroyed()) return;
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    window.setBounds(placeIn(display.workArea));
    window.show();
    // The page puts the caret in its input when the window gains focus.
    window.focus();
  };
  const hide = () => {
    if (!window.isDestroyed()) window.hide();
  };
  return {
    window,
    show,
    hide,
    toggle: () => (window.isVisible() ? hide() : show()),
  };
}
