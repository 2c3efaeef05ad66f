// "Gestern und heute getroffen?": yesterday's and today's past meetings with people from the journal, each logged as
// an encounter with one click (the kind of encounter can be changed first), or dismissed; both with "Rückgängig".
// People from the meeting who are not in the journal yet can become contacts from here, and the user's own address,
// until she has told Plausch it is hers, is one click from being left out for good.
import { Button, Link, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarCheckmarkRegular, CheckmarkRegular, DismissRegular, LocationRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarNewcomer, CalendarSuggestion } from '../../../../shared/calendar';
import type { InteractionType } from '../../../../shared/model';
import { useFeedback } from '../../app/feedback';
import { useSettings, useUpdateSettings } from '../../app/settings';
import { routeToHash } from '../../app/navigation';
import { PersonAvatar } from '../../components';
import { TodayCard, useTodayStyles } from '../today/today-card';
import { useAddCalendarContact, useDismissFromCalendar, useLogSuggestion } from './calendar-queries';
import { meetingWhen, newcomerLabel, newcomerName } from './calendar-texts';
import { rowFocusAttribute, useFocusAfterAction } from './focus-after-action';

/** The kinds a meeting from the calendar may turn out to have been; the suggested one is offered too if not among them. */
const meetingTypes: readonly InteractionType[] = ['meeting', 'lunch', 'coffee', 'call', 'smallTalk', 'event'];

export const useCalendarRowStyles = makeStyles({
  row: { alignItems: 'flex-start', paddingBlock: tokens.spacingVerticalS },
  when: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  people: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyle: 'none' },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  place: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorNeutralForeground2 },
  // Under the meeting across the whole row, so a name and its button stay on one line.
  newcomers: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexBasis: '100%', margin: 0, padding: 0, listStyle: 'none' },
  newcomer: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginInlineStart: 'auto' },
  type: { minWidth: '9rem' },
});

export function MetCard({ suggestions, today }: { suggestions: CalendarSuggestion[]; today: string }) {
  const { t } = useTranslation('calendar');
  const { containerRef, actedOn, forget } = useFocusAfterAction(suggestions.map((suggestion) => suggestion.key));
  return (
    <div ref={containerRef}>
      <TodayCard title={t('suggestions.title')} icon={<CalendarCheckmarkRegular />} listLabel={t('suggestions.label')}>
        {suggestions.map((suggestion) => (
          <SuggestionRow
            key={suggestion.key}
            suggestion={suggestion}
            today={today}
            onAction={() => actedOn(suggestion.key)}
            onFailed={forget}
          />
        ))}
      </TodayCard>
    </div>
  );
}

