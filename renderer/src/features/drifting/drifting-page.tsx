// People the user has not met for longer than their cadence: yellow when due, red when overdue, always said in words
// too, because colour alone reaches neither screen readers nor everyone's eyes.
import { Badge, Card, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ClockAlarmRegular, PeopleCheckmarkRegular, WarningFilled, ClockFilled } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriftingEntry } from '../../../../shared/views';
import { api } from '../../api';
import { derivedQueryKeys } from '../../app/query';
import { ContactActions, EmptyState, PageHeader, PersonAvatar, VirtualCardList, formatDate } from '../../components';
import { useInteractionDialog } from '../journal';

export function useDrifting() {
  return useQuery({ queryKey: derivedQueryKeys.drifting, queryFn: () => api().keepInTouch.drifting() });
}

const useStyles = makeStyles({
  // A stripe drawn as an inset shadow: the Card's own border styles would win over a border colour.
  due: { boxShadow: `inset 4px 0 0 ${tokens.colorPaletteYellowBorderActive}, ${tokens.shadow4}` },
  overdue: { boxShadow: `inset 4px 0 0 ${tokens.colorPaletteRedBorderActive}, ${tokens.shadow4}` },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12rem', gap: tokens.spacingVerticalXXS },
  name: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
});

export function DriftingPage() {
  const { t } = useTranslation();
  const drifting = useDrifting();
  return (
    <>
      <PageHeader title={t('drifting.title')} description={t('drifting.description')} />
      {drifting.isPending ? (
        <Spinner label={t('app.loading')} />
      ) : drifting.isError ? (
        <Text role="alert">{t('app.loadFailed')}</Text>
      ) : drifting.data.length === 0 ? (
        <EmptyState
          icon={<PeopleCheckmarkRegular />}
          title={t('drifting.empty.title')}
          text={t('drifting.empty.text')}
        />
      ) : (
        <DriftingList entries={drifting.data} />
      )}
    </>
  );
}

// A large journal can have thousands of people drifting, so only those in view are rendered.
function DriftingList({ entries }: { entries: DriftingEntry[] }) {
  const { t } = useTranslation();
  return (
    <VirtualCardList
      label={t('drifting.listLabel')}
      items={entries}
      getKey={(entry) => entry.contactId}
      // A card whose buttons wrap below the name, as they do in a window of common width, and the gap below it.
      estimateSize={146}
      renderItem={(entry) => <DriftingItem entry={entry} />}
      rowData={(entry) => ({ 'data-status': entry.status })}
    />
  );
}

// Memoized: the list re-renders on every scroll step, a person already on screen need not.
const DriftingItem = memo(function DriftingItem({ entry }: { entry: DriftingEntry }) {
  const styles = useStyles();
  const interactionDialog = useInteractionDialog();
  const { t, i18n } = useTranslation();
  const nameId = useId('name');
  const overdue = entry.status === 'overdue';
  const cadence =
    entry.cadenceDays === undefined
      ? undefined
      : [
          t('drifting.cadence', { count: entry.cadenceDays }),
          entry.cadenceSource?.kind === 'tag' ? t('drifting.cadenceFromTag', { tag: entry.cadenceSource.tag }) : '',
        ]
          .filter(Boolean)
          .join(' ');
  return (
    <Card className={overdue ? styles.overdue : styles.due}>
      <div className={styles.row}>
        <PersonAvatar name={entry.name} contactId={entry.contactId} size={40} />
        <div className={styles.who}>
          <Text as="h2" id={nameId} weight="semibold" size={400} className={styles.name}>
            {entry.name}
          </Text>
          {entry.organisation ? <Text className={styles.meta}>{entry.organisation}</Text> : null}
          <Text className={styles.meta}>
            {t('drifting.lastContact', { date: formatDate(entry.lastContactOn, i18n.language) })}
            {cadence ? ` · ${cadence}` : ''}
          </Text>
        </div>
        <Badge
          appearance={overdue ? 'filled' : 'tint'}
          color={overdue ? 'danger' : 'warning'}
          icon={overdue ? <WarningFilled /> : <ClockFilled />}
          size="large"
        >
          {t(overdue ? 'drifting.status.overdue' : 'drifting.status.due')}
        </Badge>
        <Text weight="semibold">
          {entry.daysOverdue === 0 ? t('drifting.dueToday') : t('drifting.daysOverdue', { count: entry.daysOverdue })}
        </Text>
        <ContactActions contactId={entry.contactId} logLabel={t('actions.logEncounter')} logIcon={<ClockAlarmRegular />} describedBy={nameId}
          onLog={() => interactionDialog.open({ contactIds: [entry.contactId] })}
        />
      </div>
    </Card>
  );
});
