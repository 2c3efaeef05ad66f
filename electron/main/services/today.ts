// The day at a glance: what to congratulate, whom to get back to, who is drifting, which favours are open, and the
// reminders about anything else. Each thing shows in one place only (see today-items.ts).
import { addDays } from '../../../shared/dates';
import type { DueIntegrationStep } from '../../../shared/coach-views';
import type { EventSummary } from '../../../shared/events-views';
import type { FollowUpDue, ReminderEntry, TodayView } from '../../../shared/views';
import type { JournalStore } from '../store/types';
import type { Clock } from './clock';
import { createDayCache, type CommitNotices } from './day-cache';
import type { KeepInTouchService } from './keep-in-touch';
import type { OccasionsAhead } from './occasions-ahead';
import type { ReciprocityService } from './reciprocity';
import { namesOf } from './records';
import { colleagueStepItemKey, followUpItemKey, occasionItemKey, remindersShownNowhereElse } from './today-items';

/** Birthdays, anniversaries and school starts show this many days ahead. */
export const TODAY_AHEAD_DAYS = 7;
/** Round ones show earlier, in time to order flowers. */
export const FLOWERS_AHEAD_DAYS = 14;
/** Drifting contacts and open favours shown on the day; their own pages list them all. */
export const TODAY_LIST_LENGTH = 5;

interface TodayDeps {
  store: JournalStore;
  clock: Clock;
  writer: CommitNotices;
  /** The contacts' occasions for the next 14 days, shared with the reminders. */
  occasionsAhead: OccasionsAhead;
  keepInTouch: KeepInTouchService;
  reciprocity: ReciprocityService;
  /** New colleagues' steps due (the coach's integration plans). */
  colleagueStepsDue: () => DueIntegrationStep[];
  /** Events not yet over, soonest first. */
  upcomingEvents: () => EventSummary[];
  /** The reminders due or coming up and not yet fired, and the snoozed ones (the scheduler's pending list). */
  pendingReminders: () => ReminderEntry[];
}

type JournalDay = Omit<TodayView, 'reminders'> & { shown: ReadonlySet<string> };

export function createToday({ store, clock, writer, occasionsAhead, keepInTouch, reciprocity, colleagueStepsDue, upcomingEvents, pendingReminders }: TodayDeps) {
  function followUpsDue(today: string): FollowUpDue[] {
    return [...store.interactions.values()]
      .filter((i) => i.followUpOn !== undefined && i.followUpOn <= today && !i.followUpDone)
      .filter((i) => i.contactIds.some((id) => store.contacts.get(id)?.archived === false))
      .sort((a, b) => ((a.followUpOn ?? '') < (b.followUpOn ?? '') ? -1 : (a.followUpOn ?? '') > (b.followUpOn ?? '') ? 1 : a.id < b.id ? -1 : 1))
      .map((interaction) => ({ interaction, names: namesOf(store, interaction.contactIds) }));
  }

  /** Everything that depends only on the journal and the date: computed once a day and again after each commit. */
  function journalDay(date: string): JournalDay {
    const lastDay = addDays(date, TODAY_AHEAD_DAYS);
    const lastDayForFlowers = addDays(date, FLOWERS_AHEAD_DAYS);
    const occasions = occasionsAhead.get(date).filter((o) => o.date <= (o.round ? lastDayForFlowers : lastDay));
    const birthdays = occasions.filter((o) => o.kind === 'birthday' || o.kind === 'familyBirthday');
    const anniversaries = occasions.filter((o) => o.kind === 'anniversary');
    const schoolStarts = occasions.filter((o) => o.kind === 'schoolStart');
    const followUps = followUpsDue(date);
    const colleagueSteps = colleagueStepsDue();
    const drifting = keepInTouch.drifting();
    const openFavours = reciprocity.openFavours();
    const shown = new Set([...occasions.map(occasionItemKey), ...followUps.map(followUpItemKey), ...colleagueSteps.map(colleagueStepItemKey)]);
    return {
      date,
      birthdays,
      anniversaries,
      schoolStarts,
      followUps,
      // A journal of years can hold thousands of either; the day needs the first few and how many there are.
      drifting: drifting.slice(0, TODAY_LIST_LENGTH),
      driftingCount: drifting.length,
      driftingOverdue: drifting.some((entry) => entry.status === 'overdue'),
      openFavours: openFavours.slice(0, TODAY_LIST_LENGTH),
      openFavourCount: openFavours.length,
      colleagueSteps,
      events: upcomingEvents().filter((event) => event.date <= date && (event.endDate ?? event.date) >= date),
      dueCount: occasions.filter((o) => o.date === date).length + followUps.length + colleagueSteps.length,
      shown,
    };
  }

  const days = createDayCache(writer, journalDay);

  return {
    today(): TodayView {
      const { shown, ...view } = days.get(clock.today());
      // Reminders are read on each call: a snooze runs out at an hour of the day, not at a commit.
      return { ...view, reminders: remindersShownNowhereElse(pendingReminders(), shown) };
    },
  };
}

export type TodayService = ReturnType<typeof createToday>;
