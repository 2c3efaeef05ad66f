// One event: its details, goals and people, the checklist by phase, who was met there and whether they have been
// followed up, and once it is over the reflection that counts towards the comfort-zone ladder.
import { Badge, Button, Card, Checkbox, Field, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  DeleteRegular,
  EditRegular,
  FlagRegular,
  PeopleRegular,
  PersonStarRegular,
  SaveRegular,
  SparkleRegular,
} from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPerson, EventView } from '../../../../shared/events-views';
import { api } from '../../api';
import { ConfirmDialog, PageHeader, PersonAvatar, formatDate } from '../../components';
import { describeError, useFeedback } from '../../app/feedback';
import { useDesktopActions } from '../../app/desktop';
import { routeToHash, useNavigation } from '../../app/navigation';
import { DiscomfortSlider } from '../coach/discomfort-slider';
import { ChecklistTabs } from './checklist-tabs';
import { formatEventWhen } from './event-format';
import { useEvent, useRefreshEvents } from './events-queries';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  back: { alignSelf: 'flex-start' },
  // Columns, not grid rows: each card as tall as its content, with no hole under a short one.
  grid: { columnWidth: '18rem', columnGap: tokens.spacingHorizontalL, '& > *': { breakInside: 'avoid', marginBlockEnd: tokens.spacingVerticalL } },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  card: { gap: tokens.spacingVerticalS },
  cardHeading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  cardIcon: { fontSize: '20px', display: 'flex', color: tokens.colorBrandForeground1 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  person: { color: tokens.colorNeutralForeground1 },
  personRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  metItem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottomStyle: 'none' },
  },
  metMain: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12rem' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
});

export function EventPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const view = useEvent(id);
  if (view.isPending) return <Spinner label={t('app.loading')} />;
  if (view.isError) return <Text role="alert">{describeError(view.error, t)}</Text>;
  return <EventDetails view={view.data} />;
}

function EventDetails({ view }: { view: EventView }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('events');
  const { navigate } = useNavigation();
  const feedback = useFeedback('events');
  const desktop = useDesktopActions();
  const refresh = useRefreshEvents();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { event, phase } = view;

  const saveTemplate = async () => {
    try {
      await api().events.saveTemplate({ eventId: event.id });
      await refresh();
      feedback.showSuccess((t) => t('checklist.templateSaved', { kind: t(`kinds.${event.eventKind}`) }));
    } catch (error) {
      feedback.showError(error);
    }
  };

  const remove = async () => {
    setConfirmDelete(false);
    try {
      const { undoToken } = await api().events.delete({ id: event.id });
      await refresh();
      feedback.showUndo((t) => t('page.deleted', { title: event.title }), undoToken);
      navigate({ name: 'events' });
    } catch (error) {
      feedback.showError(error);
    }
  };

  // The desktop app opens event mode in a compact window of its own, beside this one; the browser shows it here.
  const openEventMode = () => {
    desktop.openEventMode(event.id).catch(feedback.showError);
  };

  const actions = (
    <>
      <Button appearance="primary" icon={<SparkleRegular />} onClick={openEventMode}>
        {t('page.eventMode')}
      </Button>
      <Button icon={<EditRegular />} onClick={() => navigate({ name: 'editEvent', id: event.id })}>
        {t('page.edit')}
      </Button>
      <Button icon={<DeleteRegular />} onClick={() => setConfirmDelete(true)}>
        {t('page.delete')}
      </Button>
    </>
  );

  return (
    <div className={styles.page}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => navigate({ name: 'events' })}>
        {t('page.back')}
      </Button>
      <PageHeader
        title={event.title}
        description={[formatEventWhen(event, i18n.language), event.place, t(`kinds.${event.eventKind}`)].filter(Boolean).join(' · ')}
        actions={actions}
      />
      <div>
        <Badge appearance="tint" color={phase === 'during' ? 'brand' : 'informative'} size="large">
          {t('page.phaseNow', { phase: t(`phases.${phase}`) })}
        </Badge>
      </div>

      <div className={styles.grid}>
        <Card className={styles.card}>
          <Text as="h2" size={400} weight="semibold" className={styles.cardHeading}>
            <span className={styles.cardIcon} aria-hidden="true">
              <FlagRegular />
            </span>
            {t('page.goals')}
          </Text>
          {event.goals.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {t('page.noGoals')}
            </Text>
          ) : (
            <ul className={styles.list}>
              {event.goals.map((goal) => (
                <li key={goal}>{goal}</li>
              ))}
            </ul>
          )}
        </Card>
        <PeopleCard title={t('page.expected')} empty={t('page.noExpected')} people={view.expected} icon={<PeopleRegular />} />
        <PeopleCard title={t('page.toMeet')} empty={t('page.noToMeet')} people={view.toMeet} icon={<PersonStarRegular />} />
      </div>

      <section className={styles.section} aria-labelledby="checklist-heading">
        <div className={styles.sectionHeader}>
          <Text as="h2" id="checklist-heading" size={500} weight="semibold" className={styles.heading}>
            {t('checklist.title')}
          </Text>
          <Button icon={<SaveRegular />} onClick={() => void saveTemplate()}>
            {view.hasOwnTemplate ? t('checklist.replaceTemplate') : t('checklist.saveTemplate')}
          </Button>
        </div>
        <ChecklistTabs eventId={event.id} checklist={event.checklist} progress={view.progress} phase={phase} label={t('checklist.title')} />
      </section>

      <MetSection view={view} />
      <ReflectionSection view={view} />

      <ConfirmDialog
        open={confirmDelete}
        title={t('page.deleteTitle')}
        text={t('page.deleteText', { title: event.title })}
        confirmLabel={t('page.delete')}
        destructive
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      />
    </div>
  );
}

