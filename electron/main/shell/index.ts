// Starts everything the user sees of Plausch outside the page, in two steps. `openWindows` needs only the data
// folder's main file: security rules, IPC and the windows, whose pages load while the journal's years are read.
// `startShell` follows once the services are ready: the tray, the global shortcut, start at login, reminder ticks.
import { app, globalShortcut, ipcMain, powerMonitor, session, type BrowserWindow, type WebContents } from 'electron';
import type { CalendarPrep } from '../../../shared/calendar';
import { reminderSettingsOf, type Language, type Settings } from '../../../shared/model';
import type { Services } from '../services';
import type { Clock } from '../services/clock';
import { defaultQuickLogShortcut, reminderHash, type DesktopPort } from '../services/desktop';
import { startReminderTicks } from '../services/reminders/ticks';
import type { Logger } from '../store/types';
import { feedAppLock } from './app-lock-feed';
import { atEveryMidnight } from './day-change';
import { createDesktop } from './desktop';
import { handleDownloads } from './downloads';
import { createEventModeWindow } from './event-mode-window';
import { forwardDataChanges, forwardNotices, registerIpc, type DataChangeSource, type IpcRouter, type NoticeSource } from './ipc';
import { createLoginItem, type LoginItem } from './login-item';
import { installApplicationMenu } from './menu';
import { languageFor } from './messages';
import type { AppPages } from './pages';
import { createQuickLogWindow } from './quick-log-window';
import { applySecurity } from './security';
import { createQuickLogShortcut } from './shortcut';
import { createTray, updateTray, type TrayActions, type TraySnapshot } from './tray';
import { createMainWindow, revealWindow } from './windows';

export interface ShellBackend {
  store: NoticeSource & { readonly settings: Settings };
  router: IpcRouter;
  services: DataChangeSource & Pick<Services, 'today' | 'reminders' | 'settings' | 'events' | 'calendar' | 'appLock'>;
}

export interface WindowsOptions {
  pages: AppPages;
  showWindow: boolean;
  /** Answers the pages' calls; it may hold them until the services are ready. */
  router: IpcRouter;
  log: Logger;
}

export interface ShellWindows {
  window: BrowserWindow;
  quickLog: ReturnType<typeof createQuickLogWindow>;
  eventMode: ReturnType<typeof createEventModeWindow>;
  ourContents(): WebContents[];
  reveal(): void;
  /** From now on closing a window closes it instead of hiding it to the tray. */
  beginQuit(): void;
}

export interface ShellOptions {
  backend: ShellBackend;
  windows: ShellWindows;
  /** Receives the shell's DesktopPort, which the backend was built with before the shell existed. */
  desktop: { connect(desktop: DesktopPort): void };
  pages: AppPages;
  clock: Clock;
  log: Logger;
}

/** The app's language: the user's choice in the settings, else the operating system's. */
export function shellLanguage(settings: Settings): Language {
  return settings.language === 'system' ? languageFor(app.getLocale()) : settings.language;
}

export function openWindows({ pages, showWindow, router, log }: WindowsOptions): ShellWindows {
  let quitting = false;
  const isQuitting = () => quitting;
  // Security first: its handlers must see the windows' web contents being created.
  applySecurity(app, session.defaultSession, pages, log);
  installApplicationMenu();

  const window: BrowserWindow = createMainWindow({ pages, showWhenReady: showWindow, isQuitting, log });
  const quickLog = createQuickLogWindow({ pages, isQuitting, log });
  const eventMode = createEventModeWindow({ pages, log });
  const ourContents = (): WebContents[] => {
    const windows = [window, quickLog.window].filter((own) => !own.isDestroyed()).map((own) => own.webContents);
    const eventModeContents = eventMode.contents();
    return eventModeContents ? [...windows, eventModeContents] : windows;
  };
  // Registered in the same tick as the windows are created, so before their pages can run and call.
  registerIpc({ ipcMain, router, ourContents, pages, log });
  handleDownloads({ app, session: session.defaultSession, ourContents, log });
  return {
    window,
    quickLog,
    eventMode,
    ourContents,
    reveal: () => {
      if (!window.isDestroyed()) revealWindow(window);
    },
    beginQuit: () => {
      quitting = true;
    },
  };
}

