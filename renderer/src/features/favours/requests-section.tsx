// "Angefragt": the favours the user asked someone for and that have not happened yet. Once the person has helped,
// one click turns the request into a favour received (and so into the open favours below); a request no longer
// needed is withdrawn, with Undo.
import { Button, Card, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { PersonAvatar, formatDate } from '../../components';
import { describeFavour } from './describe-favour';
import { useRefreshAfterSettling, type PendingRequest } from './help-requests-queries';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalXL },
  // Fluent's Text is inline; heading and intro each take a line of their own.
  heading: { display: 'block', margin: 0 },
  intro: { display: 'block', margin: 0, marginBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
  what: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12rem', gap: tokens.spacingVerticalXXS },
  name: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function RequestsSection({ requests }: { requests: PendingRequest[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId('requests');
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {t('favours.requests.title')}
      </Text>
      <Text as="p" className={styles.intro}>
        {t('favours.requests.description')}
      </Text>
      <ul className={styles.list} aria-labelledby={headingId}>
        {requests.map((request) => (
          <li key={request.interaction.id}>
            <RequestItem request={request} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestItem({ request }: { request: PendingRequest }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const feedback = useFeedback();
  const refresh = useRefreshAfterSettling();
  const nameId = useId('name');
  const [busy, setBusy] = useState(false);
  const { interaction, contactId, name } = request;

  const settle = async (outcome: 'helped' | 'withdrawn') => {
    setBusy(true);
    try {
      const result = await api().help.settle({ id: interaction.id, outcome });
      await refresh();
      if ('undoToken' in result) feedback.showUndo((t) => t('favours.requests.withdrawnToast', { name }), result.undoToken);
      else feedback.showSuccess((t) => t('favours.requests.helpedToast', { name }));
    } catch (error) {
      feedback.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <div className={styles.row}>
        <PersonAvatar name={name} contactId={contactId} size={40} />
        <div className={styles.what}>
          <Text as="h3" id={nameId} weight="semibold" size={400} className={styles.name}>
            {name}
          </Text>
          <Text>{describeFavour(interaction)}</Text>
          <Text className={styles.meta}>{t('favours.requests.askedOn', { date: formatDate(interaction.date, i18n.language) })}</Text>
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" icon={<CheckmarkRegular />} aria-describedby={nameId} disabled={busy} onClick={() => void settle('helped')}>
            {t('favours.requests.helped')}
          </Button>
          <Button icon={<DismissRegular />} aria-describedby={nameId} disabled={busy} onClick={() => void settle('withdrawn')}>
            {t('favours.requests.withdraw')}
          </Button>
        </div>
      </div>
    </Card>
  );
}
