// The day at a glance: whom to congratulate, whom to get back to, who is drifting, which favours are open, and the
// reminders with snooze and done. Every entry names its person as a link, so one click (or Enter) opens them.
import {
  Badge,
  Button,
  Link,
  Spinner,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import {
  BackpackRegular,
  CalendarStarRegular,
  CheckmarkRegular,
  FoodCakeRegular,
  HandshakeRegular,
  PersonAddRegular,
  PersonClockRegular,
  RibbonStarRegular,
  WeatherSunnyRegular,
} from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueIntegrationStep } from '../../../../shared/coach-views';
import type { EventSummary } from '../../../../shared/events-views';
import type { Occasion } from '../../../../shared/occasions';
import type { DriftingEntry, FollowUpDue, OpenFavour, TodayView } from '../../../../shared/views';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { useDesktopActions } from '../../app/desktop';
import { routeToHash } from '../../app/navigation';
import { EmptyState, PageHeader, formatDate } from '../../components';
import { RemindersCard } from './reminders-card';
import { TodayCard, useTodayStyles } from './today-card';
import { whenText } from './relative-day';
import { interactionInputOf, useReminders, useToday } from './today-queries';
import { ChallengeOfTheDayCard } from '../coach/challenge-card';

function isQuiet(today: TodayView): boolean {
  return (
    today.birthdays.length +
      today.anniversaries.length +
      today.schoolStarts.length +
      today.followUps.length +
      today.driftingCount +
      today.openFavourCount +
      today.colleagueSteps.length +
      today.events.length +
      today.reminders.length ===
    0
  );
}

