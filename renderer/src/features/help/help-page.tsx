// "Wer kann helfen?": the user says what she needs in her own words and sees the people most likely to help, each
// with the reasons in words, and can note that she asked them or copy an opener. The need can arrive with the route
// (the search palette, the tray); the page answers as she types.
import { Button, Field, Input, Link, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { PeopleSearchRegular, PersonQuestionMarkRegular, SearchRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateAt } from '../../../../shared/dates';
import type { HelpAnswer } from '../../../../shared/help-contract';
import { describeError } from '../../app/feedback';
import { routeToHash } from '../../app/navigation';
import { shortcutLabel } from '../../app/shortcuts';
import { EmptyState, PageHeader } from '../../components';
import { HelpPerson } from './help-person';
import { useHelpAnswer, useNeedToAsk } from './help-queries';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '60rem' },
  ask: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  examples: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  status: { minHeight: '20px' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const exampleKeys = ['room', 'appointment', 'travel'] as const;

export function HelpPage({ need: needFromRoute }: { need?: string | undefined }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation('help');
  const { t: tCommon } = useTranslation();
  const [text, setText] = useState(needFromRoute ?? '');
  const { need, askNow } = useNeedToAsk(text);
  const answer = useHelpAnswer(need);
  // Noted on this page: shown as asked at once, before the answer comes back with the open request.
  const [askedHere, setAskedHere] = useState<Record<string, boolean>>({});
  const fieldRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const examplesLabelId = useId('help-examples');

  // The field, not the heading, takes the focus: this page is opened to type. The frame moves the focus to the
  // heading after navigating, in an effect that runs after this page's own, hence the next frame.
  useEffect(() => {
    const frame = requestAnimationFrame(() => fieldRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const typed = text.trim();
  const waiting = typed.length > 0 && (need !== typed || answer.isFetching);
  const shown: HelpAnswer | undefined = typed.length > 0 ? answer.data : undefined;
  const keys = shortcutLabel('askHelp', { ctrl: tCommon('shortcuts.ctrl'), shift: tCommon('shortcuts.shift') });
  const language = i18n.language === 'en' ? 'en' : 'de';
  const today = isoDateAt(new Date());

  const personLinks = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[data-help-person]') ?? [])];

  const onFieldKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      askNow();
    } else if (event.key === 'ArrowDown') {
      const first = personLinks()[0];
      if (!first) return;
      event.preventDefault();
      first.focus();
    }
  };

  // ↑/↓ walk from person to person; ↑ on the first goes back to the field.
  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = personLinks();
    const at = links.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) fieldRef.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };

  const chooseExample = (example: string) => {
    setText(example);
    askNow(example);
    fieldRef.current?.focus();
  };

  return (
    <div className={styles.page}>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <div className={styles.ask}>
        <Field label={t('field.label')} hint={t('field.hint', { keys })} size="large">
          <Input
            ref={fieldRef}
            size="large"
            contentBefore={<SearchRegular />}
            placeholder={t('field.placeholder')}
            value={text}
            maxLength={300}
            onChange={(_event, data) => setText(data.value)}
            onKeyDown={onFieldKeyDown}
          />
        </Field>
        <div className={styles.examples} role="group" aria-labelledby={examplesLabelId}>
          <Text id={examplesLabelId} className={styles.muted}>
            {t('examples.label')}
          </Text>
          {exampleKeys.map((key) => (
            <Button key={key} size="small" shape="circular" onClick={() => chooseExample(t(`examples.${key}`))}>
              {t(`examples.${key}`)}
            </Button>
          ))}
        </div>
      </div>
      <div className={styles.status} aria-live="polite">
        {waiting ? (
          <Spinner size="extra-tiny" label={t('status.asking')} labelPosition="after" />
        ) : shown && shown.people.length > 0 ? (
          <Text size={200} className={styles.muted}>
            {t('status.count', { count: shown.people.length })}
          </Text>
        ) : null}
      </div>
      {typed.length === 0 ? (
        <StartState />
      ) : answer.isError && !waiting ? (
        <Text as="p" role="alert">
          {describeError(answer.error, tCommon)}
        </Text>
      ) : shown && shown.people.length === 0 && !waiting ? (
        <NobodyState need={shown.need} />
      ) : shown ? (
        <ul ref={listRef} className={styles.list} aria-label={t('results.label')} onKeyDown={onListKeyDown}>
          {shown.people.map((person) => (
            <li key={person.contactId}>
              <HelpPerson
                person={person}
                need={shown.need}
                asked={askedHere[person.contactId] ?? person.reasons.some((reason) => reason.kind === 'alreadyAsked')}
                onAsked={(asked) => setAskedHere((before) => ({ ...before, [person.contactId]: asked }))}
                language={language}
                today={today}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function StartState() {
  const { t } = useTranslation('help');
  return (
    <EmptyState
      icon={<PersonQuestionMarkRegular />}
      title={t('empty.startTitle')}
      text={t('empty.startText')}
      action={
        <Text>
          {t('empty.offerText')} <Link href={routeToHash({ name: 'settings' })}>{t('empty.offerLink')}</Link>
        </Text>
      }
    />
  );
}

function NobodyState({ need }: { need: string }) {
  const { t } = useTranslation('help');
  return (
    <EmptyState
      icon={<PeopleSearchRegular />}
      title={t('empty.nobodyTitle', { need })}
      text={t('empty.nobodyText')}
      action={<Link href={routeToHash({ name: 'contacts' })}>{t('empty.nobodyLink')}</Link>}
    />
  );
}
