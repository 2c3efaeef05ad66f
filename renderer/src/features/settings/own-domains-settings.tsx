// "Eigene E-Mail-Domains": the user's company domains, which make a contact intern or extern. Typed as the user
// knows them (`firma.de`, `@firma.de`, even a whole address), checked and kept in lower case; saved at once.
import { useTranslation } from 'react-i18next';
import { normaliseDomain } from '../../../../shared/email-domains';
import type { Settings } from '../../../../shared/model';
import { useUpdateSettings } from '../../app/settings';
import { EntryListEditor } from '../../components/entry-list-editor';
import { SettingsSection } from './settings-section';

export function OwnDomainsField({ settings }: { settings: Settings }) {
  const { t } = useTranslation('welcome');
  const update = useUpdateSettings();
  const domains = settings.ownEmailDomains;
  return (
    <EntryListEditor
      entries={domains}
      texts={{
        label: t('ownDomains.input'),
        placeholder: t('ownDomains.placeholder'),
        add: t('ownDomains.add'),
        list: t('ownDomains.list'),
        empty: t('ownDomains.empty'),
        remove: (domain) => t('ownDomains.remove', { domain }),
      }}
      accept={(text) => {
        const domain = normaliseDomain(text);
        if (!domain) return { error: t('ownDomains.invalid', { value: text.trim() }) };
        if (domains.includes(domain)) return { error: t('ownDomains.duplicate', { domain }) };
        return { entry: domain };
      }}
      onChange={(ownEmailDomains) => update.mutate({ ownEmailDomains })}
    />
  );
}

/** The Settings section around the field. */
export function OwnDomainsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation('welcome');
  return (
    <SettingsSection id="settings-own-domains" title={t('ownDomains.label')} help={t('ownDomains.help')}>
      <OwnDomainsField settings={settings} />
    </SettingsSection>
  );
}
