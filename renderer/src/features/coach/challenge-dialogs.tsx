// Starting a challenge (how uncomfortable it looks, what the user expects to happen, and with whom) and completing it
// (how it felt and what happened, beside what was expected; what to take from it). Completing can move the user up a
// level; the caller celebrates that.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChallengeCompletion } from '../../../../shared/coach-views';
import type { ChallengeAttempt } from '../../../../shared/model';
import { api } from '../../api';
import { useFeedback, type FeedbackText } from '../../app/feedback';
import { ContactPicker } from '../contacts/contact-picker';
import { useContactList } from '../contacts/contact-queries';
import { useRefreshCoach } from './coach-queries';
import { useCoachStyles } from './coach-styles';
import { DiscomfortSlider } from './discomfort-slider';
import { ExpectationBesideOutcome } from './expectation-beside-outcome';

/** A challenge about to be started: from the challenge of the period, or from a tip's "try this". */
export interface ChallengeToStart {
  id: string;
  title: string;
  text?: string;
  /** Someone from the journal to try it with, picked in advance. */
  contactId?: string;
}

export interface StartChallengeDialogProps {
  challenge: ChallengeToStart;
  onClose(): void;
  onStarted?(attempt: ChallengeAttempt): void;
}

export function StartChallengeDialog({ challenge, onClose, onStarted }: StartChallengeDialogProps) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const contacts = useContactList();
  const [expected, setExpected] = useState(5);
  const [expectation, setExpectation] = useState('');
  const [contactId, setContactId] = useState(challenge.contactId ?? '');

  const start = async () => {
    const attempt = await api().coach.startChallenge({
      challengeId: challenge.id,
      expectedDiscomfort: expected,
      expectation: expectation.trim(),
      ...(contactId ? { contactId } : {}),
    });
    const message: FeedbackText<'coach'> = (t) => t('start.started', { title: challenge.title });
    return { message, done: () => onStarted?.(attempt) };
  };

  return (
    <ChallengeFormDialog title={t('start.title', { title: challenge.title })} submitLabel={t('start.submit')} submit={start} onClose={onClose}>
      {challenge.text ? <Text as="p" className={styles.text}>{challenge.text}</Text> : null}
      <DiscomfortSlider label={t('start.expected')} value={expected} onChange={setExpected} />
      <Field label={t('start.expectation')} hint={t('start.expectationHint')}>
        <Textarea value={expectation} onChange={(_event, data) => setExpectation(data.value)} resize="vertical" />
      </Field>
      <ContactPicker
        label={t('start.person')}
        placeholder={t('start.personPlaceholder')}
        contacts={contacts.data ?? []}
        value={contactId}
        onChange={setContactId}
      />
    </ChallengeFormDialog>
  );
}

export interface CompleteChallengeDialogProps {
  attempt: Pick<ChallengeAttempt, 'id' | 'expectedDiscomfort' | 'expectation'>;
  title: string;
  onClose(): void;
  onCompleted(completion: ChallengeCompletion): void;
}

export function CompleteChallengeDialog({ attempt, title, onClose, onCompleted }: CompleteChallengeDialogProps) {
  const { t } = useTranslation('coach');
  const [actual, setActual] = useState(attempt.expectedDiscomfort);
  const [whatHappened, setWhatHappened] = useState('');
  const [reflection, setReflection] = useState('');

  const complete = async () => {
    const completion = await api().coach.completeChallenge({
      attemptId: attempt.id,
      actualDiscomfort: actual,
      whatHappened: whatHappened.trim(),
      reflection: reflection.trim(),
    });
    const message: FeedbackText<'coach'> = (t) => t(completion.interaction ? 'complete.doneLogged' : 'complete.done');
    return { message, done: () => onCompleted(completion) };
  };

  return (
    <ChallengeFormDialog title={t('complete.title', { title })} submitLabel={t('complete.submit')} submit={complete} onClose={onClose}>
      <ExpectationBesideOutcome
        expectation={attempt.expectation}
        expectedDiscomfort={attempt.expectedDiscomfort}
        outcome={
          <>
            <DiscomfortSlider label={t('complete.actual')} value={actual} onChange={setActual} />
            <Field label={t('complete.whatHappened')}>
              <Textarea value={whatHappened} onChange={(_event, data) => setWhatHappened(data.value)} resize="vertical" />
            </Field>
          </>
        }
      />
      <Field label={t('complete.reflection')} hint={t('complete.reflectionHint')}>
        <Textarea value={reflection} onChange={(_event, data) => setReflection(data.value)} resize="vertical" />
      </Field>
    </ChallengeFormDialog>
  );
}

/**
 * The frame both challenge dialogs share: a form whose submit runs `submit`, refreshes the coach, shows the message
 * `submit` returns, tells the caller (`done`) and closes; an error is shown and the dialog stays open for another try.
 */
function ChallengeFormDialog({
  title,
  submitLabel,
  submit,
  onClose,
  children,
}: {
  title: string;
  submitLabel: string;
  submit(): Promise<{ message: FeedbackText<'coach'>; done(): void }>;
  onClose(): void;
  children: ReactNode;
}) {
  const styles = useCoachStyles();
  const { t: tCommon } = useTranslation();
  const feedback = useFeedback('coach');
  const refresh = useRefreshCoach();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const { message, done } = await submit();
      await refresh();
      feedback.showSuccess(message);
      done();
      onClose();
    } catch (error) {
      feedback.showError(error);
      setBusy(false);
    }
  };

  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>{children}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {tCommon('actions.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                {submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** The moment worth a celebration: the user has moved up the ladder. */
export function LevelUpDialog({ levelUp, onClose }: { levelUp: { from: number; to: number }; onClose(): void }) {
  const styles = useCoachStyles();
  const { t } = useTranslation('coach');
  const level = levelKey(levelUp.to);
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('levelUp.title', { level: levelUp.to })}</DialogTitle>
          <DialogContent className={styles.form}>
            <Text as="p" className={styles.text}>
              {t('levelUp.text', { from: levelUp.from, to: levelUp.to })}
            </Text>
            <Text as="p" weight="semibold" className={styles.text}>
              {t(`levels.${level}.name`)}
            </Text>
            <Text as="p" className={styles.text}>
              {t(`levels.${level}.description`)}
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('levelUp.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export type LevelKey = '1' | '2' | '3' | '4' | '5';

export function levelKey(level: number): LevelKey {
  return String(Math.min(5, Math.max(1, Math.round(level)))) as LevelKey;
}
