// The coach at a glance: the challenge of the day or week, challenges begun from a tip, how often a new one comes,
// the ways into prompts, progress, new colleagues and the assistants' network, and the article's advice as tips.
import { Button, Link, Radio, RadioGroup, Text, mergeClasses } from '@fluentui/react-components';
import {
  ChatBubblesQuestionRegular,
  DataBarVerticalRegular,
  LightbulbRegular,
  PeopleCommunityRegular,
  PersonAddRegular,
  PlayCircleRegular,
  SettingsRegular,
  TrophyRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChallengeProgress, TipCard } from '../../../../shared/coach-views';
import type { TipAction } from '../../../../shared/content/schema';
import { challengePeriods, type ChallengePeriod } from '../../../../shared/model';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { routeToHash, useNavigation } from '../../app/navigation';
import { PageHeader, formatDate } from '../../components';
import { ChallengeOfTheDayCard } from './challenge-card';
import { CompleteChallengeDialog, LevelUpDialog, StartChallengeDialog, levelKey, type ChallengeToStart } from './challenge-dialogs';
import { CoachCard } from './coach-card';
import { useChallenge, useProgress, useRefreshCoach, useTips } from './coach-queries';
import { useCoachStyles } from './coach-styles';

export function CoachPage() {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const progress = useProgress();
  // The id only: the dialog's title comes from the tips as they are now, so it follows a switch of language.
  const [startingId, setStartingId] = useState<string | null>(null);
  const starting = useChallengeFromTips(startingId);
  return (
    <div className={styles.page}>
      <PageHeader title={t('overview.title')} description={t('overview.description')} />
      <div className={styles.grid}>
        <ChallengeOfTheDayCard />
        {progress.data ? <StartedChallenges progress={progress.data} /> : null}
        <EntryPoints progress={progress.data} />
        <PeriodSetting />
      </div>
      <Tips onStart={(challenge) => setStartingId(challenge.id)} />
      {starting ? <StartChallengeDialog challenge={starting} onClose={() => setStartingId(null)} /> : null}
    </div>
  );
}

/** A challenge a tip offers to start, in the tips' current language. */
function useChallengeFromTips(id: string | null): ChallengeToStart | null {
  const tips = useTips();
  if (id === null) return null;
  for (const tip of tips.data ?? []) {
    for (const action of tip.actions) {
      if (action.kind === 'startChallenge' && action.target === id) return { id, title: action.title ?? id };
    }
  }
  return null;
}

/** Challenges begun from a tip (or an earlier period) and not yet completed, each to complete here. */
function StartedChallenges({ progress }: { progress: ChallengeProgress }) {
  const styles = useCoachStyles();
  const { t, i18n } = useTranslation('coach');
  const current = useChallenge();
  // The id only: the attempt (and its title) comes from the progress as it is now, in the language of the moment.
  const [completingId, setCompletingId] = useState<string | null>(null);
  const [levelUp, setLevelUp] = useState<{ from: number; to: number } | null>(null);
  const shownAbove = current.data?.attempt?.id;
  const open = progress.attempts.filter((attempt) => attempt.status === 'started' && attempt.id !== shownAbove);
  const completing = progress.attempts.find((attempt) => attempt.id === completingId);
  if (open.length === 0 && !levelUp) return null;
  return (
    <CoachCard title={t('started.title')} icon={<PlayCircleRegular />}>
      <ul className={styles.list} aria-label={t('started.title')}>
        {open.map((attempt) => (
          <li key={attempt.id} className={styles.item}>
            <span className={styles.grow}>
              <Text weight="semibold">{attempt.title}</Text>
              <Text size={200} className={styles.muted}>
                {attempt.name
                  ? t('started.sinceWith', { date: formatDate(attempt.startedOn, i18n.language), name: attempt.name })
                  : t('started.since', { date: formatDate(attempt.startedOn, i18n.language) })}
              </Text>
            </span>
            <Button
              icon={<TrophyRegular />}
              aria-label={t('started.completeLabel', { title: attempt.title })}
              onClick={() => setCompletingId(attempt.id)}
            >
              {t('challenge.complete')}
            </Button>
          </li>
        ))}
      </ul>
      {completing ? (
        <CompleteChallengeDialog
          attempt={completing}
          title={completing.title}
          onClose={() => setCompletingId(null)}
          onCompleted={(completion) => setLevelUp(completion.levelUp ?? null)}
        />
      ) : null}
      {levelUp ? <LevelUpDialog levelUp={levelUp} onClose={() => setLevelUp(null)} /> : null}
    </CoachCard>
  );
}

