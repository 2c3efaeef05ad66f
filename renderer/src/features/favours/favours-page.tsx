// Favours received and not yet returned: a gentle nudge towards give and take. Above them the favours the user asked
// for ("Wer kann helfen?") and that have not happened yet, to settle once someone has helped.
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
import { describeFavour } from './describe-favour';
import { useHelpRequests } from './help-requests-queries';
import { RequestsSection } from './requests-section';

export function useOpenFavours() {
  return useQuery({ queryKey: derivedQueryKeys.openFavours, queryFn: () => api().favours.open() });
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
  what: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12rem', gap: tokens.spacingVerticalXXS },
  name: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  sectionHeading: { display: 'block', margin: 0, marginBottom: tokens.spacingVerticalS },
});

export function FavoursPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const favours = useOpenFavours();
  const requests = useHelpRequests();
  // With requests above, the open favours get a heading of their own, and the people in both lists are one level down.
  const withRequests = requests.pending.length > 0;
  return (
    <>
      <PageHeader title={t('favours.title')} description={t('favours.description')} />
      {withRequests ? <RequestsSection requests={requests.pending} /> : null}
      {withRequests && favours.data && favours.data.length > 0 ? (
        <Text as="h2" size={500} weight="semibold" className={styles.sectionHeading}>
          {t('favours.listLabel')}
        </Text>
      ) : null}
      {favours.isPending ? (
        <Spinner label={t('app.loading')} />
      ) : favours.isError ? (
        <Text role="alert">{t('app.loadFailed')}</Text>
      ) : favours.data.length === 0 ? (
        <EmptyState icon={<HandshakeRegular />} title={t('favours.empty.title')} text={t('favours.empty.text')} />
      ) : (
        <FavoursList favours={favours.data} headingLevel={withRequests ? 'h3' : 'h2'} />
      )}
    </>
  );
}

// Thousands of favours can be open in a large journal, so only those in view are rendered.
function FavoursList({ favours, headingLevel }: { favours: OpenFavour[]; headingLevel: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  return (
    <VirtualCardList
      label={t('favours.listLabel')}
      items={favours}
      getKey={(favour) => favour.interaction.id}
      // A card of three lines and the gap below it.
      estimateSize={98}
      renderItem={(favour) => <FavourItem favour={favour} headingLevel={headingLevel} />}
    />
  );
}

// Memoized: the list re-renders on every scroll step, a favour already on screen need not.
const FavourItem = memo(function FavourItem({ favour, headingLevel }: { favour: OpenFavour; headingLevel: 'h2' | 'h3' }) {
  const styles = useStyles();
  const interactionDialog = useInteractionDialog();
  const { t, i18n } = useTranslation();
  const nameId = useId('name');
  const what = describeFavour(favour.interaction);
  return (
    <Card>
      <div className={styles.row}>
        <PersonAvatar name={favour.name} contactId={favour.contactId} size={40} />
        <div className={styles.what}>
          <Text as={headingLevel} id={nameId} weight="semibold" size={400} className={styles.name}>
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
