// Favours received and not yet returned: a gentle nudge towards give and take.
import { Card, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { GiftRegular, HandshakeRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenFavour } from '../../../../shared/views';
import { api } from '../../api';
import { derivedQueryKeys } from '../../app/query';
import { ContactActions, EmptyState, PageHeader, PersonAvatar, VirtualCardList, formatDate } from '../../components';
import { useInteractionDialog } from '../journal';

export function useOpenFavours() {
  return useQuery({ queryKey: derivedQueryKeys.openFavours, queryFn: () => api().favours.open() });
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
  what: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12rem', gap: tokens.spacingVerticalXXS },
  name: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
});

export function FavoursPage() {
  const { t } = useTranslation();
  const favours = useOpenFavours();
  return (
    <>
      <PageHeader title={t('favours.title')} description={t('favours.description')} />
      {favours.isPending ? (
        <Spinner label={t('app.loading')} />
      ) : favours.isError ? (
        <Text role="alert">{t('app.loadFailed')}</Text>
      ) : favours.data.length === 0 ? (
        <EmptyState icon={<HandshakeRegular />} title={t('favours.empty.title')} text={t('favours.empty.text')} />
      ) : (
        <FavoursList favours={favours.data} />
      )}
    </>
  );
}

// Thousands of favours can be open in a large journal, so only those in view are rendered.
function FavoursList({ favours }: { favours: OpenFavour[] }) {
  const { t } = useTranslation();
  return (
    <VirtualCardList
      label={t('favours.listLabel')}
      items={favours}
      getKey={(favour) => favour.interaction.id}
      // A card of three lines and the gap below it.
      estimateSize={98}
      renderItem={(favour) => <FavourItem favour={favour} />}
    />
  );
}

/** The favour in a few words: the note's first line, else its topics, else its place. */
function describeFavour(favour: OpenFavour): string {
  const { note, topics, place } = favour.interaction;
  const firstLine = note.split('\n').find((line) => line.trim().length > 0)?.trim();
  return firstLine ?? (topics.length > 0 ? topics.join(', ') : place);
}

// Memoized: the list re-renders on every scroll step, a favour already on screen need not.
const FavourItem = memo(function FavourItem({ favour }: { favour: OpenFavour }) {
  const styles = useStyles();
  const interactionDialog = useInteractionDialog();
  const { t, i18n } = useTranslation();
  const nameId = useId('name');
  const what = describeFavour(favour);
  return (
    <Card>
      <div className={styles.row}>
        <PersonAvatar name={favour.name} contactId={favour.contactId} size={40} />
        <div className={styles.what}>
          <Text as="h2" id={nameId} weight="semibold" size={400} className={styles.name}>
            {favour.name}
          </Text>
          <Text>{what || t('favours.withoutNote')}</Text>
          <Text className={styles.meta}>
            {t('favours.receivedOn', { date: formatDate(favour.interaction.date, i18n.language) })}
          </Text>
        </div>
        <ContactActions contactId={favour.contactId} logLabel={t('actions.returnFavour')} logIcon={<GiftRegular />} describedBy={nameId}
          onLog={() => interactionDialog.open({ contactIds: [favour.contactId] })}
        />
      </div>
    </Card>
  );
});
