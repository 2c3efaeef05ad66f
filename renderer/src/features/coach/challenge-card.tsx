// The challenge of the day (or week): what to try, with whom, how it went. Exported for the Today screen too, so the
// same card (start, complete, level-up) works wherever it is placed.
import { Badge, Button, Link, Spinner, Text, mergeClasses } from '@fluentui/react-components';
import { CalendarClockRegular, CheckmarkCircleRegular, FlagRegular, TrophyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChallengeOfPeriod } from '../../../../shared/coach-views';
import { routeToHash } from '../../app/navigation';
import { formatDate, formatWeekdayDate } from '../../components';
import { CoachCard } from './coach-card';
import { useChallenge } from './coach-queries';
import { useCoachStyles } from './coach-styles';
import { CompleteChallengeDialog, LevelUpDialog, StartChallengeDialog } from './challenge-dialogs';

export function ChallengeOfTheDayCard() {
  const { t } = useTranslation('coach');
  const { t: tCommon } = useTranslation();
  const challenge = useChallenge();
  if (challenge.isPending) return <Spinner label={tCommon('app.loading')} />;
  if (challenge.isError) return <Text role="alert">{tCommon('app.loadFailed')}</Text>;
  return <ChallengeView current={challenge.data} title={t(challenge.data.period === 'week' ? 'challenge.titleWeek' : 'challenge.titleDay')} />;
}

function ChallengeView({ current, title }: { current: ChallengeOfPeriod; title: string }) {
  const styles = useCoachStyles();
  const { t, i18n } = useTranslation('coach');
  const [dialog, setDialog] = useState<'start' | 'complete' | null>(null);
  const [levelUp, setLevelUp] = useState<{ from: number; to: number } | null>(null);
  const { challenge, attempt, suggestedPerson, streak } = current;
  const unit = streak.unit === 'week' ? 'weeks' : 'days';

  return (
    <CoachCard
      title={title}
      icon={<FlagRegular />}
      aside={
        <Badge appearance="tint" color="brand">
          {t('challenge.level', { level: challenge.level })}
        </Badge>
      }
    >
      <Text as="h3" size={500} weight="semibold" className={styles.heading}>
        {challenge.title}
      </Text>
      <Text as="p" className={styles.text}>
        {challenge.text}
      </Text>
      {attempt?.status !== 'done' ? (
        <Text as="p" className={mergeClasses(styles.row, styles.noWrap, styles.muted)}>
          <CalendarClockRegular aria-hidden="true" />
          {t('challenge.due', { date: formatWeekdayDate(current.dueOn, i18n.language) })}
        </Text>
      ) : null}
      {suggestedPerson && !attempt ? (
        <Text as="p" className={styles.muted}>
          {suggestedPerson.reason === 'newColleague'
            ? t('challenge.suggested.newColleague', { name: suggestedPerson.name })
            : suggestedPerson.lastContactOn
              ? t('challenge.suggested.notMetForAWhile', {
                  name: suggestedPerson.name,
                  date: formatDate(suggestedPerson.lastContactOn, i18n.language),
                })
              : t('challenge.suggested.neverMet', { name: suggestedPerson.name })}
        </Text>
      ) : null}
      {attempt?.status === 'started' ? (
        <Text as="p" className={styles.muted}>
          {t('challenge.running', { value: attempt.expectedDiscomfort })}
        </Text>
      ) : null}
      {attempt?.status === 'done' ? (
        <Text as="p" className={mergeClasses(styles.row, styles.noWrap)}>
          <CheckmarkCircleRegular aria-hidden="true" />
          {t('challenge.done', {
            expected: attempt.expectedDiscomfort,
            actual: attempt.actualDiscomfort ?? 0,
          })}{' '}
          {t(current.period === 'week' ? 'challenge.nextWeek' : 'challenge.nextDay')}
        </Text>
      ) : null}
      <div className={styles.row}>
        {!attempt ? (
          <Button appearance="primary" onClick={() => setDialog('start')}>
            {t('challenge.start')}
          </Button>
        ) : null}
        {attempt?.status === 'started' ? (
          <Button appearance="primary" icon={<TrophyRegular />} onClick={() => setDialog('complete')}>
            {t('challenge.complete')}
          </Button>
        ) : null}
        <Text className={styles.muted}>
          {streak.current > 0 ? t(`challenge.streak.${unit}`, { count: streak.current }) : t('challenge.streak.none')}
        </Text>
        <Link href={routeToHash({ name: 'progress' })}>{t('challenge.progressLink')}</Link>
      </div>
      {dialog === 'start' ? (
        <StartChallengeDialog
          challenge={{
            id: challenge.id,
            title: challenge.title,
            text: challenge.text,
            ...(suggestedPerson ? { contactId: suggestedPerson.contactId } : {}),
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'complete' && attempt ? (
        <CompleteChallengeDialog
          attempt={attempt}
          title={challenge.title}
          onClose={() => setDialog(null)}
          onCompleted={(completion) => setLevelUp(completion.levelUp ?? null)}
        />
      ) : null}
      {levelUp ? <LevelUpDialog levelUp={levelUp} onClose={() => setLevelUp(null)} /> : null}
    </CoachCard>
  );
}
