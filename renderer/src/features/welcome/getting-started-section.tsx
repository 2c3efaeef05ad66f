// "Erste Schritte" in Settings: the way back to the welcome page once it is closed, and the sample data.
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { routeToHash } from '../../app/navigation';
import { SampleDataActions } from './sample-data-actions';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '& h2, & p': { margin: 0 } },
  help: { color: tokens.colorNeutralForeground2 },
});

export function GettingStartedSection() {
  const styles = useStyles();
  const { t } = useTranslation('welcome');
  return (
    <section className={styles.section} aria-labelledby="settings-getting-started">
      <Text as="h2" id="settings-getting-started" size={500} weight="semibold">
        {t('settings.title')}
      </Text>
      <Text as="p" className={styles.help}>
        {t('settings.help')}
      </Text>
      <Link href={routeToHash({ name: 'welcome' })}>{t('settings.open')}</Link>
      <div>
        <SampleDataActions />
      </div>
    </section>
  );
}
