// The contacts as a virtualized list under a row of column names: only the visible rows exist, however many thousand
// people the network holds. Arrow keys, Page Up/Down, Home and End move between rows; Enter opens one.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/model';
import type { ContactOverview } from '../../../../shared/views';
import { rowHeight, useColumnStyles } from './contact-list-columns';
import { ContactListRow } from './contact-list-row';

const useStyles = makeStyles({
  frame: {
    display: 'flex',
    flexDirection: 'column',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
  },
  // The header and the list reserve the same room for a scroll bar, so the columns stay in line.
  header: {
    overflow: 'hidden',
    scrollbarGutter: 'stable',
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  scroller: {
    overflowY: 'auto',
    scrollbarGutter: 'stable',
    // The list scrolls inside itself, so only the visible rows exist whatever the page around it does; the height
    // leaves room for the header and the two rows of controls above it.
    maxHeight: 'calc(100vh - 330px)',
    minHeight: '200px',
  },
  list: { position: 'relative', listStyle: 'none', margin: 0, padding: 0, width: '100%' },
  item: { position: 'absolute', top: 0, left: 0, width: '100%' },
});

export interface ContactListViewProps {
  contacts: readonly Contact[];
  overviews: ReadonlyMap<string, ContactOverview> | undefined;
  onOpen(id: string): void;
}

export function ContactListView({ contacts, overviews, onOpen }: ContactListViewProps) {
  const styles = useStyles();
  const columns = useColumnStyles();
  const { t } = useTranslation('contacts');
  const scrollerRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => contacts[index]?.id ?? index,
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(contacts.length - 1, index));
    virtualizer.scrollToIndex(target);
    // The row may only exist after the virtualizer has rendered it.
    requestAnimationFrame(() => {
      scrollerRef.current?.querySelector<HTMLButtonElement>(`[data-index="${target}"] button`)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const current = Number((event.target as HTMLElement).closest('li')?.dataset.index ?? -1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: contacts.length - 1,
      PageDown: current + 8,
      PageUp: current - 8,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div className={styles.frame}>
      {/* For the eye only: each row says what its values are to a screen reader itself. */}
      <div className={mergeClasses(columns.columns, styles.header)} aria-hidden="true">
        <span className={columns.avatar} />
        <span className={mergeClasses(columns.name, columns.line)}>{t('list.columns.name')}</span>
        <span className={mergeClasses(columns.lastContact, columns.line)}>{t('list.columns.lastContact')}</span>
        <span className={mergeClasses(columns.occasion, columns.line)}>{t('list.columns.nextOccasion')}</span>
        <span className={columns.badges} />
      </div>
      <div ref={scrollerRef} className={styles.scroller}>
        <ul
          aria-label={t('list.listLabel')}
          className={styles.list}
          style={{ height: `${virtualizer.getTotalSize()}px` }}
          onKeyDown={onKeyDown}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const contact = contacts[item.index];
            if (!contact) return null;
            return (
              <li
                key={item.key}
                data-index={item.index}
                aria-setsize={contacts.length}
                aria-posinset={item.index + 1}
                className={styles.item}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <ContactListRow contact={contact} overview={overviews?.get(contact.id)} onOpen={onOpen} />
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
