// Where the keyboard goes once a row's action has taken the row away: to the row now in its place (or the last one),
// so Tab and Enter go on from there; when the card itself goes, to the page's heading, never into the void of <body>.
import { useCallback, useEffect, useRef } from 'react';

/** Marks the element of a row that takes the focus when the row moves up into the place of one that went. */
export const rowFocusAttribute = 'data-row-focus';

function focusPageTitle() {
  document.querySelector<HTMLElement>('[data-page-title]')?.focus();
}

export function useFocusAfterAction(keys: readonly string[]) {
  const containerRef = useRef<HTMLDivElement>(null);
  const acted = useRef<{ key: string; index: number } | null>(null);
  const keyList = keys.join('|');
  useEffect(() => {
    const last = acted.current;
    if (!last || keyList.split('|').includes(last.key)) return;
    acted.current = null;
    const targets = containerRef.current?.querySelectorAll<HTMLElement>(`[${rowFocusAttribute}]`) ?? [];
    const next = targets[Math.min(last.index, targets.length - 1)];
    if (next) next.focus();
    else focusPageTitle();
  }, [keyList]);
  // The card is hidden once its last row went: the heading of the page takes the focus instead.
  useEffect(
    () => () => {
      if (acted.current) focusPageTitle();
    },
    [],
  );
  /** Called as the action starts, since the row may be gone before its answer is handled. */
  const actedOn = useCallback((key: string) => {
    acted.current = { key, index: keyList.split('|').indexOf(key) };
  }, [keyList]);
  /** The action failed: the row stays, and so does the focus. */
  const forget = useCallback(() => {
    acted.current = null;
  }, []);
  return { containerRef, actedOn, forget };
}
