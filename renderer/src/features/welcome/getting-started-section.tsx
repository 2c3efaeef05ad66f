// "Erste Schritte" in Settings: the way back to the welcome page once it is closed, and the sample data.
import { Link } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { routeToHash } from '../../app/navigation';
import { SampleDataActions } from './sample-data-actions';
import { SettingsSection } from '../settings/settings-section';

export function GettingStartedSection() {
  const { t } = useTranslation('welcome');
  return (
    <SettingsSection id="settings-getting-started" title={t('settings.title')} help={t('settings.help')}>
      <Link href={routeToHash({ name: 'welcome' })}>{t('settings.open')}</Link>
      <div>
        <SampleDataActions />
      </div>
    </SettingsSection>
  );
}
