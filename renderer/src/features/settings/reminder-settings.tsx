// How Plausch reminds: single pings or one daily digest, quiet hours, and a pause for an hour or until tomorrow; and
// when a contact counts as overdue, said in days. The whole reminder settings object is sent on every change:
// `settings:update` replaces it as a unit.
import { Button, Field, Radio, RadioGroup, SpinButton, Switch, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { PauseRegular, PlayRegular } from '@fluentui/react-icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reminderSettingsOf, type ReminderSettings, type Settings } from '../../../../shared/model';
import { api, queryKeys } from '../../api';
import { useFeedback } from '../../app/feedback';
import { derivedQueryKeys } from '../../app/query';
import { useUpdateSettings } from '../../app/settings';
import { TimeField } from '../../components/date-time-fields';
import { SettingsSection } from './settings-section';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  time: { width: '8rem' },
  help: { color: tokens.colorNeutralForeground2 },
  sentence: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  days: { width: '6rem' },
});

/** The rhythm the overdue setting is said in days for, when the user has set no default rhythm. */
const EXAMPLE_RHYTHM_DAYS = 30;

/**
 * When a contact turns red. Stored as a multiple of each contact's own rhythm (yellow when the rhythm is up, red once
 * `overdueFactor` times it has passed); said in days for the default rhythm, and what that means for another one.
 */
export function OverdueDaysField({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const update = useUpdateSettings();
  const id = useId('overdue-days');
  const rhythm = settings.defaultCadenceDays ?? EXAMPLE_RHYTHM_DAYS;
  const redAfter = Math.round(rhythm * settings.overdueFactor);
  const otherRhythm = rhythm === 60 ? 90 : 60;
  return (
    <Field hint={t('settings.overdueDays.help', { rhythm, otherRhythm, otherRedAfter: Math.round(otherRhythm * settings.overdueFactor) })}>
      <div className={styles.sentence}>
        <Text id={`${id}-before`}>{t('settings.overdueDays.before')}</Text>
        <SpinButton
          className={styles.days}
          aria-labelledby={`${id}-before ${id}-after`}
          value={redAfter}
          min={rhythm}
          max={rhythm * 10}
          onChange={(_event, data) => {
            const days = typeof data.value === 'number' ? data.value : Number.parseInt(data.displayValue ?? '', 10);
            if (!Number.isFinite(days)) return;
            const factor = Math.min(10, Math.max(1, Math.round((days / rhythm) * 100) / 100));
            update.mutate({ overdueFactor: factor });
          }}
        />
        <Text id={`${id}-after`}>{t('settings.overdueDays.after', { count: redAfter })}</Text>
      </div>
    </Field>
  );
}

/** A valid `HH:MM` from a time field, which is empty while the user is half-way through typing. */
function clockTime(value: string): string | undefined {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? value : undefined;
}

export function RemindersSection({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const update = useUpdateSettings();
  const queryClient = useQueryClient();
  const feedback = useFeedback();
  const reminders = reminderSettingsOf(settings);
  // The pause as the scheduler sees it: a pause that has run out is no pause.
  const overview = useQuery({ queryKey: derivedQueryKeys.reminders, queryFn: () => api().reminders.list() });
  const pausedUntil = overview.data?.pausedUntil;
  const set = (change: Partial<ReminderSettings>) => update.mutate({ reminders: { ...reminders, ...change } });
  const pause = useMutation({
    mutationFn: (duration: 'hour' | 'untilTomorrow' | 'off') => api().reminders.pause({ duration }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.settings });
      void queryClient.invalidateQueries({ queryKey: derivedQueryKeys.reminders });
    },
    onError: (error) => feedback.showError(error),
  });
  const timeFormat = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  return (
    <SettingsSection id="settings-reminders" title={t('settings.reminders.label')}>
      <Field hint={t('settings.reminders.enabledHint')}>
        <Switch
          checked={reminders.enabled}
          label={t('settings.reminders.enabled')}
          onChange={(_event, data) => set({ enabled: data.checked })}
        />
      </Field>
      <Field label={t('settings.reminders.delivery')}>
        <RadioGroup
          value={reminders.delivery}
          disabled={!reminders.enabled}
          onChange={(_event, data) => set({ delivery: data.value as ReminderSettings['delivery'] })}
        >
          <Radio value="single" label={t('settings.reminders.single')} />
          <Radio value="digest" label={t('settings.reminders.digest')} />
        </RadioGroup>
      </Field>
      {reminders.delivery === 'digest' ? (
        <TimeField
          label={t('settings.reminders.digestTime')}
          inputClassName={styles.time}
          disabled={!reminders.enabled}
          value={reminders.digestTime}
          onChange={(value) => {
            const time = clockTime(value);
            if (time) set({ digestTime: time });
          }}
        />
      ) : null}
      <Field hint={t('settings.reminders.quietHoursHint')}>
        <Switch
          checked={reminders.quietHours.enabled}
          disabled={!reminders.enabled}
          label={t('settings.reminders.quietHours')}
          onChange={(_event, data) => set({ quietHours: { ...reminders.quietHours, enabled: data.checked } })}
        />
      </Field>
      {reminders.quietHours.enabled ? (
        <div className={styles.row}>
          <TimeField
            label={t('settings.reminders.quietFrom')}
            inputClassName={styles.time}
            disabled={!reminders.enabled}
            value={reminders.quietHours.from}
            onChange={(value) => {
              const time = clockTime(value);
              if (time) set({ quietHours: { ...reminders.quietHours, from: time } });
            }}
          />
          <TimeField
            label={t('settings.reminders.quietTo')}
            inputClassName={styles.time}
            disabled={!reminders.enabled}
            value={reminders.quietHours.to}
            onChange={(value) => {
              const time = clockTime(value);
              if (time) set({ quietHours: { ...reminders.quietHours, to: time } });
            }}
          />
        </div>
      ) : null}
      <Text as="h3" size={400} weight="semibold">
        {t('settings.reminders.pause')}
      </Text>
      <Text as="p" className={styles.help} role="status">
        {pausedUntil ? t('settings.reminders.pausedUntil', { time: timeFormat.format(new Date(pausedUntil)) }) : t('settings.reminders.notPaused')}
      </Text>
      <div className={styles.row}>
        <Button icon={<PauseRegular />} disabled={pause.isPending} onClick={() => pause.mutate('hour')}>
          {t('settings.reminders.pauseHour')}
        </Button>
        <Button icon={<PauseRegular />} disabled={pause.isPending} onClick={() => pause.mutate('untilTomorrow')}>
          {t('settings.reminders.pauseTomorrow')}
        </Button>
        {pausedUntil ? (
          <Button icon={<PlayRegular />} disabled={pause.isPending} onClick={() => pause.mutate('off')}>
            {t('settings.reminders.resume')}
          </Button>
        ) : null}
      </div>
    </SettingsSection>
  );
}
