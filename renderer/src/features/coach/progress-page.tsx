// How far the user has come: the level with what it means, the streak, the weekly chart, and every attempt with what
// was expected beside what happened.
import { Badge, Link, ProgressBar, Spinner, Text } from '@fluentui/react-components';
import { ArrowLeftRegular, DataBarVerticalRegular, FireRegular, HistoryRegular, RibbonStarRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ChallengeProgress } from '../../../../shared/coach-views';
import { routeToHash } from '../../app/navigation';
import { EmptyState, PageHeader, formatDate, formatWeekdayDate } from '../../components';
import { levelKey } from './challenge-dialogs';
import { CoachCard } from './coach-card';
import { ExpectationBesideOutcome, OutcomeText } from './expectation-beside-outcome';
import { useProgress } from './coach-queries';
import { useCoachStyles } from './coach-styles';
import { ProgressChart } from './progress-chart';

export function BackToCoach() {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  return (
    <Link className={styles.back} href={routeToHash({ name: 'coach' })}>
      <ArrowLeftRegular aria-hidden="true" /> {t('back')}
    </Link>
  );
}

export function ProgressPage() {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const { t: tCommon } = useTranslation();
  const progress = useProgress();
  return (
    <div className={styles.page}>
      <BackToCoach />
      <PageHeader title={t('progress.title')} description={t('progress.description')} />
      {progress.isPending ? <Spinner label={tCommon('app.loading')} /> : null}
      {progress.isError ? <Text role="alert">{tCommon('app.loadFailed')}</Text> : null}
      {progress.data ? <ProgressView progress={progress.data} /> : null}
    </div>
  );
}

function ProgressView({ progress }: { progress: ChallengeProgress }) {
  const styles = useCoachStyles();
  const { t, i18n } = useTranslation('coach');
  const { level, streak } = progress;
  const unit = streak.unit === 'week' ? 'weeks' : 'days';
  const key = levelKey(level.level);
  return (
    <div className={styles.grid}>
      <CoachCard title={t('progress.levelTitle', { level: level.level })} icon={<RibbonStarRegular />}>
        <Text as="p" weight="semibold" className={styles.text}>
          {t(`levels.${key}.name`)}
        </Text>
        <Text as="p" className={styles.text}>
          {t(`levels.${key}.description`)}
        </Text>
        {level.needed > 0 ? (
          <>
            <ProgressBar
              value={Math.min(level.done, level.needed)}
              max={level.needed}
              aria-label={t('progress.toNext', { done: level.done, needed: level.needed })}
            />
            <Text className={styles.muted}>{t('progress.toNext', { done: level.done, needed: level.needed })}</Text>
            <Text size={200} className={styles.muted}>
              {t('progress.rule')}
            </Text>
          </>
        ) : (
          <Text className={styles.muted}>{t('progress.top')}</Text>
        )}
      </CoachCard>
      <CoachCard title={t('progress.streakTitle')} icon={<FireRegular />}>
        <Text as="p" size={600} weight="semibold" className={styles.text}>
          {t(`challenge.streak.${unit}`, { count: streak.current })}
        </Text>
        <Text className={styles.muted}>{t(`progress.longest.${unit}`, { count: streak.longest })}</Text>
      </CoachCard>
      <CoachCard title={t('progress.chart.title')} icon={<DataBarVerticalRegular />} wide>
        <ProgressChart weeks={progress.weeks} language={i18n.language} />
      </CoachCard>
      <CoachCard title={t('progress.history.title')} icon={<HistoryRegular />} wide>
        {progress.attempts.length === 0 ? (
          <EmptyState icon={<HistoryRegular />} title={t('progress.history.emptyTitle')} text={t('progress.history.emptyText')} />
        ) : (
          <ul className={styles.list} aria-label={t('progress.history.title')}>
            {progress.attempts.map((attempt) => (
              <AttemptItem key={attempt.id} attempt={attempt} />
            ))}
          </ul>
        )}
      </CoachCard>
    </div>
  );
}

type ListedAttempt = ChallengeProgress['attempts'][number];

/** One attempt: when and with whom; a done one with what was expected beside what happened, a started one with its day. */
function AttemptItem({ attempt }: { attempt: ListedAttempt }) {
  const styles = useCoachStyles();
  const { t, i18n } = useTranslation('coach');
  const done = attempt.status === 'done';
  // Both ratings stand in the comparison when there is one; otherwise the line under the title carries them.
  const compared = done && (attempt.expectation !== '' || attempt.whatHappened !== '');
  const facts = [
    formatDate(attempt.completedOn ?? attempt.startedOn, i18n.language),
    attempt.name,
    compared
      ? undefined
      : done
        ? t('progress.history.discomfort', { expected: attempt.expectedDiscomfort, actual: attempt.actualDiscomfort ?? 0 })
        : t('progress.history.expected', { expected: attempt.expectedDiscomfort }),
    !done && attempt.dueOn ? t('progress.history.due', { date: formatWeekdayDate(attempt.dueOn, i18n.language) }) : undefined,
  ];
  return (
    <li className={styles.item}>
      <span className={styles.grow}>
        <Text weight="semibold">{attempt.title}</Text>
        <Text size={200} className={styles.muted}>
          {facts.filter(Boolean).join(' · ')}
        </Text>
        {compared ? (
          <ExpectationBesideOutcome
            expectation={attempt.expectation}
            expectedDiscomfort={attempt.expectedDiscomfort}
            outcome={<OutcomeText actualDiscomfort={attempt.actualDiscomfort ?? 0} whatHappened={attempt.whatHappened} />}
          />
        ) : null}
        {attempt.reflection ? (
          <Text size={200} italic>
            {attempt.reflection}
          </Text>
        ) : null}
      </span>
      <Badge appearance="tint" color={done ? 'success' : 'informative'}>
        {t(`progress.history.status.${attempt.status}`)}
      </Badge>
    </li>
  );
}
