// A long list of encounters, virtualized: only the visible entries exist in the page, so a journal or a timeline of
// years scrolls as easily as one of a week.
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../../../shared/model';
import { InteractionItem } from './interaction-item';

// The virtualizer re-renders the list on every scroll event and on every row it measures; an entry that has not
// changed keeps its rendering, so a scroll step costs only the rows it brings on screen.
const Item = memo(InteractionItem);

const useStyles = makeStyles({
  scroller: {
    overflowY: 'auto',
    // The list scrolls inside itself, so only the visible entries exist whatever the page around it does.
    maxHeight: 'calc(100vh - 200px)',
    minHeight: '240px',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  list: { position: 'relative', listStyle: 'none', margin: 0, padding: 0, width: '100%' },
  item: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

interface InteractionListProps {
  /** The list's accessible name. */
  label: string;
  items: Interaction[];
  names: Record<string, string>;
  hasMore?: boolean;
  loadingMore?: boolean;
  loadMore?(): void;
  /** On a contact's page: the contact the list belongs to, left out of each entry's "with". */
  currentContactId?: string;
  headingLevel?: 'h2' | 'h3';
}

export function InteractionList({
  label,
  items,
  names,
  hasMore = false,
  loadingMore = false,
  loadMore,
  currentContactId,
  headingLevel = 'h2',
}: InteractionListProps) {
  const styles = useStyles();
  const { t } = useTranslation('journal');
  const scrollerRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => 110,
    overscan: 6,
    getItemKey: (index) => items[index]?.id ?? index,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems[virtualItems.length - 1]?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && loadMore && lastIndex >= items.length - 10) loadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, loadMore]);

  return (
    <div ref={scrollerRef} className={styles.scroller}>
      <ul aria-label={label} className={styles.list} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualItems.map((row) => {
          const interaction = items[row.index];
          if (!interaction) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className={styles.item}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <Item
                interaction={interaction}
                names={names}
                headingLevel={headingLevel}
                {...(currentContactId ? { currentContactId } : {})}
              />
            </li>
          );
        })}
      </ul>
      {loadingMore ? <Spinner size="tiny" label={t('page.loadingMore')} /> : null}
    </div>
  );
}
