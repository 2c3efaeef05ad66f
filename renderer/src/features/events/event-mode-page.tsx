// Event mode: the compact companion for the day itself, shown without the app frame (the shell gives it a small
// window of its own, optionally always on top). Capturing someone comes first; below it the current phase's
// checklist, the goals, a card for each person to look out for with what to ask them, and openers for the occasion.
import { Badge, Button, Card, Spinner, Text, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  ChatBubblesQuestionRegular,
  CheckmarkCircleRegular,
  FlagRegular,
  PeopleRegular,
  PersonAddRegular,
  PinFilled,
  PinRegular,
} from '@fluentui/react-icons';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventModePerson, EventModeView } from '../../../../shared/events-views';
import { describeError, useFeedback } from '../../app/feedback';
import { useDesktopActions } from '../../app/desktop';
import { PersonAvatar } from '../../components';
import { CaptureForm } from './capture-form';
import { ChecklistTabs } from './checklist-tabs';
import { formatEventWhen } from './event-format';
import { useEventMode } from './events-queries';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  // A browser tab is as wide as the screen: the companion keeps the width of its desktop window, centred.
  inBrowser: { paddingInline: 'max(16px, calc((100% - 44rem) / 2))' },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  // The title wraps instead; the phase and the two buttons beside it keep their size in the narrow window.
  phase: { flexShrink: 0 },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: 0 },
  title: { margin: 0, ':focus': { outlineStyle: 'none' } },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  card: { gap: tokens.spacingVerticalS },
  cardHeading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  cardIcon: { fontSize: '20px', display: 'flex', color: tokens.colorBrandForeground1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  plainList: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  personHeader: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  person: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  met: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  metPerson: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export function EventModePage({ id }: { id: string }) {
  const styles = useStyles();
  const { t } = useTranslation('events');
  const { t: tCommon } = useTranslation();
  const view = useEventMode(id);
  const title = view.data?.event.title;
  const { inBrowser } = useDesktopActions();

  useEffect(() => {
    document.title = title ? `${t('mode.windowTitle', { title })} – ${tCommon('app.name')}` : tCommon('app.name');
  }, [title, t, tCommon]);

  return (
    <main className={mergeClasses(styles.root, inBrowser && styles.inBrowser)} aria-label={t('mode.label')}>
      {view.isPending ? <Spinner label={tCommon('app.loading')} /> : null}
      {view.isError ? <Text role="alert">{describeError(view.error, tCommon)}</Text> : null}
      {view.data ? <EventMode view={view.data} /> : null}
    </main>
  );
}

function Section({ title, icon, children }: { title: string; icon: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Card className={styles.card} aria-label={title}>
      <Text as="h2" size={400} weight="semibold" className={styles.cardHeading}>
        <span className={styles.cardIcon} aria-hidden="true">
          {icon}
        </span>
        {title}
      </Text>
      {children}
    </Card>
  );
}

function EventMode({ view }: { view: EventModeView }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('events');
  const feedback = useFeedback();
  const desktop = useDesktopActions();
  // The window starts below the others whenever it loads an event; the pin raises it for the evening.
  const [onTop, setOnTop] = useState(false);
  const { event } = view;
  const pin = () => {
    desktop.openEventMode(event.id, !onTop).then(() => setOnTop(!onTop), feedback.showError);
  };
  // The journal belongs in the main window: this one stays the compact companion.
  const toEvent = () => {
    desktop.showMain({ name: 'event', id: event.id }).catch(feedback.showError);
  };
  // A browser tab cannot stay above other windows: the pin says so instead of doing nothing.
  const pinLabel = desktop.inBrowser ? t('mode.keepOnTopDesktopOnly') : t('mode.keepOnTop');
  return (
    <>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Text as="h1" size={600} weight="semibold" className={styles.title}>
            {event.title}
          </Text>
          <Text className={styles.muted}>{[formatEventWhen(event, i18n.language), event.place].filter(Boolean).join(' · ')}</Text>
        </div>
        <Badge className={styles.phase} appearance="tint" color={view.phase === 'during' ? 'brand' : 'informative'}>
          {t(`phases.${view.phase}`)}
        </Badge>
        <ToggleButton
          appearance="subtle"
          checked={onTop}
          icon={onTop ? <PinFilled /> : <PinRegular />}
          aria-label={pinLabel}
          title={pinLabel}
          disabledFocusable={desktop.inBrowser}
          onClick={pin}
        />
        <Button appearance="subtle" icon={<ArrowLeftRegular />} aria-label={t('mode.toEvent')} title={t('mode.toEvent')} onClick={toEvent} />
      </header>

      <Section title={t('capture.title')} icon={<PersonAddRegular />}>
        <CaptureForm eventId={event.id} />
        {view.met.length > 0 ? (
          <div className={styles.met} aria-label={t('mode.metSoFar', { count: view.met.length })} role="group">
            <Text className={styles.muted}>{t('mode.metSoFar', { count: view.met.length })}</Text>
            {view.met.map((person) => (
              <span key={person.interactionId} className={styles.metPerson}>
                <PersonAvatar name={person.name} contactId={person.contactId} size={20} />
                <Text>{person.name}</Text>
              </span>
            ))}
          </div>
        ) : null}
      </Section>

      <ChecklistTabs eventId={event.id} checklist={view.checklist} progress={event.progress} phase={view.phase} label={t('checklist.title')} compact />

      {view.goals.length > 0 ? (
        <Section title={t('page.goals')} icon={<FlagRegular />}>
          <ul className={styles.list}>
            {view.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </Section>
      ) : null}

      {view.people.length > 0 ? (
        <Section title={t('mode.people')} icon={<PeopleRegular />}>
          <ul className={styles.plainList}>
            {view.people.map((person) => (
              <PersonCard key={person.contactId} person={person} />
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title={t('mode.openers')} icon={<ChatBubblesQuestionRegular />}>
        <ul className={styles.list}>
          {view.openers.map((opener) => (
            <li key={opener.id}>{opener.text}</li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function PersonCard({ person }: { person: EventModePerson }) {
  const styles = useStyles();
  const { t } = useTranslation('events');
  return (
    <li className={styles.person} aria-label={person.name}>
      <div className={styles.personHeader}>
        <PersonAvatar name={person.name} contactId={person.contactId} size={24} />
        <Text weight="semibold">{person.name}</Text>
        {person.organisation ? <Text className={styles.muted}>{person.organisation}</Text> : null}
        {person.met ? (
          <Badge appearance="tint" color="success" icon={<CheckmarkCircleRegular />}>
            {t('mode.met')}
          </Badge>
        ) : null}
      </div>
      {person.openers.length > 0 ? (
        <>
          <Text size={200} className={styles.muted}>
            {t('mode.askThem')}
          </Text>
          <ul className={styles.list}>
            {person.openers.map((opener) => (
              <li key={opener.id}>{opener.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}
