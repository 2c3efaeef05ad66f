// A long list of cards, virtualized like the journal's: only the cards in view (and a few either side) exist in the
// page, so thousands of them open and scroll like ten. The list scrolls inside itself below the page's header.
import { makeStyles, tokens } from '@fluentui/react-components';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef, useState, type FocusEvent, type ReactNode } from 'react';

/** Room around the cards for their shadows, which the scroller would otherwise clip. */
const shadowRoom = 4;

const useStyles = makeStyles({
  scroller: {
    overflowY: 'auto',
    // The page's top bar, its padding and a one-line page header take about 165px; the rest is the list's, so the
    // page itself does not scroll as well.
    maxHeight: 'calc(100vh - 180px)',
    minHeight: '240px',
    // The room for the shadows: above and below it reaches into the page's padding; at the sides it stays inside the
    // page's width (a list wider than its page would stick out of it), so the cards sit a few pixels in.
    marginBlock: `-${shadowRoom}px`,
    paddingInline: `${shadowRoom}px`,
  },
  list: { position: 'relative', listStyle: 'none', margin: 0, padding: 0, width: '100%' },
  item: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    boxSizing: 'border-box',
    // The space between the cards, inside each row so that measuring a row takes it in.
    paddingBottom: tokens.spacingVerticalS,
  },
});

export interface VirtualCardListProps<T> {
  /** The list's accessible name. */
  label: string;
  items: readonly T[];
  getKey(item: T): string;
  /** A typical row's height in pixels, used until the row has been measured. */
  estimateSize: number;
  /** One row's content. Hand in a memoized component: the list re-renders on every scroll step. */
  renderItem(item: T): ReactNode;
  /** Data attributes for a row's `li`, e.g. its status. */
  rowData?(item: T): Record<`data-${string}`, string>;
}

export function VirtualCardList<T>({ label, items, getKey, estimateSize, renderItem, rowData }: VirtualCardListProps<T>) {
  const styles = useStyles();
  const scrollerRef = useRef<HTMLDivElement>(null);
  // The row holding focus stays in the page with its neighbours even when scrolled out of view: focus does not fall
  // back to the page, and Tab and Shift+Tab still go on to the next and previous rows, as in a list without windowing.
  const [focusedIndex, setFocusedIndex] = useState<number>();
  const rangeExtractor = useCallback(
    (range: Range) => withRowsAround(defaultRangeExtractor(range), focusedIndex, range.count),
    [focusedIndex],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => estimateSize,
    overscan: 6,
    paddingStart: shadowRoom,
    paddingEnd: shadowRoom,
    rangeExtractor,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : getKey(item);
    },
  });

  const noteFocusedRow = (event: FocusEvent<HTMLUListElement>) => {
    const index = Number(event.target.closest<HTMLElement>('[data-index]')?.dataset.index);
    if (Number.isInteger(index)) setFocusedIndex(index);
  };

  return (
    <div ref={scrollerRef} className={styles.scroller}>
      <ul
        aria-label={label}
        className={styles.list}
        style={{ height: `${virtualizer.getTotalSize()}px` }}
        onFocus={noteFocusedRow}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <li
              key={row.key}
              {...rowData?.(item)}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className={styles.item}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {renderItem(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The rows to render: those in view, plus the focused row and the rows either side of it. */
function withRowsAround(inView: number[], focusedIndex: number | undefined, count: number): number[] {
  if (focusedIndex === undefined) return inView;
  const around = [focusedIndex - 1, focusedIndex, focusedIndex + 1].filter((index) => index >= 0 && index < count);
  return [...new Set([...inView, ...around])].sort((a, b) => a - b);
}
