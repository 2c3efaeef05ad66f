// A day with nothing on it, for Today's tests to add what each one is about.
import type { TodayView } from '../../../../shared/views';

export const quietDay: TodayView = {
  date: '2026-11-27',
  birthdays: [],
  anniversaries: [],
  schoolStarts: [],
  followUps: [],
  drifting: [],
  driftingCount: 0,
  driftingOverdue: false,
  openFavours: [],
  openFavourCount: 0,
  colleagueSteps: [],
  events: [],
  dueCount: 0,
  reminders: [],
  agenda: [],
  suggestions: [],
};
