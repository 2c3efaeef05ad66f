// The two buttons a person's card offers on the keep-in-touch and favours lists: log an encounter with them (under a
// label that fits the list), or open their page.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../app/navigation';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function ContactActions(props: {
  contactId: string;
  logLabel: string;
  logIcon: ReactElement;
  describedBy: string;
  /** Opens the interaction dialog for the person (the journal feature's, handed in to keep components feature-free). */
  onLog(): void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  return (
    <div className={styles.actions}>
      <Button
        appearance="primary"
        icon={props.logIcon}
        aria-describedby={props.describedBy}
        onClick={props.onLog}
      >
        {props.logLabel}
      </Button>
      <Button
        icon={<PersonRegular />}
        aria-describedby={props.describedBy}
        onClick={() => navigate({ name: 'contact', id: props.contactId })}
      >
        {t('actions.openContact')}
      </Button>
    </div>
  );
}
