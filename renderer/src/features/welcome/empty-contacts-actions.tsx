// The empty contact list's ways in: the first contact by hand, the address book from Outlook or Google, or the
// sample data to look around with first.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowImportRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { SampleDataActions } from './sample-data-actions';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: tokens.spacingHorizontalM },
});

export function EmptyContactsActions({ newContactButton }: { newContactButton: ReactNode }) {
  const styles = useStyles();
  const { t } = useTranslation('welcome');
  const { navigate } = useNavigation();
  return (
    <div className={styles.root}>
      {newContactButton}
      <Button icon={<ArrowImportRegular />} onClick={() => navigate({ name: 'data' })}>
        {t('emptyContacts.import')}
      </Button>
      <SampleDataActions />
    </div>
  );
}
