// The DesktopPort the services ask for, carried out with the shell's windows, shortcut and login item.
import { dialog, type BrowserWindow } from 'electron';
import type { EventPayloads } from '../../../shared/contract';
import type { DesktopPort } from '../services/desktop';
import type { EventModeWindow } from './event-mode-window';
import type { LoginItem } from './login-item';
import type { QuickLogWindow } from './quick-log-window';
import type { QuickLogShortcut } from './shortcut';

export interface DesktopParts {
  mainWindow: BrowserWindow;
  reveal(): void;
  quickLog: QuickLogWindow;
  eventMode: EventModeWindow;
  shortcut: QuickLogShortcut;
  loginItem: LoginItem;
}

/** The page routes itself; a page still loading gets the route once it has loaded. */
function navigate(window: BrowserWindow, hash: string): void {
  if (window.isDestroyed()) return;
  const payload: EventPayloads['app:navigate'] = { hash };
  const send = () => window.webContents.send('app:navigate', payload);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

export function createDesktop({ mainWindow, reveal, quickLog, eventMode, shortcut, loginItem }: DesktopParts): DesktopPort {
  return {
    hideQuickLog: () => quickLog.hide(),
    showMain(hash) {
      quickLog.hide();
      reveal();
      if (hash) navigate(mainWindow, hash);
    },
    shortcutStatus: () => shortcut.status(),
    setShortcut: (accelerator) => shortcut.set(accelerator),
    startAtLogin: () => loginItem.status(),
    setStartAtLogin: (enabled) => loginItem.set(enabled),
    openEventMode: (id, onTop) => eventMode.open(id, onTop),
    async chooseCalendarPath(kind) {
      const result = await dialog.showOpenDialog(mainWindow, {
        properties: [kind === 'folder' ? 'openDirectory' : 'openFile'],
        ...(kind === 'file' ? { filters: [{ name: 'iCalendar', extensions: ['ics'] }] } : {}),
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

/**
 * The backend is built before the shell, and the shell needs the backend; this stands in for the port until the
 * shell connects the real one. Nothing calls it earlier: its callers (IPC, reminder ticks) start with the shell.
 */
export function deferredDesktop(): { port: DesktopPort; connect(desktop: DesktopPort): void } {
  let connected: DesktopPort | undefined;
  const target = (): DesktopPort => {
    if (!connected) throw new Error('the desktop shell is not running yet');
    return connected;
  };
  return {
    port: {
      hideQuickLog: () => target().hideQuickLog(),
      showMain: (hash) => target().showMain(hash),
      shortcutStatus: () => target().shortcutStatus(),
      setShortcut: (accelerator) => target().setShortcut(accelerator),
      startAtLogin: () => target().startAtLogin(),
      setStartAtLogin: (enabled) => target().setStartAtLogin(enabled),
      openEventMode: (id, onTop) => target().openEventMode(id, onTop),
      chooseCalendarPath: (kind) => target().chooseCalendarPath(kind),
    },
    connect(desktop) {
      connected = desktop;
    },
  };
}
