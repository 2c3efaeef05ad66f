// Reminders on the Today page, about what no other section shows: each pending one can be snoozed for a day or a week or settled; below, the ones
// Plausch sent recently, so a notification dismissed in a hurry is not lost.
import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AlertRegular, CheckmarkRegular, HistoryRegular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReminderEntry, RemindersOverview } from '../../../../shared/views';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { routeToHash } from '../../app/navigation';
import { formatDate } from '../../components';
import { whenText } from './relative-day';
import { TodayCard, useTodayStyles } from './today-card';

const useStyles = makeStyles({
  history: { marginBlockStart: tokens.spacingVerticalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  historyHeading: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
});

const HISTORY_SHOWN = 5;
/** Pending reminders shown at first: weeks of unattended follow-ups would otherwise bury the day. */
const PENDING_SHOWN = 8;

/** The coach's own names for a new colleague's steps, so the reminder reads like the plan. */
export function reminderTitle(reminder: ReminderEntry, t: TFunction<'today'>, tCoach: TFunction<'coach'>): string {
  const step = reminder.step ? tCoach(`steps.${reminder.step}`) : '';
  return t(`reminders.kinds.${reminder.kind}`, { name: reminder.name, detail: reminder.detail ?? '', step });
}

/** A point in time as date and clock time, e.g. "28.11.2026, 09:30". */
function formatInstant(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/** `pending` is Today's own list: one entry per thing, and nothing another section of Today already shows. */
export function RemindersCard({ overview, pending, today }: { overview: RemindersOverview; pending: readonly ReminderEntry[]; today: string }) {
  const { t, i18n } = useTranslation('today');
  const { t: tCoach } = useTranslation('coach');
  const styles = useStyles();
  const todayStyles = useTodayStyles();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? pending : pending.slice(0, PENDING_SHOWN);
  const history = overview.history.slice(0, HISTORY_SHOWN);
  if (pending.length === 0 && history.length === 0) return null;
  return (
    <TodayCard title={t('reminders.title')} icon={<AlertRegular />} listLabel={t('reminders.label')}>
      {overview.pausedUntil ? (
        <li className={todayStyles.item}>
          <Text className={todayStyles.meta}>{t('reminders.paused', { time: formatInstant(overview.pausedUntil, i18n.language) })}</Text>
        </li>
      ) : null}
      {shown.map((reminder) => (
        <PendingReminder key={reminder.id} reminder={reminder} today={today} />
      ))}
      {pending.length > PENDING_SHOWN ? (
        // One button that toggles, so the focus stays where it was.
        <li className={todayStyles.item}>
          <Button appearance="subtle" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? t('reminders.showFewer') : t('reminders.showAll', { count: pending.length })}
          </Button>
        </li>
      ) : null}
      {history.length > 0 ? (
        <li className={styles.history}>
          <Text as="h3" size={300} weight="semibold" className={styles.historyHeading}>
            <HistoryRegular aria-hidden="true" />
            {t('reminders.history')}
          </Text>
          <ul className={todayStyles.list} aria-label={t('reminders.historyLabel')}>
            {history.map((reminder) => (
              <li key={reminder.id} className={todayStyles.item}>
                <div className={todayStyles.what}>
                  <Link href={routeToHash({ name: 'contact', id: reminder.contactId })}>{reminderTitle(reminder, t, tCoach)}</Link>
                  {reminder.firedAt ? (
                    <Text size={200} className={todayStyles.meta}>
                      {t('reminders.firedAt', { date: formatInstant(reminder.firedAt, i18n.language) })}
                    </Text>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </li>
      ) : null}
    </TodayCard>
  );
}

function PendingReminder({ reminder, today }: { reminder: ReminderEntry; today: string }) {
  const { t, i18n } = useTranslation('today');
  const { t: tCoach } = useTranslation('coach');
  const styles = useTodayStyles();
  const feedback = useFeedback();
  const snooze = useMutation({
    mutationFn: (duration: 'day' | 'week') => api().reminders.snooze({ id: reminder.id, duration }),
    onSuccess: () => feedback.showSuccess(t('reminders.snoozed')),
    onError: (error) => feedback.showError(error),
  });
  const done = useMutation({
    mutationFn: () => api().reminders.done({ id: reminder.id }),
    onSuccess: () => feedback.showSuccess(t('reminders.doneMessage')),
    onError: (error) => feedback.showError(error),
  });
  const title = reminderTitle(reminder, t, tCoach);
  const busy = snooze.isPending || done.isPending;
  const when =
    reminder.status === 'snoozed' && reminder.snoozedUntil
      ? t('reminders.snoozedUntil', { date: formatInstant(reminder.snoozedUntil, i18n.language) })
      : reminder.occursOn >= today
        ? whenText(reminder.occursOn, today, t, i18n.language)
        : formatDate(reminder.occursOn, i18n.language);
  return (
    <li className={styles.item}>
      <div className={styles.what}>
        <Link href={routeToHash({ name: 'contact', id: reminder.contactId })}>{title}</Link>
        <Text size={200} className={styles.meta}>
          {when}
        </Text>
      </div>
      <div className={styles.actions} role="group" aria-label={t('reminders.actionsFor', { what: title })}>
        <Button size="small" disabled={busy} onClick={() => snooze.mutate('day')}>
          {t('reminders.snoozeDay')}
        </Button>
        <Button size="small" disabled={busy} onClick={() => snooze.mutate('week')}>
          {t('reminders.snoozeWeek')}
        </Button>
        <Button size="small" icon={<CheckmarkRegular />} disabled={busy} onClick={() => done.mutate()}>
          {t('reminders.done')}
        </Button>
      </div>
    </li>
  );
}
