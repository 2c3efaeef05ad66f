// What the user can do about one person on the list: note that she asked them (a favour received, pending, with
// undo) and copy an opener from the coach that suits asking them.
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular, HandRightRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpCandidate } from '../../../../shared/help-contract';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { copyText } from '../../components/clipboard';
import { visuallyHidden } from '../../components/visually-hidden';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // "Angefragt" is news, not a greyed-out button: readable text and a green check, though it can't be clicked again.
  asked: {
    color: tokens.colorNeutralForeground2,
    ':hover': { color: tokens.colorNeutralForeground2 },
    ':hover:active': { color: tokens.colorNeutralForeground2 },
  },
  askedIcon: { color: tokens.colorPaletteGreenForeground1 },
  // "Kopiert" is on the button for the eye; the status line says it to a screen reader, and shows only a failure.
  copiedStatus: visuallyHidden,
  failedStatus: { color: tokens.colorNeutralForeground1, flexBasis: '100%' },
});

export interface HelpActionsProps {
  person: HelpCandidate;
  need: string;
  /** Asked already: noted just now on this page, or an open request the answer carries. */
  asked: boolean;
  onAsked(asked: boolean): void;
  /** The id of the person's name, which the buttons refer to: a list of rows has many "Anfrage festhalten". */
  nameId: string;
}

export function HelpActions({ person, need, asked, onAsked, nameId }: HelpActionsProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('help');
  const feedback = useFeedback('help');
  const [logging, setLogging] = useState(false);
  const [copied, setCopied] = useState<'copied' | 'failed' | undefined>();
  const name = person.name;

  const logRequest = async () => {
    setLogging(true);
    try {
      const request = await api().help.logRequest({ contactId: person.contactId, need });
      onAsked(true);
      // Undo takes the request back, as withdrawing it on the favours page would.
      feedback.showRevertible(
        (t) => t('actions.loggedToast', { name }),
        async () => {
          await api().help.settle({ id: request.id, outcome: 'withdrawn' });
          onAsked(false);
        },
      );
    } catch (error) {
      feedback.showError(error);
    } finally {
      setLogging(false);
    }
  };

  const copyOpener = async () => {
    try {
      const { text } = await api().help.opener({ contactId: person.contactId, language: i18n.language === 'en' ? 'en' : 'de' });
      setCopied((await copyText(text)) ? 'copied' : 'failed');
    } catch (error) {
      feedback.showError(error);
    }
  };

  return (
    <div className={styles.actions}>
      {/* Still focusable once asked, so the focus stays where it was and a screen reader hears the new state. */}
      <Button
        className={mergeClasses(asked && styles.asked)}
        icon={asked ? <CheckmarkRegular className={styles.askedIcon} /> : <HandRightRegular />}
        aria-describedby={nameId}
        disabledFocusable={asked || logging}
        onClick={() => void logRequest()}
      >
        {asked ? t('actions.asked') : t('actions.logRequest')}
      </Button>
      <Button
        icon={copied === 'copied' ? <CheckmarkRegular /> : <CopyRegular />}
        aria-describedby={nameId}
        onClick={() => void copyOpener()}
      >
        {copied === 'copied' ? t('actions.copied') : t('actions.copyOpener')}
      </Button>
      <Text role="status" className={copied === 'failed' ? styles.failedStatus : styles.copiedStatus}>
        {copied === 'failed' ? t('actions.copyFailed') : copied === 'copied' ? t('actions.copiedFor', { name }) : ''}
      </Text>
    </div>
  );
}
