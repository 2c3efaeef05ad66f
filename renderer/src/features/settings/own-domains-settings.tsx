// "Eigene E-Mail-Domains": the user's company domains, which make a contact intern or extern. Typed as the user
// knows them (`firma.de`, `@firma.de`, even a whole address), checked and kept in lower case; saved at once.
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseDomain } from '../../../../shared/email-domains';
import type { Settings } from '../../../../shared/model';
import { useUpdateSettings } from '../../app/settings';
import { SettingsSection } from './settings-section';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'start', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  field: { flex: '1 1 12rem', maxWidth: '20rem' },
  // The button lines up with the input below the field's label.
  addButton: { marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  domain: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  help: { color: tokens.colorNeutralForeground2 },
});

export function OwnDomainsField({ settings }: { settings: Settings }) {
  const styles = useStyles();
  const { t } = useTranslation('welcome');
  const update = useUpdateSettings();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const domains = settings.ownEmailDomains;

  const add = () => {
    if (text.trim() === '') return;
    const domain = normaliseDomain(text);
    if (!domain) return setError(t('ownDomains.invalid', { value: text.trim() }));
    if (domains.includes(domain)) return setError(t('ownDomains.duplicate', { domain }));
    setError(undefined);
    setText('');
    update.mutate({ ownEmailDomains: [...domains, domain] });
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field className={styles.field} label={t('ownDomains.input')} validationState={error ? 'error' : 'none'} validationMessage={error}>
          <Input
            value={text}
            placeholder={t('ownDomains.placeholder')}
            onChange={(_event, data) => {
              setText(data.value);
              setError(undefined);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add();
            }}
          />
        </Field>
        <Button className={styles.addButton} icon={<AddRegular />} disabled={text.trim() === ''} onClick={add}>
          {t('ownDomains.add')}
        </Button>
      </div>
      {domains.length === 0 ? (
        <Text className={styles.help}>{t('ownDomains.empty')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('ownDomains.list')}>
          {domains.map((domain) => (
            <li key={domain} className={styles.domain}>
              <Text>{domain}</Text>
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissRegular />}
                aria-label={t('ownDomains.remove', { domain })}
                title={t('ownDomains.remove', { domain })}
                onClick={() => update.mutate({ ownEmailDomains: domains.filter((other) => other !== domain) })}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
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
