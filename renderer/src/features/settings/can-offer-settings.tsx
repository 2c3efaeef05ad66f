// "Was ich anbieten kann": what the user can do for others, the other side of "Wer kann helfen?". Kept as a list of
// short entries, each saved as soon as it is added or removed.
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/model';
import { useUpdateSettings } from '../../app/settings';
import { useHelpSuggestions } from '../../components/help-suggestions';
import { ListInput } from '../contacts/list-input';
import { SettingsSection } from './settings-section';

export function CanOfferSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation('help');
  const update = useUpdateSettings();
  const suggestions = useHelpSuggestions();
  return (
    <SettingsSection id="settings-can-offer" title={t('canOffer.title')} help={t('canOffer.help')}>
      <ListInput
        name="canOffer"
        label={t('canOffer.label')}
        hint={t('canOffer.hint')}
        placeholder={t('canOffer.placeholder')}
        values={settings.canOffer ?? []}
        suggestions={suggestions}
        onChange={(canOffer) => update.mutate({ canOffer })}
      />
    </SettingsSection>
  );
}
