// The day at a glance: one agenda of today and the days ahead (what to congratulate, whom to get back to, reminders,
// new colleagues' steps, events), each thing once, and a few people to reach out to this week. The tray and the
// command line still read the day's sections (birthdays, follow-ups, …) from the same view.
//
// Incremental: the journal's part of the day is kept until the next commit, and recomputing it after a commit reads
// only what the commit touched (today-journal-state.ts, occasions-ahead.ts, today-follow-ups.ts). The whole view is
// kept too, until the next commit, the next day or the end of a running snooze: a snooze runs out at an hour of the
// day, not at a commit.
import { addDays } from '../../../shared/dates';
import type { DueIntegrationStep } from '../../../shared/coach-views';
import type { EventSummary } from '../../../shared/events-views';
import type { Interaction } from '../../../shared/model';
import { occasionsInWindow, type Occasion } from '../../../shared/occasions';
import type { FollowUpDue, ReminderEntry, TodayView } from '../../../shared/views';
import type { JournalStore } from '../store/types';
import type { Clock } from './clock';
import type { JournalWriter } from './journal-writer';
import type { OccasionsAhead } from './occasions-ahead';
import { LOOKAHEAD_DAYS } from './reminders/compute';
import { namesOf } from './records';
import { buildAgenda, buildSuggestions, peopleOnAgenda, type AgendaSources } from './today-agenda';
import { colleagueStepItemKey, followUpItemKey, occasionItemKey, remindersShownNowhereElse } from './today-items';
import { openFollowUpsIn } from './today-follow-ups';
import { createTodayJournalState, type TodayJournalState } from './today-journal-state';

/** Birthdays, anniversaries, school starts and follow-ups show this many days ahead. */
export const TODAY_AHEAD_DAYS = 7;
/** Round ones show earlier, in time to order flowers. */
export const FLOWERS_AHEAD_DAYS = 14;
/** Drifting contacts and open favours in the day's sections; their own pages list them all. */
export const TODAY_LIST_LENGTH = 5;

/** How long "Not this week" keeps a suggestion away. */
export const SUGGESTION_SNOOZE_DAYS = 7;

interface TodayDeps {
  store: JournalStore;
  clock: Clock;
  writer: Pick<JournalWriter, 'onCommitted' | 'write'>;
  /** The contacts' occasions for the next 14 days, shared with the reminders. */
  occasionsAhead: OccasionsAhead;
  /** A contact's interactions, newest first (the interaction index). */
  timelineOf: (contactId: string) => readonly Interaction[];
  /** The follow-ups not yet done, by day. */
  openFollowUps: () => readonly Interaction[];
  /** New colleagues' steps due (the coach's integration plans). */
  colleagueStepsDue: () => DueIntegrationStep[];
  /** Events not yet over, soonest first. */
  upcomingEvents: () => EventSummary[];
  /** The reminders due or coming up and not yet fired, and the snoozed ones (the scheduler's pending list). */
  pendingReminders: () => ReminderEntry[];
}

/** Everything that depends only on the journal and the date. */
type JournalDay = Omit<TodayView, 'reminders' | 'agenda' | 'suggestions'> & {
  sources: AgendaSources;
  occasionsLater: readonly Occasion[];
  /** Keys of the things the day's sections show, so the reminders there do not repeat them. */
  shown: ReadonlySet<string>;
};

function groupTimelines(store: JournalStore): (contactId: string) => readonly Interaction[] {
  const byContact = new Map<string, Interaction[]>();
  for (const interaction of store.interactions.values()) {
    for (const contactId of interaction.contactIds) {
      const list = byContact.get(contactId);
      if (list) list.push(interaction);
      else byContact.set(contactId, [interaction]);
    }
  }
  // Newest first, as the interaction index keeps them: only the newest date matters to the state, so ties need no order.
  for (const list of byContact.values()) list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return (contactId) => byContact.get(contactId) ?? [];
}

