// Every encounter, newest first, loaded page by page as the user scrolls, and virtualized so a journal of
// 100,000 entries scrolls as smoothly as one of ten.
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, NotebookRegular } from '@fluentui/react-icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { EmptyState, PageHeader } from '../../components';
import { useInteractionDialog } from './interaction-dialog';
import { InteractionList } from './interaction-list';
import { journalKey } from './interaction-queries';

const pageSize = 100;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', minHeight: 0, gap: tokens.spacingVerticalM },
  count: { color: tokens.colorNeutralForeground2 },
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
      <InteractionList
        label={t('page.listLabel')}
        items={items}
        names={names}
        hasMore={journal.hasNextPage}
        loadingMore={journal.isFetchingNextPage}
        loadMore={() => void journal.fetchNextPage()}
      />
    </div>
  );
}
