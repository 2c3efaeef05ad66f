// The DesktopPort of the browser shell: what only the desktop app can do is a clear error; showing a page tells the
// open pages where to go, or opens one.
import { describe, expect, it } from 'vitest';
import { PlauschError } from '../../../../shared/errors';
import type { EventName, EventPayloads } from '../../../../shared/contract';
import { createBrowserDesktop } from '../../../../electron/web/browser-desktop';
import type { EventStreams } from '../../../../electron/web/event-stream';

function fakeStreams(listening: number) {
  const broadcasts: { event: EventName; payload: unknown }[] = [];
  const streams: EventStreams = {
    attach: () => undefined,
    broadcast: <E extends EventName>(event: E, payload: EventPayloads[E]) => {
      broadcasts.push({ event, payload });
    },
    count: () => listening,
    closeAll: () => undefined,
  };
  return { streams, broadcasts };
}

function desktopWith(listening: number) {
  const { streams, broadcasts } = fakeStreams(listening);
  const windows: string[] = [];
  const desktop = createBrowserDesktop({ streams, openWindow: (hash) => windows.push(hash) });
  return { desktop, broadcasts, windows };
}

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('browser desktop', () => {
  it.each([
    ['shortcutStatus', (d: ReturnType<typeof desktopWith>['desktop']) => d.shortcutStatus()],
    ['setShortcut', (d: ReturnType<typeof desktopWith>['desktop']) => d.setShortcut('CommandOrControl+Alt+L')],
    ['startAtLogin', (d: ReturnType<typeof desktopWith>['desktop']) => d.startAtLogin()],
    ['setStartAtLogin', (d: ReturnType<typeof desktopWith>['desktop']) => d.setStartAtLogin(true)],
  ])('%s is desktop only', (_name, call) => {
    const { desktop, broadcasts, windows } = desktopWith(1);
    const error = errorOf(() => call(desktop));
    expect(error).toBeInstanceOf(PlauschError);
    expect((error as PlauschError).code).toBe('desktopOnly');
    expect(broadcasts).toEqual([]);
    expect(windows).toEqual([]);
  });

  it('hides no quick-log window, quietly', () => {
    const { desktop, broadcasts, windows } = desktopWith(1);
    expect(() => desktop.hideQuickLog()).not.toThrow();
    expect(broadcasts).toEqual([]);
    expect(windows).toEqual([]);
  });

  it('tells the listening pages where to go, and opens no window', () => {
    const { desktop, broadcasts, windows } = desktopWith(2);
    desktop.showMain('#/contacts/c1');
    desktop.showMain();
    desktop.openEventMode('summer party/2026');
    expect(broadcasts).toEqual([
      { event: 'app:navigate', payload: { hash: '#/contacts/c1' } },
      { event: 'app:navigate', payload: { hash: '#/today' } },
      { event: 'app:navigate', payload: { hash: '#/event-mode/summer%20party%2F2026' } },
    ]);
    expect(windows).toEqual([]);
  });

  it('opens a browser window at the route when no page listens', () => {
    const { desktop, broadcasts, windows } = desktopWith(0);
    desktop.showMain('#/contacts/c1');
    desktop.showMain();
    desktop.openEventMode('e1', true);
    expect(windows).toEqual(['#/contacts/c1', '#/today', '#/event-mode/e1']);
    expect(broadcasts).toEqual([]);
  });
});
