// "Wen spreche ich diese Woche an?": a few people not on the agenda — drifting, an occasion ahead, a favour open
// either way — each with why, to log an encounter with or to put off for a week.
import { Button, Link, Text, Tooltip } from '@fluentui/react-components';
import { CalendarCancelRegular, PeopleCommunityRegular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TodaySuggestion, TodayView } from '../../../../shared/views';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { routeToHash } from '../../app/navigation';
import { PersonAvatar } from '../../components';
import { suggestionReason } from './agenda-texts';
import { LogAction } from './row-actions';
import { GreetingIconButton, greetingForSuggestion } from '../coach/greetings-button';
import { TodayCard, useTodayStyles } from './today-card';

export function SuggestionsCard({ view }: { view: Pick<TodayView, 'suggestions' | 'driftingCount' | 'openFavourCount'> }) {
  const { t } = useTranslation('today');
  const styles = useTodayStyles();
  const more = (
    <div className={styles.stacked}>
      {view.driftingCount > 0 ? <Link href={routeToHash({ name: 'drifting' })}>{t('suggestions.allDrifting', { count: view.driftingCount })}</Link> : null}
      {view.openFavourCount > 0 ? <Link href={routeToHash({ name: 'favours' })}>{t('suggestions.allFavours', { count: view.openFavourCount })}</Link> : null}
    </div>
  );
  return (
    <TodayCard title={t('suggestions.title')} icon={<PeopleCommunityRegular />} listLabel={t('suggestions.label')} more={more}>
      {view.suggestions.length === 0 ? (
        <li className={styles.item}>
          <Text className={styles.meta}>{t('suggestions.empty')}</Text>
        </li>
      ) : null}
      {view.suggestions.map((suggestion) => (
        <SuggestionRow key={suggestion.contactId} suggestion={suggestion} />
      ))}
    </TodayCard>
  );
}

function SuggestionRow({ suggestion }: { suggestion: TodaySuggestion }) {
  const { t, i18n } = useTranslation('today');
  const styles = useTodayStyles();
  const feedback = useFeedback('today');
  const { contactId, name } = suggestion;
  const greeting = greetingForSuggestion(suggestion);
  const snooze = useMutation({
    mutationFn: () => api().today.snoozeSuggestion({ contactId }),
    onSuccess: () => feedback.showSuccess((tl) => tl('suggestions.snoozed', { name })),
    onError: (error) => feedback.showError(error),
  });
  return (
    <li className={styles.item} data-reason={suggestion.reason.kind}>
      <PersonAvatar name={name} contactId={contactId} />
      <div className={styles.what}>
        <Link className={styles.text} href={routeToHash({ name: 'contact', id: contactId })}>
          {name}
        </Link>
        <Text size={200} className={styles.meta}>
          {suggestionReason(suggestion, { t, language: i18n.language })}
        </Text>
      </div>
      <div className={styles.actions} role="group" aria-label={t('agenda.actionsFor', { what: name })}>
        <LogAction contactIds={[contactId]} names={name} />
        {greeting ? <GreetingIconButton contactId={contactId} name={name} {...greeting} /> : null}
        <Tooltip content={t('suggestions.snoozeFor', { name })} relationship="label">
          <Button size="small" appearance="subtle" icon={<CalendarCancelRegular />} disabled={snooze.isPending} onClick={() => snooze.mutate()} />
        </Tooltip>
      </div>
    </li>
  );
}
