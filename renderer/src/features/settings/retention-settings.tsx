// "Aufbewahrung": after how many years archived people the journal has not touched are proposed for forgetting, and
// the people proposed now, each with the same "Vergessen" dialog as the contact page. Nothing goes on its own.
import { Button, Field, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PersonDeleteRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/model';
import { api, queryKeys } from '../../api';
import { useUpdateSettings } from '../../app/settings';
import { formatDate } from '../../components';
import { useForgetDialog } from '../privacy/forget-dialog';
import { SettingsSection } from './settings-section';

const PRESETS = [1, 2, 3, 5, 10] as const;
const OFF = 'off';

const useStyles = makeStyles({
  choices: { flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  person: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12rem' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function RetentionSection({ settings }: { settings: Settings }) {
  const styles = useStyles();
  const { t } = useTranslation('privacy');
  const update = useUpdateSettings();
  const years = settings.retentionYears;
  // A number set elsewhere (the command line, a restored backup) stays shown as it is.
  const custom = years !== undefined && !(PRESETS as readonly number[]).includes(years) ? years : undefined;
  return (
    <SettingsSection id="settings-retention" title={t('retention.title')} help={t('retention.help')}>
      <Field label={t('retention.label')}>
        <RadioGroup
          className={styles.choices}
          layout="horizontal"
          value={years === undefined ? OFF : String(years)}
          onChange={(_event, data) => update.mutate({ retentionYears: data.value === OFF ? null : Number(data.value) })}
        >
          <Radio value={OFF} label={t('retention.off')} />
          {[...PRESETS, ...(custom !== undefined ? [custom] : [])].map((count) => (
            <Radio key={count} value={String(count)} label={t('retention.years', { count })} />
          ))}
        </RadioGroup>
      </Field>
      {years !== undefined ? <RetentionProposals years={years} /> : null}
    </SettingsSection>
  );
}

function RetentionProposals({ years }: { years: number }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('privacy');
  const listId = useId();
  const forget = useForgetDialog();
  // Under the contacts' prefix, so `data:changed` for contacts or encounters (a person forgotten) refetches it.
  const proposals = useQuery({
    queryKey: [...queryKeys.contacts, 'retention', years],
    queryFn: () => api().privacy.retention({}),
  });

  if (proposals.isPending) return <Spinner size="tiny" label={t('retention.loading')} />;
  if (proposals.isError) {
    return (
      <Text as="p" role="alert">
        {t('retention.loadFailed')}
      </Text>
    );
  }
  return (
    <>
      {forget.dialog}
      <Text as="h3" id={listId} size={400} weight="semibold">
        {t('retention.listLabel')}
      </Text>
      {proposals.data.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {t('retention.empty')}
        </Text>
      ) : (
        <ul className={styles.list} aria-labelledby={listId}>
          {proposals.data.map((proposal) => (
            <li key={proposal.contactId} className={styles.row}>
              <span className={styles.person}>
                <Text weight="semibold">{proposal.name}</Text>
                <Text size={200} className={styles.muted}>
                  {t('retention.lastTouched', { date: formatDate(proposal.lastTouched, i18n.language) })}
                </Text>
              </span>
              <Button icon={<PersonDeleteRegular />} onClick={() => forget.open(proposal.contactId, proposal.name)}>
                {t('retention.forget', { name: proposal.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
