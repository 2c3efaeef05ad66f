// The DesktopPort in the browser shell. There is no tray, no global shortcut, no login item and no window of our own
// to keep on top: asking for them is a clear `desktopOnly` error, never a silent nothing. Showing a page is what a
// browser can do: open pages are told where to go, and with none open a new browser window opens there.
import { PlauschError } from '../../shared/errors';
import type { DesktopPort } from '../main/services/desktop';
import type { EventStreams } from './event-stream';

export interface BrowserDesktopParts {
  streams: EventStreams;
  /** Opens a browser window at a route of ours (`#/today`). */
  openWindow(hash: string): void;
}

export function createBrowserDesktop({ streams, openWindow }: BrowserDesktopParts): DesktopPort {
  const show = (hash = '#/today') => {
    if (streams.count() > 0) streams.broadcast('app:navigate', { hash });
    else openWindow(hash);
  };
  const desktopOnly = (): never => {
    throw new PlauschError('desktopOnly');
  };
  return {
    // The quick-log page goes back by itself; there is no window to hide.
    hideQuickLog() {},
    showMain: (hash) => show(hash),
    openEventMode: (id) => show(`#/event-mode/${encodeURIComponent(id)}`),
    // A browser page cannot hand over a path; the calendar settings take one typed in instead.
    chooseCalendarPath: desktopOnly,
    shortcutStatus: desktopOnly,
    setShortcut: desktopOnly,
    startAtLogin: desktopOnly,
    setStartAtLogin: desktopOnly,
  };
}
