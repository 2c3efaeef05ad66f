// While sample data is in the journal, every page says so and offers to take it out: made-up people among real ones
// must never be mistaken for them.
import { MessageBar, MessageBarActions, MessageBarBody, Button } from '@fluentui/react-components';
import { BeakerDismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { useRemoveSampleData, useSampleDataStatus } from './sample-data-queries';

export function SampleDataBanner() {
  const { t } = useTranslation('welcome');
  const status = useSampleDataStatus();
  const remove = useRemoveSampleData();
  const { route } = useNavigation();
  // The welcome page and Settings have the same button in their own words.
  if (!status.data?.present || route.name === 'welcome' || route.name === 'settings') return null;
  return (
    <MessageBar intent="info" layout="singleline">
      <MessageBarBody>
        {status.data.contacts > 0 ? t('sample.present', { count: status.data.contacts }) : t('sample.presentNoContacts')}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" icon={<BeakerDismissRegular />} disabled={remove.isPending} onClick={() => remove.mutate()}>
          {t('sample.remove')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
