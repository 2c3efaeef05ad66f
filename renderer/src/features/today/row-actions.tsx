// The one-click actions of Today's rows: log an encounter with the row's people, snooze until tomorrow, settle.
// Icon buttons with their name as tooltip and accessible name, so a row stays one line at 1024 px and a screen
// reader hears "Begegnung mit Sabine Müller festhalten", not three times "Button".
import { Button, Tooltip } from '@fluentui/react-components';
import { CheckmarkRegular, NotepadEditRegular, SnoozeRegular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFeedback } from '../../app/feedback';
import { useInteractionDialog } from '../journal';
import type { DueIntegrationStep } from '../../../../shared/coach-views';

function IconAction({ label, icon, disabled, onClick }: { label: string; icon: ReactElement; disabled?: boolean; onClick: () => void }) {
  return (
    <Tooltip content={label} relationship="label">
      <Button size="small" appearance="subtle" icon={icon} disabled={disabled} onClick={onClick} />
    </Tooltip>
  );
}

/** Opens the encounter dialog with `contactIds` chosen, as the contact page does. */
export function LogAction({ contactIds, names }: { contactIds: string[]; names: string }) {
  const { t } = useTranslation('today');
  const dialog = useInteractionDialog();
  return <IconAction label={t('agenda.logFor', { name: names })} icon={<NotepadEditRegular />} onClick={() => dialog.open({ contactIds })} />;
}

/** Snooze until tomorrow and done, both through the thing's reminder, as the notification's buttons do. */
export function ReminderActions({ reminderId, what }: { reminderId: string; what: string }) {
  const { t } = useTranslation('today');
  const feedback = useFeedback('today');
  const snooze = useMutation({
    mutationFn: () => api().reminders.snooze({ id: reminderId, duration: 'day' }),
    onSuccess: () => feedback.showSuccess((tl) => tl('agenda.snoozed')),
    onError: (error) => feedback.showError(error),
  });
  const done = useMutation({
    mutationFn: () => api().reminders.done({ id: reminderId }),
    onSuccess: () => feedback.showSuccess((tl) => tl('agenda.doneMessage')),
    onError: (error) => feedback.showError(error),
  });
  const busy = snooze.isPending || done.isPending;
  return (
    <>
      <IconAction label={t('agenda.snoozeFor', { what })} icon={<SnoozeRegular />} disabled={busy} onClick={() => snooze.mutate()} />
      <IconAction label={t('agenda.doneFor', { what })} icon={<CheckmarkRegular />} disabled={busy} onClick={() => done.mutate()} />
    </>
  );
}

/** Ticks a new colleague's welcome step off, as its plan on the coach page does. */
export function ColleagueStepDone({ step, what }: { step: DueIntegrationStep; what: string }) {
  const { t } = useTranslation('today');
  const feedback = useFeedback('today');
  const done = useMutation({
    mutationFn: () => api().colleagues.completeStep({ contactId: step.contactId, step: step.step }),
    onSuccess: () => feedback.showSuccess((tl) => tl('agenda.doneMessage')),
    onError: (error) => feedback.showError(error),
  });
  return <IconAction label={t('agenda.doneFor', { what })} icon={<CheckmarkRegular />} disabled={done.isPending} onClick={() => done.mutate()} />;
}
