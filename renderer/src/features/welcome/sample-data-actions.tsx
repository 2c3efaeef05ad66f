// "Mit Beispieldaten ausprobieren" while there are none, "Beispieldaten entfernen" while there are: the same button
// pair on the welcome page and in the empty contact list.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { BeakerRegular, BeakerDismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useAddSampleData, useRemoveSampleData, useSampleDataStatus } from './sample-data-queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  note: { color: tokens.colorNeutralForeground2 },
});

export function SampleDataActions({ onAdded, appearance = 'secondary' }: { onAdded?: () => void; appearance?: 'primary' | 'secondary' }) {
  const styles = useStyles();
  const { t } = useTranslation('welcome');
  const status = useSampleDataStatus();
  const add = useAddSampleData(onAdded);
  const remove = useRemoveSampleData();
  if (status.isPending) return null;
  if (status.data?.present) {
    return (
      <div className={styles.root}>
        <Text className={styles.note}>
          {status.data.contacts > 0 ? t('sample.present', { count: status.data.contacts }) : t('sample.presentNoContacts')}
        </Text>
        <Button icon={<BeakerDismissRegular />} disabled={remove.isPending} onClick={() => remove.mutate()}>
          {t('sample.remove')}
        </Button>
      </div>
    );
  }
  return (
    <Button appearance={appearance} icon={<BeakerRegular />} disabled={add.isPending} onClick={() => add.mutate()}>
      {t('sample.add')}
    </Button>
  );
}
