// Every encounter, newest first, loaded page by page as the user scrolls, and virtualized so a journal of
// 100,000 entries scrolls as smoothly as one of ten.
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, NotebookRegular } from '@fluentui/react-icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../../../shared/model';
import { api } from '../../api';
import { EmptyState, PageHeader } from '../../components';
import { useInteractionDialog } from './interaction-dialog';
import { InteractionItem } from './interaction-item';
import { journalKey } from './interaction-queries';

const pageSize = 100;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', minHeight: 0, gap: tokens.spacingVerticalM },
  count: { color: tokens.colorNeutralForeground2 },
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

export function JournalPage() {
  const styles = useStyles();
  const { t } = useTranslation('journal');
  const dialog = useInteractionDialog();
  const journal = useInfiniteQuery({
    queryKey: journalKey,
    queryFn: ({ pageParam }) => api().interactions.list({ limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor,
  });

  const { items, names } = useMemo(() => {
    const pages = journal.data?.pages ?? [];
    return {
      items: pages.flatMap((page) => page.items),
      names: Object.assign({}, ...pages.map((page) => page.names)) as Record<string, string>,
    };
  }, [journal.data]);
  const total = journal.data?.pages[0]?.total ?? 0;

  const logButton = (label: string) => (
    <Button appearance="primary" icon={<AddRegular />} onClick={() => dialog.open()}>
      {label}
    </Button>
  );

  if (journal.isPending) return <Spinner label={t('page.loading')} />;

  if (items.length === 0) {
    return (
      <div className={styles.page}>
        <PageHeader title={t('page.title')} />
        <EmptyState icon={<NotebookRegular />} title={t('page.emptyTitle')} text={t('page.emptyText')} action={logButton(t('page.firstLog'))} />
      </div>
    );
  }

  return (
    <div className={styles.page}>
      <PageHeader title={t('page.title')} description={t('page.description')} actions={logButton(t('page.log'))} />
      <Text className={styles.count}>{t('page.count', { count: total })}</Text>
      <JournalList
        items={items}
        names={names}
        hasMore={journal.hasNextPage}
        loadingMore={journal.isFetchingNextPage}
        loadMore={() => void journal.fetchNextPage()}
      />
    </div>
  );
}

interface JournalListProps {
  items: Interaction[];
  names: Record<string, string>;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore(): void;
}

function JournalList({ items, names, hasMore, loadingMore, loadMore }: JournalListProps) {
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
    if (hasMore && !loadingMore && lastIndex >= items.length - 10) loadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, loadMore]);

  return (
    <div ref={scrollerRef} className={styles.scroller}>
      <ul aria-label={t('page.listLabel')} className={styles.list} style={{ height: `${virtualizer.getTotalSize()}px` }}>
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
              <InteractionItem interaction={interaction} names={names} headingLevel="h2" />
            </li>
          );
        })}
      </ul>
      {loadingMore ? <Spinner size="tiny" label={t('page.loadingMore')} /> : null}
    </div>
  );
}
