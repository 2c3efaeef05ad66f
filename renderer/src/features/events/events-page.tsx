// The events: what is coming up (soonest first) and what is over (most recent first), each with how far its
// checklist has come and how many people were met. "New event" starts the form.
import { Badge, Button, Card, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, CalendarStarRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { EventSummary } from '../../../../shared/events-views';
import { EmptyState, PageHeader } from '../../components';
import { routeToHash, useNavigation } from '../../app/navigation';
import { describeError } from '../../app/feedback';
import { formatEventWhen } from './event-format';
import { useEventList } from './events-queries';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXL },
  heading: { margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: '14rem' },
  title: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'none', ':hover': { textDecorationLine: 'underline' } },
  muted: { color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function EventsPage() {
  const { t } = useTranslation('events');
  const { t: tCommon } = useTranslation();
  const { navigate } = useNavigation();
  const events = useEventList();

  const newEvent = (
    <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate({ name: 'newEvent' })}>
      {t('list.newEvent')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} actions={newEvent} />
      {events.isPending ? <Spinner label={tCommon('app.loading')} /> : null}
      {events.isError ? <Text role="alert">{describeError(events.error, tCommon)}</Text> : null}
      {events.data && events.data.upcoming.length === 0 && events.data.past.length === 0 ? (
        <EmptyState icon={<CalendarStarRegular />} title={t('list.emptyTitle')} text={t('list.emptyText')} action={newEvent} />
      ) : null}
      {events.data && (events.data.upcoming.length > 0 || events.data.past.length > 0) ? (
        <>
          <EventSection title={t('list.upcoming')} empty={t('list.noUpcoming')} events={events.data.upcoming} />
          {events.data.past.length > 0 ? <EventSection title={t('list.past')} events={events.data.past} /> : null}
        </>
      ) : null}
    </>
  );
}

function EventSection({ title, events, empty }: { title: string; events: EventSummary[]; empty?: string }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {events.length === 0 && empty ? <Text className={styles.muted}>{empty}</Text> : null}
      <ul className={styles.list}>
        {events.map((event) => (
          <li key={event.id}>
            <EventCard event={event} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function EventCard({ event }: { event: EventSummary }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('events');
  const checklist = event.progress[event.phase];
  return (
    <Card className={styles.card}>
      <div className={styles.main}>
        <a href={routeToHash({ name: 'event', id: event.id })} className={styles.title}>
          {event.title}
        </a>
        <Text className={styles.muted}>
          {[formatEventWhen(event, i18n.language), event.place, t(`kinds.${event.eventKind}`)].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <div className={styles.badges}>
        <Badge appearance="tint" color={event.phase === 'during' ? 'brand' : 'informative'}>
          {t(`phases.${event.phase}`)}
        </Badge>
        <Badge appearance="outline" color="informative">
          {t('list.progress', { done: checklist.done, total: checklist.total })}
        </Badge>
        {event.metCount > 0 ? (
          <Badge appearance="outline" color="success">
            {t('list.met', { count: event.metCount })}
          </Badge>
        ) : null}
      </div>
    </Card>
  );
}