function SuggestionRow({
  suggestion,
  today,
  onAction,
  onFailed,
}: {
  suggestion: CalendarSuggestion;
  today: string;
  onAction(): void;
  onFailed(): void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const { t: tJournal } = useTranslation('journal');
  const todayStyles = useTodayStyles();
  const styles = useCalendarRowStyles();
  const feedback = useFeedback('calendar');
  const [type, setType] = useState<InteractionType>(suggestion.type);
  const log = useLogSuggestion();
  const dismiss = useDismissFromCalendar();
  const summary = suggestion.summary || t('suggestions.withoutSubject');
  const when = meetingWhen(suggestion, today, t, i18n.language);
  const types = meetingTypes.includes(suggestion.type) ? meetingTypes : [suggestion.type, ...meetingTypes];
  const busy = log.isPending || dismiss.isPending;

  const onLog = () => {
    onAction();
    log.mutate(
      { key: suggestion.key, ...(type !== suggestion.type ? { type } : {}) },
      {
        onSuccess: (receipt) => feedback.showUndo((tl) => tl('suggestions.logged', { summary }), receipt.undoToken),
        onError: (error) => {
          onFailed();
          feedback.showError(error);
        },
      },
    );
  };
  const onDismiss = () => {
    onAction();
    dismiss.mutate(suggestion.key, {
      onSuccess: (receipt) => feedback.showUndo((tl) => tl('suggestions.dismissed'), receipt.undoToken),
      onError: (error) => {
        onFailed();
        feedback.showError(error);
      },
    });
  };

  return (
    <li className={`${todayStyles.item} ${styles.row}`} aria-label={t('suggestions.rowLabel', { when, summary })} data-calendar-key={suggestion.key}>
      <div className={todayStyles.what}>
        <Text size={200} className={styles.when}>
          {when}
        </Text>
        <Text weight="semibold" className={todayStyles.text}>
          {summary}
        </Text>
        <ul className={styles.people} aria-label={t('suggestions.people')}>
          {suggestion.contacts.map((contact) => (
            <li key={contact.contactId} className={styles.person}>
              <PersonAvatar name={contact.name} contactId={contact.contactId} size={24} />
              <Link className={todayStyles.text} href={routeToHash({ name: 'contact', id: contact.contactId })}>
                {contact.name}
              </Link>
            </li>
          ))}
        </ul>
        {suggestion.place ? (
          <Text size={200} className={styles.place}>
            <LocationRegular aria-hidden="true" />
            <span className={todayStyles.text}>{suggestion.place}</span>
          </Text>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Select
          size="small"
          className={styles.type}
          aria-label={t('suggestions.typeFor', { summary })}
          value={type}
          onChange={(_event, data) => setType(data.value as InteractionType)}
        >
          {types.map((choice) => (
            <option key={choice} value={choice}>
              {tJournal(`types.${choice}`)}
            </option>
          ))}
        </Select>
        {suggestion.contacts.length > 0 ? (
          <Button
            size="small"
            appearance="primary"
            icon={<CheckmarkRegular />}
            aria-label={t('suggestions.logFor', { summary })}
            disabled={busy}
            onClick={onLog}
            {...{ [rowFocusAttribute]: '' }}
          >
            {t('suggestions.log')}
          </Button>
        ) : null}
        <Button
          size="small"
          appearance="subtle"
          icon={<DismissRegular />}
          aria-label={t('suggestions.dismissFor', { summary })}
          disabled={busy}
          onClick={onDismiss}
          {...(suggestion.contacts.length === 0 ? { [rowFocusAttribute]: '' } : {})}
        >
          {t('suggestions.dismiss')}
        </Button>
      </div>
      {suggestion.newcomers.length > 0 ? <Newcomers suggestion={suggestion} summary={summary} /> : null}
    </li>
  );
}

/** "Noch nicht im Journal: Jana Roth (Nordlicht GmbH) [Als Kontakt anlegen]"; once added, she is among the people. */
function Newcomers({ suggestion, summary }: { suggestion: CalendarSuggestion; summary: string }) {
  const { t } = useTranslation('calendar');
  const styles = useCalendarRowStyles();
  const todayStyles = useTodayStyles();
  return (
    <div className={styles.newcomers}>
      <Text size={200} className={todayStyles.meta}>
        {t('suggestions.newcomers')}
      </Text>
      <ul className={styles.newcomers} aria-label={t('suggestions.newcomersLabel', { summary })}>
        {suggestion.newcomers.map((newcomer) => (
          <NewcomerRow key={newcomer.email} newcomer={newcomer} suggestionKey={suggestion.key} />
        ))}
      </ul>
    </div>
  );
}

function NewcomerRow({ newcomer, suggestionKey }: { newcomer: CalendarNewcomer; suggestionKey: string }) {
  const { t } = useTranslation('calendar');
  const styles = useCalendarRowStyles();
  const todayStyles = useTodayStyles();
  const feedback = useFeedback('calendar');
  const add = useAddCalendarContact();
  const settings = useSettings();
  const updateSettings = useUpdateSettings();
  const name = newcomerName(newcomer);
  const rowRef = useRef<HTMLLIElement>(null);
  // The button goes with the newcomer once she is a contact: the row's "Festhalten" takes the focus, so Enter logs
  // the meeting with her next.
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!moved) return;
    const row = rowRef.current?.closest('li[data-calendar-key]');
    return () => row?.querySelector<HTMLElement>(`[${rowFocusAttribute}]`)?.focus();
  }, [moved]);
  return (
    <li ref={rowRef} className={styles.newcomer}>
      <PersonAvatar name={name} size={24} />
      <Text className={todayStyles.text}>{newcomerLabel(newcomer, t)}</Text>
      <Button
        size="small"
        icon={<PersonAddRegular />}
        aria-label={t('suggestions.addContactFor', { name })}
        disabled={add.isPending}
        onClick={() =>
          add.mutate(
            { key: suggestionKey, email: newcomer.email },
            {
              onSuccess: () => {
                setMoved(true);
                feedback.showSuccess((tl) => tl('suggestions.contactAdded', { name }));
              },
              onError: (error) => feedback.showError(error),
            },
          )
        }
      >
        {t('suggestions.addContact')}
      </Button>
      <Button
        size="small"
        appearance="subtle"
        aria-label={t('suggestions.itsMeFor', { email: newcomer.email })}
        disabled={updateSettings.isPending || !settings.data}
        onClick={() =>
          updateSettings.mutate(
            { ownEmailAddresses: [...(settings.data?.ownEmailAddresses ?? []), newcomer.email] },
            { onSuccess: () => feedback.showSuccess((tl) => tl('suggestions.itsMeDone', { email: newcomer.email })) },
          )
        }
      >
        {t('suggestions.itsMe')}
      </Button>
    </li>
  );
}