export function createToday({ store, clock, writer, occasionsAhead, timelineOf, openFollowUps, colleagueStepsDue, upcomingEvents, pendingReminders }: TodayDeps) {
  function journalDay(date: string, state: TodayJournalState, occasionsFrom: readonly Occasion[], open: readonly Interaction[]): JournalDay {
    state.refresh(date);
    const lastDay = addDays(date, TODAY_AHEAD_DAYS);
    const lastDayForFlowers = addDays(date, FLOWERS_AHEAD_DAYS);
    const inWindow = (o: Occasion) => o.date <= (o.round ? lastDayForFlowers : lastDay);
    const occasions = occasionsFrom.filter(inWindow);
    const occasionsLater = occasionsFrom.filter((o) => !inWindow(o));
    const birthdays = occasions.filter((o) => o.kind === 'birthday' || o.kind === 'familyBirthday');
    const anniversaries = occasions.filter((o) => o.kind === 'anniversary');
    const schoolStarts = occasions.filter((o) => o.kind === 'schoolStart');
    const followUpsAhead: FollowUpDue[] = [];
    for (const interaction of open) {
      if ((interaction.followUpOn ?? '') > lastDay) break;
      if (!interaction.contactIds.some((id) => store.contacts.get(id)?.archived === false)) continue;
      followUpsAhead.push({ interaction, names: namesOf(store, interaction.contactIds) });
    }
    const followUps = followUpsAhead.filter(({ interaction }) => (interaction.followUpOn ?? '') <= date);
    const colleagueSteps = colleagueStepsDue();
    const upcoming = upcomingEvents();
    const drifting = state.drifting();
    const youOwe = state.youOwe();
    const shown = new Set([...occasions.map(occasionItemKey), ...followUps.map(followUpItemKey), ...colleagueSteps.map(colleagueStepItemKey)]);
    return {
      date,
      birthdays,
      anniversaries,
      schoolStarts,
      followUps,
      // A journal of years can hold thousands of either; the day needs the first few and how many there are.
      drifting: drifting.slice(0, TODAY_LIST_LENGTH).map(({ urgency: _urgency, ...entry }) => entry),
      driftingCount: drifting.length,
      driftingOverdue: drifting.some((entry) => entry.status === 'overdue'),
      openFavours: youOwe.slice(0, TODAY_LIST_LENGTH),
      openFavourCount: youOwe.length,
      colleagueSteps,
      events: upcoming.filter((event) => event.date <= date && (event.endDate ?? event.date) >= date),
      dueCount: occasions.filter((o) => o.date === date).length + followUps.length + colleagueSteps.length,
      sources: {
        date,
        occasions,
        followUps: followUpsAhead,
        colleagueSteps,
        events: upcoming.filter((event) => event.date <= lastDay && (event.endDate ?? event.date) >= date),
      },
      occasionsLater,
      shown,
    };
  }

  function finish(day: JournalDay, state: TodayJournalState): TodayView {
    const { sources, occasionsLater, shown, ...view } = day;
    const pending = pendingReminders();
    const agenda = buildAgenda(sources, pending, store.settings.reminderLog ?? [], clock.now());
    const suggestions = buildSuggestions(
      { date: day.date, drifting: state.drifting(), occasionsLater, youOwe: state.youOwe(), theyOwe: state.theyOwe(), snoozes: store.settings.todaySnoozes ?? {} },
      peopleOnAgenda(agenda),
    );
    return { ...view, reminders: remindersShownNowhereElse(pending, shown), agenda, suggestions };
  }

  const state = createTodayJournalState({ store, timelineOf });
  let kept: { date: string; day: JournalDay } | undefined;
  /** The whole view, until the next commit, the next day or the end of the next snooze, whichever comes first. */
  let finished: { date: string; view: TodayView; until: number } | undefined;
  writer.onCommitted(({ changes }) => {
    state.apply(changes);
    kept = undefined;
    finished = undefined;
  });

  /** When the first snooze still running ends, in ms; the agenda shows the snoozed thing again from then on. */
  function nextSnoozeEnd(now: number): number {
    let next = Number.POSITIVE_INFINITY;
    for (const entry of store.settings.reminderLog ?? []) {
      const until = entry.status === 'snoozed' && entry.snoozedUntil ? Date.parse(entry.snoozedUntil) : Number.NaN;
      if (until > now && until < next) next = until;
    }
    return next;
  }

  return {
    today(): TodayView {
      const date = clock.today();
      const now = clock.now().getTime();
      if (finished?.date === date && now < finished.until) return finished.view;
      if (kept?.date !== date) kept = { date, day: journalDay(date, state, occasionsAhead.get(date), openFollowUps()) };
      finished = { date, view: finish(kept.day, state), until: nextSnoozeEnd(now) };
      return finished.view;
    },

    /**
     * The same view computed from nothing but the store, as a first call computes it: what every call after a
     * commit must equal (the tests), and the baseline the benchmark compares the kept view with.
     */
    afresh(): TodayView {
      const date = clock.today();
      const fresh = createTodayJournalState({ store, timelineOf: groupTimelines(store) });
      return finish(journalDay(date, fresh, occasionsInWindow(store.contacts.values(), date, LOOKAHEAD_DAYS), openFollowUpsIn(store)), fresh);
    },

    /** Leaves `contactId` out of the suggestions for a week; a week's worth of put-off people is all that is kept. */
    snoozeSuggestion(contactId: string): Promise<null> {
      return writer.write(() => {
        const today = clock.today();
        const kept = Object.entries(store.settings.todaySnoozes ?? {}).filter(([id, until]) => until > today && id !== contactId);
        const todaySnoozes = Object.fromEntries([...kept, [contactId, addDays(today, SUGGESTION_SNOOZE_DAYS)]]);
        return { changes: [{ op: 'settings', value: { ...store.settings, todaySnoozes } }], result: null };
      });
    },
  };
}

export type TodayService = ReturnType<typeof createToday>;
