// What the services may ask of the desktop around them: windows, the global shortcut, start at login. The Electron
// shell implements this port; without a shell (end-to-end tests, the CLI) a headless stand-in keeps the same contract.
import type { ShortcutStatus, StartAtLogin } from '../../../shared/views';
import type { ReminderTarget } from './reminders/scheduler';

export interface DesktopPort {
  hideQuickLog(): void;
  /** Shows and focuses the main window, optionally at a route (`#/contacts/…`). */
  showMain(hash?: string): void;
  shortcutStatus(): ShortcutStatus;
  setShortcut(accelerator: string): ShortcutStatus;
  startAtLogin(): StartAtLogin;
  setStartAtLogin(enabled: boolean): StartAtLogin;
  /** Shows event mode for one event in its own window, kept above the others when `onTop`. */
  openEventMode(id: string, onTop?: boolean): void;
  /** Asks the user for a calendar file or folder to watch; `null` when she cancels. */
  chooseCalendarPath(kind: 'file' | 'folder'): Promise<string | null>;
}

export const defaultQuickLogShortcut = 'CommandOrControl+Alt+L';

/** Where a click on a reminder's notification leads. */
export function reminderHash(target: ReminderTarget): string {
  if (target.kind === 'today') return '#/today';
  const contact = `#/contacts/${encodeURIComponent(target.contactId)}`;
  return target.greeting ? `${contact}/greeting/${target.greeting}` : contact;
}

/** Remembers what it is told, so screens that use the port behave the same in a browser test. */
export function createHeadlessDesktop(): DesktopPort {
  let shortcut: ShortcutStatus = { accelerator: defaultQuickLogShortcut, registered: true, suggestions: [] };
  let login: StartAtLogin = { enabled: false, supported: true };
  return {
    hideQuickLog() {},
    showMain() {},
    // Without a shell there is no second window: a browser test opens the event-mode route itself.
    openEventMode() {},
    // Nobody to ask: a test or the command line names the path itself.
    chooseCalendarPath: () => Promise.resolve(null),
    shortcutStatus: () => shortcut,
    setShortcut(accelerator) {
      shortcut = { accelerator, registered: true, suggestions: [] };
      return shortcut;
    },
    startAtLogin: () => login,
    setStartAtLogin(enabled) {
      login = { ...login, enabled };
      return login;
    },
  };
}
