// One key per thing Today can show, the same whichever section shows it: kind, record and date. A birthday is both an
// occasion under Geburtstage and a due reminder, a follow-up both under Nachfassen and a reminder; with one key for
// both, Today gives each thing one place.
import type { DueIntegrationStep } from '../../../shared/coach-views';
import type { Occasion } from '../../../shared/occasions';
import type { FollowUpDue, ReminderEntry } from '../../../shared/views';
import { parseReminderId } from './reminders/compute';

export function occasionItemKey(occasion: Pick<Occasion, 'kind' | 'recordId' | 'date'>): string {
  return `${occasion.kind}:${occasion.recordId}:${occasion.date}`;
}

export function followUpItemKey({ interaction }: Pick<FollowUpDue, 'interaction'>): string {
  return `followUp:${interaction.id}:${interaction.followUpOn ?? ''}`;
}

// The coach's list of due steps names the person and the step, not the plan; a contact has one plan.
export function colleagueStepItemKey(step: Pick<DueIntegrationStep, 'contactId' | 'step' | 'dueOn'>): string {
  return `colleagueStep:${step.contactId}:${step.step}:${step.dueOn}`;
}

/** The key of the thing a reminder is about; every lead (a week ahead, on the day) of one occasion shares it. */
export function reminderItemKey(reminder: Pick<ReminderEntry, 'id' | 'kind' | 'contactId' | 'step' | 'occursOn'>): string {
  if (reminder.kind === 'colleagueStep') return `colleagueStep:${reminder.contactId}:${reminder.step ?? ''}:${reminder.occursOn}`;
  const parsed = parseReminderId(reminder.id);
  return parsed ? `${reminder.kind}:${parsed.recordId}:${reminder.occursOn}` : reminder.id;
}

/**
 * The pending reminders Today shows in their own section: those about something no other section shows (an
 * anniversary two weeks ahead, a birthday snoozed past its day), one per thing, the first of its leads.
 */
export function remindersShownNowhereElse(pending: readonly ReminderEntry[], shownElsewhere: ReadonlySet<string>): ReminderEntry[] {
  const seen = new Set(shownElsewhere);
  return pending.filter((reminder) => {
    const key = reminderItemKey(reminder);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