function PeopleCard({ title, empty, people, icon }: { title: string; empty: string; people: EventPerson[]; icon: ReactElement }) {
  const styles = useStyles();
  return (
    <Card className={styles.card}>
      <Text as="h2" size={400} weight="semibold" className={styles.cardHeading}>
        <span className={styles.cardIcon} aria-hidden="true">
          {icon}
        </span>
        {title}
      </Text>
      {people.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {empty}
        </Text>
      ) : (
        <ul className={styles.list}>
          {people.map((person) => (
            <li key={person.contactId} className={styles.personRow}>
              <PersonAvatar name={person.name} contactId={person.contactId} size={24} />
              <span>
                <a className={styles.person} href={routeToHash({ name: 'contact', id: person.contactId })}>
                  {person.name}
                </a>
                {person.organisation ? <Text className={styles.muted}>{` · ${person.organisation}`}</Text> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function MetSection({ view }: { view: EventView }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('events');
  const feedback = useFeedback();
  const refresh = useRefreshEvents();
  const setDone = async (interactionId: string, done: boolean) => {
    try {
      await api().events.setFollowUpDone({ eventId: view.event.id, interactionId, done });
      await refresh();
    } catch (error) {
      feedback.showError(error);
    }
  };
  return (
    <section className={styles.section} aria-labelledby="met-heading">
      <div className={styles.sectionHeader}>
        <Text as="h2" id="met-heading" size={500} weight="semibold" className={styles.heading}>
          {t('met.title')}
        </Text>
        {view.met.length > 0 ? (
          <Text className={styles.muted}>{t('met.followUps', { done: view.followUps.done, open: view.followUps.open })}</Text>
        ) : null}
      </div>
      <Card className={styles.card}>
        {view.met.length === 0 ? (
          <Text as="p" className={styles.muted}>
            {t('met.empty')}
          </Text>
        ) : (
          <ul className={styles.list}>
            {view.met.map((person) => (
              <li key={person.interactionId} className={styles.metItem}>
                <PersonAvatar name={person.name} contactId={person.contactId} />
                <div className={styles.metMain}>
                  <a className={styles.person} href={routeToHash({ name: 'contact', id: person.contactId })}>
                    {person.organisation ? `${person.name} · ${person.organisation}` : person.name}
                  </a>
                  {person.detail ? <Text className={styles.muted}>{person.detail}</Text> : null}
                </div>
                <Checkbox
                  checked={person.followUpDone}
                  label={
                    person.followUpOn
                      ? t('met.followUpOn', { date: formatDate(person.followUpOn, i18n.language) })
                      : t('met.followedUp')
                  }
                  aria-label={t('met.followUpFor', { name: person.name })}
                  onChange={(_e, data) => void setDone(person.interactionId, data.checked === true)}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </section>
  );
}

function ReflectionSection({ view }: { view: EventView }) {
  const styles = useStyles();
  const { t } = useTranslation('events');
  const feedback = useFeedback('events');
  const refresh = useRefreshEvents();
  const [whatWentWell, setWhatWentWell] = useState('');
  const [discomfort, setDiscomfort] = useState(5);
  const [saving, setSaving] = useState(false);
  const { reflection } = view.event;

  const save = async () => {
    setSaving(true);
    try {
      const { levelUp } = await api().events.reflect({ eventId: view.event.id, whatWentWell, discomfort });
      await refresh();
      feedback.showSuccess((t) => (levelUp ? t('reflection.levelUp', { level: levelUp.to }) : t('reflection.saved')));
    } catch (error) {
      feedback.showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="reflection-heading">
      <Text as="h2" id="reflection-heading" size={500} weight="semibold" className={styles.heading}>
        {t('reflection.title')}
      </Text>
      <Card className={styles.card}>
        {reflection ? (
          <>
            <Text as="p">{reflection.whatWentWell || t('reflection.nothingNoted')}</Text>
            <Text as="p" className={styles.muted}>
              {t('reflection.discomfortWas', { value: reflection.discomfort })}
            </Text>
            {view.reflectionChallenge ? (
              <Text as="p" className={styles.muted}>
                {t('reflection.countedAs', { title: view.reflectionChallenge.title, level: view.reflectionChallenge.level })}
              </Text>
            ) : null}
          </>
        ) : view.phase !== 'after' ? (
          <Text as="p" className={styles.muted}>
            {t('reflection.afterTheEvent')}
          </Text>
        ) : (
          <form
            className={styles.form}
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <Text as="p" className={styles.muted}>
              {t('reflection.intro')}
            </Text>
            <Field label={t('reflection.whatWentWell')}>
              <Textarea value={whatWentWell} resize="vertical" onChange={(_e, data) => setWhatWentWell(data.value)} />
            </Field>
            <DiscomfortSlider label={t('reflection.discomfort')} value={discomfort} onChange={setDiscomfort} />
            <div>
              <Button appearance="primary" type="submit" disabled={saving}>
                {t('reflection.save')}
              </Button>
            </div>
          </form>
        )}
      </Card>
    </section>
  );
}
