// App-wide keyboard shortcuts. They all need Ctrl (Cmd on macOS), and the two that create something also need Shift,
// so none of them shadows a text-editing key (Ctrl+L, Ctrl+N and friends stay with the text field or the OS).
import { useEffect, useRef } from 'react';

export type ShortcutName = 'search' | 'logEncounter' | 'newContact' | 'askHelp';

interface ShortcutSpec {
  key: string;
  shift: boolean;
}

export const shortcuts: Record<ShortcutName, ShortcutSpec> = {
  search: { key: 'k', shift: false },
  logEncounter: { key: 'l', shift: true },
  newContact: { key: 'n', shift: true },
  /** "Wer kann helfen?" */
  askHelp: { key: 'h', shift: true },
};

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.userAgent);
}

/** As printed on the user's keyboard: "Strg+Umschalt+L" on a German one, "⌘⇧L" on a Mac. */
export function shortcutLabel(name: ShortcutName, keyNames: { ctrl: string; shift: string }): string {
  const { key, shift } = shortcuts[name];
  if (isMac()) return `⌘${shift ? '⇧' : ''}${key.toUpperCase()}`;
  return `${keyNames.ctrl}+${shift ? `${keyNames.shift}+` : ''}${key.toUpperCase()}`;
}

/** The `aria-keyshortcuts` value: both modifiers, since the platform decides which one works. */
export function ariaKeyShortcuts(name: ShortcutName): string {
  const { key, shift } = shortcuts[name];
  const keys = `${shift ? 'Shift+' : ''}${key.toUpperCase()}`;
  return `Control+${keys} Meta+${keys}`;
}

export function matchShortcut(event: KeyboardEvent): ShortcutName | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  return (Object.keys(shortcuts) as ShortcutName[]).find(
    (name) => shortcuts[name].key === key && shortcuts[name].shift === event.shiftKey,
  );
}

export function useGlobalShortcuts(handlers: Record<ShortcutName, () => void>): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const name = matchShortcut(event);
      if (!name) return;
      event.preventDefault();
      latest.current[name]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