function EntryPoints({ progress }: { progress: ChallengeProgress | undefined }) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const links = [
    { route: { name: 'prompts' } as const, icon: <ChatBubblesQuestionRegular />, label: t('overview.links.prompts'), hint: t('overview.links.promptsHint') },
    {
      route: { name: 'progress' } as const,
      icon: <DataBarVerticalRegular />,
      label: t('overview.links.progress'),
      hint: progress
        ? `${t('progress.levelTitle', { level: progress.level.level })}: ${t(`levels.${levelKey(progress.level.level)}.name`)}`
        : t('overview.links.progressHint'),
    },
    { route: { name: 'colleagues' } as const, icon: <PersonAddRegular />, label: t('overview.links.colleagues'), hint: t('overview.links.colleaguesHint') },
    { route: { name: 'network' } as const, icon: <PeopleCommunityRegular />, label: t('overview.links.network'), hint: t('overview.links.networkHint') },
  ];
  return (
    <CoachCard title={t('overview.links.title')} icon={<LightbulbRegular />}>
      <ul className={styles.list}>
        {links.map((link) => (
          <li key={link.route.name} className={mergeClasses(styles.item, styles.noWrap)}>
            <span className={styles.cardIcon} aria-hidden="true">
              {link.icon}
            </span>
            <span className={styles.grow}>
              <Link href={routeToHash(link.route)}>{link.label}</Link>
              <Text size={200} className={styles.muted}>
                {link.hint}
              </Text>
            </span>
          </li>
        ))}
      </ul>
    </CoachCard>
  );
}

function PeriodSetting() {
  const { t } = useTranslation('coach');
  const feedback = useFeedback();
  const refresh = useRefreshCoach();
  const current = useChallenge();
  const period = current.data?.period;
  const change = async (next: ChallengePeriod) => {
    try {
      await api().coach.setPeriod({ period: next });
      await refresh();
    } catch (error) {
      feedback.showError(error);
    }
  };
  return (
    <CoachCard title={t('period.title')} icon={<SettingsRegular />}>
      <RadioGroup
        aria-label={t('period.title')}
        value={period ?? ''}
        disabled={!period}
        onChange={(_event, data) => void change(data.value as ChallengePeriod)}
      >
        {challengePeriods.map((value) => (
          <Radio key={value} value={value} label={t(`period.${value}`)} />
        ))}
      </RadioGroup>
    </CoachCard>
  );
}

function Tips({ onStart }: { onStart(challenge: ChallengeToStart): void }) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const tips = useTips();
  if (!tips.data) return null;
  return (
    <section aria-labelledby="coach-tips" className={styles.page}>
      <Text as="h2" id="coach-tips" size={600} weight="semibold" className={styles.heading}>
        {t('tips.title')}
      </Text>
      <div className={styles.grid}>
        {tips.data.map((tip) => (
          <Tip key={tip.id} tip={tip} onStart={onStart} />
        ))}
      </div>
    </section>
  );
}

function Tip({ tip, onStart }: { tip: TipCard; onStart(challenge: ChallengeToStart): void }) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const { navigate } = useNavigation();
  const run = (action: TipCard['actions'][number]) => {
    switch (action.kind) {
      case 'startChallenge':
        onStart({ id: action.target, title: action.title ?? action.target });
        return;
      case 'openPrompts':
        navigate({ name: 'prompts', setting: action.target });
        return;
      case 'createPlan':
        navigate({ name: action.target === 'newColleague' ? 'colleagues' : 'network' });
    }
  };
  return (
    <CoachCard title={tip.title} icon={<LightbulbRegular />}>
      <Text as="p" className={styles.text}>
        {tip.text}
      </Text>
      <div className={styles.row} role="group" aria-label={t('tips.tryThis', { title: tip.title })}>
        {tip.actions.map((action) => (
          <Button key={`${action.kind}:${action.target}`} size="small" appearance="secondary" onClick={() => run(action)}>
            {actionLabel(action, t)}
          </Button>
        ))}
      </div>
    </CoachCard>
  );
}

function actionLabel(action: TipAction & { title?: string }, t: ReturnType<typeof useTranslation<'coach'>>['t']): string {
  switch (action.kind) {
    case 'startChallenge':
      return t('tips.actions.startChallenge', { title: action.title ?? '' });
    case 'openPrompts':
      return t('tips.actions.openPrompts', { setting: t(`settings.${action.target}`) });
    case 'createPlan':
      return t(`tips.actions.createPlan.${action.target}`);
  }
}
