// The global shortcut that opens the quick-log window from any application. Another application may hold the
// combination already; then registering fails, and the user is told so and offered combinations that are free.
import type { GlobalShortcut } from 'electron';
import type { ShortcutStatus } from '../../../shared/views';
import type { Logger } from '../store/types';

/** Tried in this order when the chosen combination is taken; only those that register right now are offered. */
const shortcutCandidates = ['CommandOrControl+Alt+K', 'CommandOrControl+Shift+Space', 'Alt+Shift+L'];

export interface QuickLogShortcut {
  status(): ShortcutStatus;
  /**
   * Switches to `accelerator` and remembers it. When it cannot be registered, the combination in use stays in use
   * (and stays remembered); the answer says why and what is free instead.
   */
  set(accelerator: string): ShortcutStatus;
  release(): void;
}

export interface ShortcutOptions {
  globalShortcut: GlobalShortcut;
  accelerator: string;
  onPress(): void;
  remember(accelerator: string): void;
  log: Logger;
}

export function createQuickLogShortcut(options: ShortcutOptions): QuickLogShortcut {
  const { globalShortcut, accelerator, onPress, remember, log } = options;
  // Electron throws on a string it cannot parse as an accelerator; to the user it is one more that does not work.
  const register = (candidate: string, callback: () => void): boolean => {
    try {
      return globalShortcut.register(candidate, callback);
    } catch (error) {
      log.warn('not a usable shortcut', { accelerator: candidate, error });
      return false;
    }
  };

  const freeAlternatives = (...taken: string[]): string[] =>
    shortcutCandidates.filter((candidate) => {
      if (taken.includes(candidate) || !register(candidate, () => undefined)) return false;
      globalShortcut.unregister(candidate);
      return true;
    });

  const attempt = (candidate: string, inUse?: string): ShortcutStatus => {
    if (register(candidate, onPress)) return { accelerator: candidate, registered: true, suggestions: [] };
    log.warn('global shortcut is taken', { accelerator: candidate });
    const suggestions = freeAlternatives(candidate, ...(inUse ? [inUse] : []));
    return { accelerator: candidate, registered: false, suggestions };
  };

  let current = attempt(accelerator);

  return {
    status: () => current,
    set(next) {
      if (next === current.accelerator && current.registered) return current;
      const previous = current;
      if (previous.registered) globalShortcut.unregister(previous.accelerator);
      const outcome = attempt(next, previous.registered ? previous.accelerator : undefined);
      if (outcome.registered) {
        current = outcome;
        remember(next);
      } else if (previous.registered) {
        register(previous.accelerator, onPress);
      }
      return outcome;
    },
    release: () => globalShortcut.unregisterAll(),
  };
}
