// "Heute & diese Woche": the agenda of today and the days ahead, one row per thing with its person, the reason and
// one-click log, snooze and done; beside it whom to reach out to this week, the reminders sent lately and the
// coach's challenge of the day. From a connected calendar: yesterday's and today's meetings to log, today's to
// prepare, and events to create, above the agenda.
import { Link, Spinner, Text, mergeClasses } from '@fluentui/react-components';
import { WeatherSunnyRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { TodayView } from '../../../../shared/views';
import { routeToHash } from '../../app/navigation';
import { EmptyState, PageHeader, formatDate } from '../../components';
import { CalendarCards, hasCalendarContent, useCalendarDay } from '../calendar';
import { ChallengeOfTheDayCard } from '../coach/challenge-card';
import { AgendaCard } from './agenda-card';
import { RemindersCard } from './reminders-card';
import { SuggestionsCard } from './suggestions-card';
import { useTodayStyles } from './today-card';
import { useReminders, useToday } from './today-queries';

/** Nothing on the agenda and nobody to suggest: the page says so once instead of showing two empty cards. */
function isQuiet(view: TodayView): boolean {
  return view.agenda.length === 0 && view.suggestions.length === 0;
}

export function TodayPage() {
  const { t, i18n } = useTranslation('today');
  const { t: tCommon } = useTranslation();
  const { t: tCalendar } = useTranslation('calendar');
  const today = useToday();
  const reminders = useReminders();
  // The calendar's part never holds the page up, and a calendar that cannot be asked shows nothing, as one not connected.
  const calendar = useCalendarDay().data;
  const styles = useTodayStyles();
  if (today.isPending) return <Spinner label={tCommon('app.loading')} />;
  if (today.isError) return <Text role="alert">{tCommon('app.loadFailed')}</Text>;
  const view = today.data;
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${view.date}T12:00:00Z`));
  return (
    <>
      <PageHeader title={t('title')} description={t('description', { date: `${weekday}, ${formatDate(view.date, i18n.language)}` })} />
      {isQuiet(view) && !hasCalendarContent(calendar) ? (
        <>
          <EmptyState
            icon={<WeatherSunnyRegular />}
            title={t('empty.title')}
            text={t('empty.text')}
            // On a quiet day only, and quietly: a hint where the calendar is connected, never a card that nags.
            action={calendar && !calendar.connected ? <Link href={routeToHash({ name: 'settings' })}>{tCalendar('connect')}</Link> : undefined}
          />
          {/* One column under the empty state: two would leave the first one empty beside the second. */}
          <div className={mergeClasses(styles.column, styles.quiet)}>
            {reminders.data ? <RemindersCard overview={reminders.data} /> : null}
            <ChallengeOfTheDayCard />
          </div>
        </>
      ) : (
        <div className={styles.layout}>
          <div className={styles.column}>
            {calendar ? <CalendarCards day={calendar} /> : null}
            <AgendaCard agenda={view.agenda} today={view.date} />
          </div>
          <div className={styles.column}>
            <SuggestionsCard view={view} />
            {reminders.data ? <RemindersCard overview={reminders.data} /> : null}
            <ChallengeOfTheDayCard />
          </div>
        </div>
      )}
    </>
  );
}
