// Language, theme, keep-in-touch cadences per tag, reminders, the quick-log shortcut, start at login and where the
// data lives. Every change is saved and applied at once: there is no "Save" button to forget.
import {
  Button,
  Combobox,
  Field,
  Input,
  Link,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  SpinButton,
  Text,
  makeStyles,
  tokens,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/model';
import { languages, themes } from '../../../../shared/model';
import { api } from '../../api';
import { routeToHash } from '../../app/navigation';
import { derivedQueryKeys } from '../../app/query';
import { useAppStatus, useSettings, useUpdateSettings } from '../../app/settings';
import { PageHeader } from '../../components';
import { DesktopOnlySection, QuickLogShortcutSection, StartAtLoginSection } from './desktop-settings';
import { useShellKind } from '../../app/desktop';
import { OverdueDaysField, RemindersSection } from './reminder-settings';
import { GettingStartedSection } from '../welcome';
import { AddressFormField } from './address-form-field';
import { CalendarSection } from './calendar-settings';
import { CanOfferSection } from './can-offer-settings';
import { DefaultCadenceField } from './default-cadence-field';
import { OwnDomainsSection } from './own-domains-settings';
import { RetentionSection } from './retention-settings';
import { PrivacySection } from './privacy-settings';
import { SettingsSection } from './settings-section';

const useStyles = makeStyles({
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, maxWidth: '44rem' },
  cadenceList: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  cadenceRow: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  tagName: { minWidth: '10rem', flexGrow: 1, alignSelf: 'center' },
  days: { width: '8rem' },
  help: { color: tokens.colorNeutralForeground2 },
  path: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all', userSelect: 'text' },
});

/** What a SpinButton holds after a change: the stepped value, or the typed text read as a number. */
function spinValue(data: SpinButtonOnChangeData): number | undefined {
  if (typeof data.value === 'number') return data.value;
  const typed = Number((data.displayValue ?? '').replace(',', '.'));
  return Number.isFinite(typed) && (data.displayValue ?? '').trim() !== '' ? typed : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const styles = useStyles();
  const inBrowser = useShellKind() === 'browser';
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      {settings.isPending ? (
        <Spinner label={t('app.loading')} />
      ) : settings.isError ? (
        <Text role="alert">{t('app.loadFailed')}</Text>
      ) : (
        <div className={styles.sections}>
          <AppearanceSection settings={settings.data} />
          <OwnDomainsSection settings={settings.data} />
          <KeepInTouchSection settings={settings.data} />
          <CanOfferSection settings={settings.data} />
          <RemindersSection settings={settings.data} />
          <CalendarSection settings={settings.data} />
          {inBrowser ? (
            <DesktopOnlySection />
          ) : (
            <>
              <QuickLogShortcutSection />
              <StartAtLoginSection />
            </>
          )}
          <PrivacySection settings={settings.data} />
          <RetentionSection settings={settings.data} />
          <DataSection />
          <GettingStartedSection />
        </div>
      )}
    </>
  );
}

function AppearanceSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  return (
    <SettingsSection id="settings-appearance" title={t('settings.appearance')}>
      <Field label={t('settings.language.label')}>
        <RadioGroup
          value={settings.language}
          layout="horizontal"
          onChange={(_event, data) => update.mutate({ language: data.value as Settings['language'] })}
        >
          <Radio value="system" label={t('settings.language.system')} />
          {languages.map((language) => (
            <Radio key={language} value={language} label={t(`settings.language.${language}`)} lang={language} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('settings.theme.label')}>
        <RadioGroup
          value={settings.theme}
          layout="horizontal"
          onChange={(_event, data) => update.mutate({ theme: data.value as Settings['theme'] })}
        >
          {themes.map((theme) => (
            <Radio key={theme} value={theme} label={t(`settings.theme.${theme}`)} />
          ))}
        </RadioGroup>
      </Field>
      <AddressFormField settings={settings} />
    </SettingsSection>
  );
}

function KeepInTouchSection({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const update = useUpdateSettings();
  const cadences = Object.entries(settings.tagCadences).sort(([a], [b]) => a.localeCompare(b, i18n.language));
  const setCadences = (tagCadences: Settings['tagCadences']) => update.mutate({ tagCadences });
  return (
    <SettingsSection id="settings-keep-in-touch" title={t('settings.keepInTouch')}>
      <DefaultCadenceField settings={settings} />
      <Text as="h3" id="settings-cadences" size={400} weight="semibold">
        {t('settings.cadences.label')}
      </Text>
      <Text as="p" className={styles.help}>
        {t('settings.cadences.help')}
      </Text>
      {cadences.length === 0 ? (
        <Text as="p">{t('settings.cadences.empty')}</Text>
      ) : (
        <ul className={styles.cadenceList} aria-labelledby="settings-cadences">
          {cadences.map(([tag, days]) => (
            <li key={tag} className={styles.cadenceRow}>
              <Text className={styles.tagName} weight="semibold">
                {tag}
              </Text>
              <SpinButton
                className={styles.days}
                aria-label={t('settings.cadences.daysFor', { tag })}
                value={days}
                min={1}
                max={3650}
                onChange={(_event, data) => {
                  const value = spinValue(data);
                  if (value !== undefined) setCadences({ ...settings.tagCadences, [tag]: clamp(Math.round(value), 1, 3650) });
                }}
              />
              <Button
                icon={<DeleteRegular />}
                aria-label={t('settings.cadences.removeFor', { tag })}
                title={t('settings.cadences.removeFor', { tag })}
                onClick={() => {
                  const { [tag]: _removed, ...rest } = settings.tagCadences;
                  setCadences(rest);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <AddCadence existing={settings.tagCadences} onAdd={(tag, days) => setCadences({ ...settings.tagCadences, [tag]: days })} />
      <OverdueDaysField settings={settings} />
    </SettingsSection>
  );
}

const defaultCadenceDays = 30;

function AddCadence({ existing, onAdd }: { existing: Settings['tagCadences']; onAdd(tag: string, days: number): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const tags = useQuery({ queryKey: derivedQueryKeys.tags, queryFn: () => api().tags.list() });
  const [tag, setTag] = useState('');
  const [days, setDays] = useState(defaultCadenceDays);
  const available = (tags.data ?? []).filter((entry) => !(entry.tag in existing));
  const trimmed = tag.trim();
  const add = () => {
    if (!trimmed) return;
    onAdd(trimmed, days);
    setTag('');
    setDays(defaultCadenceDays);
  };
  return (
    <div className={styles.cadenceRow}>
      <Field
        label={t('settings.cadences.tag')}
        hint={tags.data && tags.data.length === 0 ? t('settings.cadences.noTags') : undefined}
        className={styles.tagName}
      >
        <Combobox
          freeform
          placeholder={t('settings.cadences.newTag')}
          value={tag}
          onChange={(event) => setTag(event.target.value)}
          onOptionSelect={(_event, data) => setTag(data.optionValue ?? '')}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && trimmed) add();
          }}
        >
          {available
            .filter((entry) => entry.tag.toLowerCase().includes(trimmed.toLowerCase()))
            .map((entry) => (
              <Option key={entry.tag} value={entry.tag} text={entry.tag}>
                {`${entry.tag} (${entry.count})`}
              </Option>
            ))}
        </Combobox>
      </Field>
      <Field label={t('settings.cadences.days')}>
        <SpinButton
          className={styles.days}
          value={days}
          min={1}
          max={3650}
          onChange={(_event, data) => {
            const value = spinValue(data);
            if (value !== undefined) setDays(clamp(Math.round(value), 1, 3650));
          }}
        />
      </Field>
      <Button icon={<AddRegular />} disabled={!trimmed} onClick={add}>
        {t('actions.add')}
      </Button>
    </div>
  );
}

function DataSection() {
  const { t } = useTranslation();
  const { t: tTransfer } = useTranslation('transfer');
  const styles = useStyles();
  const status = useAppStatus();
  return (
    <SettingsSection id="settings-data" title={t('settings.data.label')}>
      <Field label={t('settings.data.folder')} hint={t('settings.data.help')}>
        <Input readOnly value={status.data?.dataDir ?? ''} className={styles.path} />
      </Field>
      <Link href={routeToHash({ name: 'data' })}>{tTransfer('openFromSettings')}</Link>
      {status.data ? <Text className={styles.help}>{t('settings.data.version', { version: status.data.version })}</Text> : null}
    </SettingsSection>
  );
}
