// The dates the encounter dialog offers as one click: when it happened (today, yesterday, another day) and when to
// follow up (not at all, in a week, in a month, on another day). Pure: today is passed in.
import { addDays } from '../../../../shared/dates';

export const dateChoices = ['today', 'yesterday', 'other'] as const;
export type DateChoice = (typeof dateChoices)[number];

export const followUpChoices = ['none', 'week', 'month', 'other'] as const;
export type FollowUpChoice = (typeof followUpChoices)[number];

/** The chip an encounter's date belongs to: an old entry being edited shows its date in the field. */
export function dateChoiceOf(date: string, today: string): DateChoice {
  if (date === today) return 'today';
  if (date === addDays(today, -1)) return 'yesterday';
  return 'other';
}

/** The date a chip stands for; "another day" keeps the date already there, for the user to change. */
export function dateFor(choice: DateChoice, current: string, today: string): string {
  if (choice === 'today') return today;
  if (choice === 'yesterday') return addDays(today, -1);
  return current;
}

/** The same day a month later, or the month's last day when it has no such day (31 January → 28 February). */
export function addMonth(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  return `${String(nextYear).padStart(4, '0')}-${String(nextMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * The follow-up date a chip stands for, counted from today (the day the user decides it), not from the encounter:
 * a lunch logged a day late still gets its follow-up a week from now. `''` is no follow-up.
 */
export function followUpFor(choice: FollowUpChoice, current: string, today: string): string {
  switch (choice) {
    case 'none':
      return '';
    case 'week':
      return addDays(today, 7);
    case 'month':
      return addMonth(today);
    case 'other':
      return current;
  }
}

/** The chip a stored follow-up date is shown with: an existing date stays visible and editable in the field. */
export function followUpChoiceOf(followUpOn: string): FollowUpChoice {
  return followUpOn === '' ? 'none' : 'other';
}
