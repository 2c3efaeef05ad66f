// The reminders Plausch sent recently, on the Today page beside the agenda; the pending ones are rows of the agenda.
import { Link, Text } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReminderEntry, RemindersOverview } from '../../../../shared/views';
import { routeToHash } from '../../app/navigation';
import { PersonAvatar } from '../../components';
import { TodayCard, useTodayStyles } from './today-card';

const HISTORY_SHOWN = 5;

/** The coach's own names for a new colleague's steps, so the reminder reads like the plan. */
export function reminderTitle(reminder: ReminderEntry, t: TFunction<'today'>, tCoach: TFunction<'coach'>): string {
  const step = reminder.step ? tCoach(`steps.${reminder.step}`) : '';
  return t(`reminders.kinds.${reminder.kind}`, { name: reminder.name, detail: reminder.detail ?? '', step });
}

/** A point in time as date and clock time, e.g. "28.11.2026, 09:30". */
export function formatInstant(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/**
 * The reminders Plausch sent recently, so a notification dismissed in a hurry is not lost, and whether reminders are
 * paused. What is still to do sits in the agenda.
 */
export function RemindersCard({ overview }: { overview: RemindersOverview }) {
  const { t, i18n } = useTranslation('today');
  const { t: tCoach } = useTranslation('coach');
  const todayStyles = useTodayStyles();
  const history = overview.history.slice(0, HISTORY_SHOWN);
  if (history.length === 0 && !overview.pausedUntil) return null;
  return (
    <TodayCard title={t('reminders.history')} icon={<HistoryRegular />} listLabel={t('reminders.historyLabel')}>
      {overview.pausedUntil ? (
        <li className={todayStyles.item}>
          <Text className={todayStyles.meta}>{t('reminders.paused', { time: formatInstant(overview.pausedUntil, i18n.language) })}</Text>
        </li>
      ) : null}
      {history.map((reminder) => (
        <li key={reminder.id} className={todayStyles.item}>
          <PersonAvatar name={reminder.name} contactId={reminder.contactId} size={24} />
          <div className={todayStyles.what}>
            <Link className={todayStyles.text} href={routeToHash({ name: 'contact', id: reminder.contactId })}>
              {reminderTitle(reminder, t, tCoach)}
            </Link>
            {reminder.firedAt ? (
              <Text size={200} className={todayStyles.meta}>
                {t('reminders.firedAt', { date: formatInstant(reminder.firedAt, i18n.language) })}
              </Text>
            ) : null}
          </div>
        </li>
      ))}
    </TodayCard>
  );
}
