// "Heute & diese Woche": the agenda as one list grouped by day, each row with its person's face, the reason in
// words and the actions that make sense for it.
import { Badge, Button, Link, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { CalendarLtrRegular, CalendarStarRegular, DocumentBulletListRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { AgendaDay, AgendaItem } from '../../../../shared/views';
import { useDesktopActions } from '../../app/desktop';
import { useFeedback } from '../../app/feedback';
import { routeToHash } from '../../app/navigation';
import { PersonAvatar } from '../../components';
import { agendaRowText, dayHeading, peopleOf, reminderIdOf, type AgendaTexts } from './agenda-texts';
import { ColleagueStepDone, LogAction, ReminderActions } from './row-actions';
import { GreetingIconButton, greetingForAgendaItem } from '../coach/greetings-button';
import { TodayCard, useTodayStyles } from './today-card';

const useStyles = makeStyles({
  day: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  dayHeading: {
    margin: 0,
    marginBlockStart: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
    textTransform: 'none',
  },
  empty: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalS },
});

function useAgendaTexts(): AgendaTexts {
  const { t, i18n } = useTranslation('today');
  const { t: tJournal } = useTranslation('journal');
  const { t: tCoach } = useTranslation('coach');
  return { t, tJournal, tCoach, language: i18n.language };
}

export function AgendaCard({ agenda, today }: { agenda: readonly AgendaDay[]; today: string }) {
  const { t } = useTranslation('today');
  const styles = useStyles();
  const todayStyles = useTodayStyles();
  const texts = useAgendaTexts();
  return (
    <TodayCard title={t('agenda.title')} icon={<CalendarLtrRegular />} listLabel={t('agenda.label')}>
      {agenda.length === 0 ? (
        <li className={styles.empty}>
          <Text weight="semibold">{t('agenda.empty')}</Text>
          <Text className={todayStyles.meta}>{t('agenda.emptyText')}</Text>
        </li>
      ) : null}
      {agenda.map((day) => (
        <AgendaDayGroup key={day.date} day={day} heading={dayHeading(day.date, today, texts)} today={today} texts={texts} />
      ))}
    </TodayCard>
  );
}

function AgendaDayGroup({ day, heading, today, texts }: { day: AgendaDay; heading: string; today: string; texts: AgendaTexts }) {
  const styles = useStyles();
  const todayStyles = useTodayStyles();
  const headingId = useId('agenda-day');
  return (
    <li className={styles.day} data-day={day.date}>
      <Text as="h3" id={headingId} size={300} weight="semibold" className={styles.dayHeading}>
        {heading}
      </Text>
      <ul className={todayStyles.list} aria-labelledby={headingId}>
        {day.items.map((item) => (
          <AgendaRow key={item.key} item={item} today={today} texts={texts} />
        ))}
      </ul>
    </li>
  );
}

export function AgendaRow({ item, today, texts }: { item: AgendaItem; today: string; texts: AgendaTexts }) {
  const styles = useTodayStyles();
  const { t } = texts;
  const text = agendaRowText(item, today, texts);
  const people = peopleOf(item);
  const reminderId = reminderIdOf(item);
  const what = `${text.who}: ${text.reason}`;
  const round = item.kind === 'occasion' && item.occasion.round;
  const first = people[0];
  const greeting = greetingForAgendaItem(item);
  return (
    <li className={mergeClasses(styles.item, round && styles.round)} data-kind={item.kind} data-round={round || undefined}>
      {first ? (
        <PersonAvatar name={first.name} contactId={first.contactId} />
      ) : (
        <span className={styles.eventIcon} aria-hidden="true">
          <CalendarStarRegular />
        </span>
      )}
      <div className={styles.what}>
        <span className={styles.text}>
          <WhoLink item={item} people={people} who={text.who} />
          {' – '}
          <Text>{text.reason}</Text>
        </span>
        {text.detail ? (
          <Text size={200} className={styles.meta}>
            {text.detail}
          </Text>
        ) : null}
      </div>
      {round ? (
        <Badge appearance="tint" color="brand" icon={<CalendarStarRegular />}>
          {t('agenda.round')}
        </Badge>
      ) : null}
      <div className={styles.actions} role="group" aria-label={t('agenda.actionsFor', { what })}>
        {item.kind === 'event' ? (
          <Button size="small" icon={<DocumentBulletListRegular />} as="a" href={routeToHash({ name: 'event', id: item.event.id })} aria-label={t('agenda.eventOpenFor', { title: item.event.title })}>
            {t('agenda.eventOpen')}
          </Button>
        ) : null}
        {item.kind === 'event' && item.date === today ? <EventModeButton eventId={item.event.id} /> : null}
        {people.length > 0 ? <LogAction contactIds={people.map((p) => p.contactId)} names={people.map((p) => p.name).join(', ')} /> : null}
        {greeting && first ? <GreetingIconButton contactId={greeting.contactId} name={first.name} occasion={greeting.occasion} /> : null}
        {reminderId ? <ReminderActions reminderId={reminderId} what={what} /> : null}
        {item.kind === 'colleagueStep' ? <ColleagueStepDone step={item.step} what={what} /> : null}
      </div>
    </li>
  );
}

function EventModeButton({ eventId }: { eventId: string }) {
  const { t } = useTranslation('today');
  const desktop = useDesktopActions();
  const feedback = useFeedback();
  return (
    <Button size="small" onClick={() => desktop.openEventMode(eventId).catch(feedback.showError)}>
      {t('events.mode')}
    </Button>
  );
}

/** Each person as a link to their page; a new colleague's step links to their plan, an event to its page. */
function WhoLink({ item, people, who }: { item: AgendaItem; people: { contactId: string; name: string }[]; who: string }) {
  if (item.kind === 'event') return <Link href={routeToHash({ name: 'event', id: item.event.id })}>{who}</Link>;
  if (item.kind === 'colleagueStep') return <Link href={routeToHash({ name: 'colleagues', contactId: item.step.contactId })}>{who}</Link>;
  return (
    <>
      {people.map((person, index) => (
        <span key={person.contactId}>
          {index > 0 ? ', ' : null}
          <Link href={routeToHash({ name: 'contact', id: person.contactId })}>{person.name}</Link>
        </span>
      ))}
    </>
  );
}