export function startShell({ backend, windows, desktop, pages, clock, log }: ShellOptions): void {
  const { store, services } = backend;
  const { window, quickLog, eventMode, reveal } = windows;
  forwardDataChanges(services, windows.ourContents);
  forwardNotices(store, windows.ourContents);

  const language = () => shellLanguage(store.settings);

  /** Today's meetings to prepare for. A calendar that cannot be read costs the tray these items, never the tray. */
  const prepToday = (): Promise<CalendarPrep[]> =>
    Promise.resolve()
      .then(() => services.calendar.day())
      .then(
        (day) => day.prep,
        (error: unknown) => {
          log.warn('could not read the calendar for the tray', error);
          return [];
        },
      );

  let trayRefreshPending = false;
  let trayRefreshes = 0;
  // Coalesced: one save can commit several changes in a row, and the menu needs rebuilding once.
  const refreshTray = () => {
    if (trayRefreshPending) return;
    trayRefreshPending = true;
    setImmediate(() => {
      trayRefreshPending = false;
      const refresh = ++trayRefreshes;
      void prepToday().then((prep) => {
        // A later refresh started while the calendar was read: its menu is the newer one.
        if (refresh !== trayRefreshes) return;
        try {
          updateTray(traySnapshot(prep), trayActions);
        } catch (error) {
          log.error('could not update the tray', error);
        }
      });
    });
  };

  const systemLoginItem = createLoginItem({ language, log });
  // The settings page changes it too, and the tray's checkbox must follow.
  const loginItem: LoginItem = {
    status: () => systemLoginItem.status(),
    set(enabled) {
      const status = systemLoginItem.set(enabled);
      refreshTray();
      return status;
    },
  };
  const shortcut = createQuickLogShortcut({
    globalShortcut,
    accelerator: store.settings.quickLogShortcut ?? defaultQuickLogShortcut,
    onPress: () => quickLog.toggle(),
    remember: (accelerator) => {
      services.settings
        .update({ quickLogShortcut: accelerator })
        .catch((error: unknown) => log.error('could not save the shortcut', error));
    },
    log,
  });
  const port = createDesktop({ mainWindow: window, reveal, quickLog, eventMode, shortcut, loginItem });
  desktop.connect(port);

  const trayActions: TrayActions = {
    open: reveal,
    openToday: () => port.showMain(reminderHash({ kind: 'today' })),
    openContact: (contactId) => port.showMain(reminderHash({ kind: 'contact', contactId })),
    openEventMode: (eventId) => eventMode.open(eventId),
    openBriefing: (contactId) => port.showMain(`#/coach/briefing/${encodeURIComponent(contactId)}`),
    quickLog: () => quickLog.show(),
    openHelp: () => port.showMain('#/help'),
    pause: (duration) => {
      services.reminders.pause(duration).catch((error: unknown) => log.error('could not pause the reminders', error));
    },
    setStartAtLogin: (enabled) => loginItem.set(enabled),
    quit: () => app.quit(),
  };
  /** Today's events, several-day ones included, whichever phase they are in: the day is theirs. */
  const eventsOn = (date: string) => {
    const { upcoming, past } = services.events.list();
    return [...upcoming, ...past]
      .filter((event) => event.date <= date && date <= (event.endDate ?? event.date))
      .map(({ id, title }) => ({ id, title }));
  };
  const traySnapshot = (prep: CalendarPrep[]): TraySnapshot => {
    const now = clock.now();
    const today = services.today.today();
    const paused = reminderSettingsOf(store.settings).pausedUntil;
    const pausedUntil = paused !== undefined && new Date(paused) > now ? new Date(paused) : undefined;
    return {
      language: language(),
      today,
      now,
      ...(pausedUntil ? { pausedUntil } : {}),
      startAtLogin: loginItem.status(),
      eventsToday: eventsOn(today.date),
      prep,
      locked: services.appLock.locked,
    };
  };
  // The tray is there at once; the meetings to prepare for follow as soon as the calendar is read.
  createTray(pages.resourcesDir, traySnapshot([]), trayActions);
  refreshTray();

  services.onDataChanged(({ collections }) => {
    refreshTray();
    if (!collections.includes('settings')) return;
    // The shortcut may have been changed through the settings rather than through the desktop port.
    const wanted = store.settings.quickLogShortcut ?? defaultQuickLogShortcut;
    if (wanted !== shortcut.status().accelerator) shortcut.set(wanted);
  });
  const stopMidnight = atEveryMidnight(clock, refreshTray);
  // Locked, the menu names nobody; open again, it does.
  services.appLock.onChange(refreshTray);
  const stopAppLock = feedAppLock(powerMonitor, services.appLock);
  const stopTicks = startReminderTicks({
    tick: () => services.reminders.tick(),
    wake: powerMonitor,
    afterTick: refreshTray,
    log,
  });
  app.on('will-quit', () => {
    shortcut.release();
    stopTicks();
    stopMidnight();
    stopAppLock();
  });
}