export function TodayPage() {
  const { t, i18n } = useTranslation('today');
  const { t: tCommon } = useTranslation();
  const today = useToday();
  const reminders = useReminders();
  const styles = useTodayStyles();
  if (today.isPending) return <Spinner label={tCommon('app.loading')} />;
  if (today.isError) return <Text role="alert">{tCommon('app.loadFailed')}</Text>;
  const view = today.data;
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${view.date}T12:00:00Z`));
  const quiet = isQuiet(view);
  return (
    <>
      <PageHeader title={t('title')} description={t('description', { date: `${weekday}, ${formatDate(view.date, i18n.language)}` })} />
      {quiet ? (
        <EmptyState icon={<WeatherSunnyRegular />} title={t('empty.title')} text={t('empty.text')} />
      ) : null}
      <div className={styles.grid}>
        {view.events.length > 0 ? (
          <TodayCard title={t('events.title')} icon={<CalendarStarRegular />} listLabel={t('events.label')}>
            {view.events.map((event) => (
              <EventItem key={event.id} event={event} />
            ))}
          </TodayCard>
        ) : null}
        {view.birthdays.length > 0 ? (
          <TodayCard title={t('birthdays.title')} icon={<FoodCakeRegular />} listLabel={t('birthdays.label')}>
            {view.birthdays.map((occasion) => (
              <OccasionItem key={`${occasion.recordId}:${occasion.date}`} occasion={occasion} today={view.date} />
            ))}
          </TodayCard>
        ) : null}
        {view.anniversaries.length > 0 ? (
          <TodayCard title={t('anniversaries.title')} icon={<RibbonStarRegular />} listLabel={t('anniversaries.label')}>
            {view.anniversaries.map((occasion) => (
              <OccasionItem key={`${occasion.recordId}:${occasion.date}`} occasion={occasion} today={view.date} />
            ))}
          </TodayCard>
        ) : null}
        {view.schoolStarts.length > 0 ? (
          <TodayCard title={t('schoolStarts.title')} icon={<BackpackRegular />} listLabel={t('schoolStarts.label')}>
            {view.schoolStarts.map((occasion) => (
              <OccasionItem key={`${occasion.recordId}:${occasion.date}`} occasion={occasion} today={view.date} />
            ))}
          </TodayCard>
        ) : null}
        {view.followUps.length > 0 ? (
          <TodayCard title={t('followUps.title')} icon={<CheckmarkRegular />} listLabel={t('followUps.label')}>
            {view.followUps.map((followUp) => (
              <FollowUpItem key={followUp.interaction.id} followUp={followUp} today={view.date} />
            ))}
          </TodayCard>
        ) : null}
        {view.colleagueSteps.length > 0 ? (
          <TodayCard
            title={t('colleagues.title')}
            icon={<PersonAddRegular />}
            listLabel={t('colleagues.label')}
            more={<Link href={routeToHash({ name: 'colleagues' })}>{t('colleagues.all')}</Link>}
          >
            {view.colleagueSteps.map((step) => (
              <ColleagueStepItem key={`${step.contactId}:${step.step}`} step={step} />
            ))}
          </TodayCard>
        ) : null}
        {reminders.data ? <RemindersCard overview={reminders.data} pending={view.reminders} today={view.date} /> : null}
        {view.drifting.length > 0 ? (
          <TodayCard
            title={t('drifting.title')}
            icon={<PersonClockRegular />}
            listLabel={t('drifting.label')}
            more={<Link href={routeToHash({ name: 'drifting' })}>{t('drifting.all')}</Link>}
          >
            {view.drifting.map((entry) => (
              <DriftingItem key={entry.contactId} entry={entry} />
            ))}
          </TodayCard>
        ) : null}
        {view.openFavours.length > 0 ? (
          <TodayCard
            title={t('favours.title')}
            icon={<HandshakeRegular />}
            listLabel={t('favours.label')}
            more={<Link href={routeToHash({ name: 'favours' })}>{t('favours.all')}</Link>}
          >
            {view.openFavours.map((favour) => (
              <FavourItem key={favour.interaction.id} favour={favour} />
            ))}
          </TodayCard>
        ) : null}
        <ChallengeOfTheDayCard />
      </div>
    </>
  );
}

function ContactLink({ contactId, children }: { contactId: string; children: ReactNode }) {
  return <Link href={routeToHash({ name: 'contact', id: contactId })}>{children}</Link>;
}

function occasionTitle(occasion: Occasion, t: ReturnType<typeof useTranslation<'today'>>['t']): string {
  const relation = t(`relations.${occasion.relation ?? 'other'}`);
  switch (occasion.kind) {
    case 'familyBirthday':
      return t('birthdays.family', { detail: occasion.detail, relation, name: occasion.name });
    case 'schoolStart':
      return t('schoolStarts.item', { detail: occasion.detail, name: occasion.name });
    case 'anniversary':
      return `${occasion.name} – ${occasion.detail || t(`anniversaries.kinds.${occasion.anniversaryKind ?? 'other'}`)}`;
    default:
      return occasion.name;
  }
}

function OccasionItem({ occasion, today }: { occasion: Occasion; today: string }) {
  const styles = useTodayStyles();
  const { t, i18n } = useTranslation('today');
  const facts = [whenText(occasion.date, today, t, i18n.language)];
  // A year-less date has no age: `years` is only there when the year is known.
  if (occasion.years !== undefined) {
    facts.push(
      occasion.kind === 'anniversary'
        ? t('anniversaries.years', { count: occasion.years })
        : t('birthdays.turns', { count: occasion.years }),
    );
  }
  return (
    <li className={mergeClasses(styles.item, occasion.round && styles.round)} data-round={occasion.round || undefined}>
      <div className={styles.what}>
        <ContactLink contactId={occasion.contactId}>{occasionTitle(occasion, t)}</ContactLink>
        <Text size={200} className={styles.meta}>
          {facts.join(' · ')}
        </Text>
      </div>
      {occasion.round ? (
        <Badge appearance="tint" color="brand" icon={<CalendarStarRegular />}>
          {occasion.kind === 'anniversary' ? t('anniversaries.round') : t('birthdays.round')}
        </Badge>
      ) : null}
    </li>
  );
}

function FollowUpItem({ followUp, today }: { followUp: FollowUpDue; today: string }) {
  const styles = useTodayStyles();
  const { t, i18n } = useTranslation('today');
  const { t: tJournal } = useTranslation('journal');
  const feedback = useFeedback();
  const { interaction, names } = followUp;
  const done = useMutation({
    mutationFn: () =>
      api().interactions.update({ id: interaction.id, interaction: { ...interactionInputOf(interaction), followUpDone: true } }),
    onSuccess: () => feedback.showSuccess(t('followUps.markedDone')),
    onError: (error) => feedback.showError(error),
  });
  const people = interaction.contactIds.filter((id) => names[id] !== undefined);
  const dueOn = interaction.followUpOn ?? today;
  const note = interaction.note.split('\n').find((line) => line.trim())?.trim();
  return (
    <li className={styles.item}>
      <div className={styles.what}>
        <span>
          {people.map((id, index) => (
            <span key={id}>
              {index > 0 ? ', ' : null}
              <ContactLink contactId={id}>{names[id]}</ContactLink>
            </span>
          ))}
        </span>
        <Text>{`${tJournal(`types.${interaction.type}`)}: ${note ?? t('followUps.withoutNote')}`}</Text>
        <Text size={200} className={styles.meta}>
          {dueOn === today ? t('followUps.dueToday') : t('followUps.dueOn', { date: formatDate(dueOn, i18n.language) })}
        </Text>
      </div>
      <Button
        size="small"
        icon={<CheckmarkRegular />}
        disabled={done.isPending}
        aria-label={t('followUps.doneFor', { names: people.map((id) => names[id]).join(', ') })}
        onClick={() => done.mutate()}
      >
        {t('followUps.done')}
      </Button>
    </li>
  );
}

function EventItem({ event }: { event: EventSummary }) {
  const styles = useTodayStyles();
  const { t } = useTranslation('today');
  const desktop = useDesktopActions();
  const feedback = useFeedback();
  return (
    <li className={styles.item}>
      <div className={styles.what}>
        <Link href={routeToHash({ name: 'event', id: event.id })}>{event.title}</Link>
        <Text size={200} className={styles.meta}>
          {[event.startTime, event.place].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <Button size="small" onClick={() => desktop.openEventMode(event.id).catch(feedback.showError)}>
        {t('events.mode')}
      </Button>
    </li>
  );
}

function ColleagueStepItem({ step }: { step: DueIntegrationStep }) {
  const styles = useTodayStyles();
  const { t } = useTranslation('today');
  const { t: tCoach } = useTranslation('coach');
  return (
    <li className={styles.item}>
      <div className={styles.what}>
        <Link href={routeToHash({ name: 'colleagues', contactId: step.contactId })}>{step.name}</Link>
        <Text size={200} className={styles.meta}>
          {[tCoach(`steps.${step.step}`), step.daysOverdue > 0 ? t('colleagues.overdue', { count: step.daysOverdue }) : '']
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </div>
    </li>
  );
}

function DriftingItem({ entry }: { entry: DriftingEntry }) {
  const styles = useTodayStyles();
  const { t } = useTranslation('today');
  const { t: tCommon } = useTranslation();
  const overdue = entry.status === 'overdue';
  const since = entry.daysOverdue === 0 ? t('drifting.dueToday') : t('drifting.overdue', { count: entry.daysOverdue });
  return (
    <li className={styles.item}>
      <div className={styles.what}>
        <ContactLink contactId={entry.contactId}>{entry.name}</ContactLink>
        <Text size={200} className={styles.meta}>
          {[entry.organisation, since].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <Badge appearance={overdue ? 'filled' : 'tint'} color={overdue ? 'danger' : 'warning'}>
        {tCommon(overdue ? 'drifting.status.overdue' : 'drifting.status.due')}
      </Badge>
    </li>
  );
}

function FavourItem({ favour }: { favour: OpenFavour }) {
  const styles = useTodayStyles();
  const { t, i18n } = useTranslation('today');
  const note = favour.interaction.note.split('\n').find((line) => line.trim())?.trim();
  return (
    <li className={styles.item}>
      <div className={styles.what}>
        <ContactLink contactId={favour.contactId}>{favour.name}</ContactLink>
        {note ? <Text>{note}</Text> : null}
        <Text size={200} className={styles.meta}>
          {t('favours.receivedOn', { date: formatDate(favour.interaction.date, i18n.language) })}
        </Text>
      </div>
    </li>
  );
}

/** Where the coach's challenge of the day will go; until the coach fills `today.challenge`, a pointer to the coach. */
