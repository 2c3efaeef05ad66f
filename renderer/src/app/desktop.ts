// What the page asks of the desktop around it, wherever Plausch runs. In the desktop app the shell carries it out
// with windows of its own; in the browser shell event mode, the quick log and the way back are pages of this tab.
import type { ShellKind } from '../../../shared/views';
import { api } from '../api';
import { routeToHash, useNavigation, type Route } from './navigation';
import { useAppStatus } from './settings';

export function useShellKind(): ShellKind {
  return useAppStatus().data?.shell ?? 'desktop';
}

export interface DesktopActions {
  inBrowser: boolean;
  /** Event mode for one event: its own compact window in the desktop app (kept above the others when `onTop`). */
  openEventMode(id: string, onTop?: boolean): Promise<void>;
  /** The main window at a route: from event mode or the quick log, which are windows of their own on the desktop. */
  showMain(route: Route): Promise<void>;
  /** The quick log is done: its window hides on the desktop; in the browser the tab goes back to Today. */
  hideQuickLog(): Promise<void>;
}

export function useDesktopActions(): DesktopActions {
  const inBrowser = useShellKind() === 'browser';
  const { navigate } = useNavigation();
  if (inBrowser) {
    return {
      inBrowser,
      openEventMode: async (id) => navigate({ name: 'eventMode', id }),
      showMain: async (route) => navigate(route),
      hideQuickLog: async () => navigate({ name: 'today' }),
    };
  }
  return {
    inBrowser,
    openEventMode: (id, onTop) => api().desktop.openEventMode(onTop === undefined ? { id } : { id, onTop }).then(() => undefined),
    showMain: (route) => api().desktop.showMain({ hash: routeToHash(route) }).then(() => undefined),
    hideQuickLog: () => api().desktop.hideQuickLog().then(() => undefined),
  };
}
