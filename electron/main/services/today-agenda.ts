// Today's agenda and suggestions, from the day's things and the reminder log. Pure: the clock and the journal come in
// as arguments. One row per thing: a thing's key (kind, record, date) is the same whether it comes as an occasion, a
// follow-up or a reminder, so a birthday that is also a due reminder shows once, with the reminder's snooze and done.
import { addDays } from '../../../shared/dates';
import type { DueIntegrationStep } from '../../../shared/coach-views';
import type { EventSummary } from '../../../shared/events-views';
import type { ReminderLogEntry } from '../../../shared/model';
import type { Occasion } from '../../../shared/occasions';
import type { AgendaDay, AgendaItem, FollowUpDue, OpenFavour, ReminderEntry, TodaySuggestion } from '../../../shared/views';
import { doneOccasions } from './reminders/compute';
import type { DriftRow } from './today-journal-state';
import { colleagueStepItemKey, followUpItemKey, occasionItemKey, reminderItemKey } from './today-items';

/** How many people "Who to reach out to this week" names. */
export const SUGGESTION_COUNT = 5;
/** A favour done for someone counts as long unanswered after this many days. */
export const THEY_OWE_AFTER_DAYS = 90;

/** The things of the day and the days ahead that depend only on the journal and the date. */
export interface AgendaSources {
  date: string;
  occasions: readonly Occasion[];
  followUps: readonly FollowUpDue[];
  colleagueSteps: readonly DueIntegrationStep[];
  events: readonly EventSummary[];
}

/** The reminder with the lead of the day itself: the one a row snoozes or settles its thing with. */
function onTheDayReminderId(key: string): string {
  return `${key}:0`;
}

/** Keys of things settled for good, and of things snoozed until after `now`. */
function keysSetAside(log: readonly ReminderLogEntry[], now: Date): Set<string> {
  const aside = doneOccasions(log);
  const instant = now.toISOString();
  for (const entry of log) {
    if (entry.status === 'snoozed' && entry.snoozedUntil !== undefined && new Date(entry.snoozedUntil).toISOString() > instant) {
      aside.add(reminderItemKey(entry));
    }
  }
  return aside;
}

const KIND_ORDER: Record<AgendaItem['kind'], number> = { event: 0, occasion: 1, followUp: 2, colleagueStep: 3, reminder: 4 };

/**
 * The agenda: every thing of the day and the days ahead once, on its day (what is overdue on today), leaving out what
 * was settled or is snoozed. `pending` is the reminder scheduler's list; a pending reminder about a thing no row
 * shows yet becomes a row of its own once it is due.
 */
export function buildAgenda(sources: AgendaSources, pending: readonly ReminderEntry[], log: readonly ReminderLogEntry[], now: Date): AgendaDay[] {
  const today = sources.date;
  const aside = keysSetAside(log, now);
  const items: AgendaItem[] = [];
  const keys = new Set<string>();
  const add = (item: AgendaItem) => {
    if (aside.has(item.key) || keys.has(item.key)) return;
    keys.add(item.key);
    items.push(item);
  };
  for (const event of sources.events) {
    const date = event.date < today ? today : event.date;
    add({ kind: 'event', key: `event:${event.id}:${event.date}`, date, event });
  }
  for (const occasion of sources.occasions) {
    const key = occasionItemKey(occasion);
    add({ kind: 'occasion', key, date: occasion.date, occasion, reminderId: onTheDayReminderId(key) });
  }
  for (const followUp of sources.followUps) {
    const key = followUpItemKey(followUp);
    const on = followUp.interaction.followUpOn ?? today;
    add({ kind: 'followUp', key, date: on < today ? today : on, followUp, reminderId: onTheDayReminderId(key) });
  }
  for (const step of sources.colleagueSteps) {
    add({ kind: 'colleagueStep', key: colleagueStepItemKey(step), date: today, step });
  }
  // A reminder is due from `leadDays` before its day; the leads are few (0, 7, 14), so each last day is computed once.
  const lastDueDay = new Map<number, string>();
  const dueBy = (leadDays: number) => {
    let day = lastDueDay.get(leadDays);
    if (day === undefined) lastDueDay.set(leadDays, (day = addDays(today, leadDays)));
    return day;
  };
  for (const reminder of pending) {
    const due = reminder.status === 'snoozed' || reminder.occursOn <= dueBy(reminder.leadDays);
    if (!due) continue;
    add({ kind: 'reminder', key: reminderItemKey(reminder), date: reminder.occursOn < today ? today : reminder.occursOn, reminder });
  }
  // A stable sort: within a day and kind, the sources' own order (soonest, most overdue first) stays.
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
  const days: AgendaDay[] = [];
  for (const item of items) {
    const last = days.at(-1);
    if (last?.date === item.date) last.items.push(item);
    else days.push({ date: item.date, items: [item] });
  }
  return days;
}

/** Everyone a row of the agenda is about. */
export function peopleOnAgenda(agenda: readonly AgendaDay[]): Set<string> {
  const people = new Set<string>();
  for (const day of agenda) {
    for (const item of day.items) {
      if (item.kind === 'occasion') people.add(item.occasion.contactId);
      else if (item.kind === 'followUp') for (const id of item.followUp.interaction.contactIds) people.add(id);
      else if (item.kind === 'colleagueStep') people.add(item.step.contactId);
      else if (item.kind === 'reminder') people.add(item.reminder.contactId);
    }
  }
  return people;
}

export interface SuggestionSources {
  date: string;
  /** Most drifted first. */
  drifting: readonly DriftRow[];
  /** Occasions after the agenda's days, soonest first. */
  occasionsLater: readonly Occasion[];
  /** Oldest first. */
  youOwe: readonly OpenFavour[];
  /** Oldest first. */
  theyOwe: readonly OpenFavour[];
  /** Contact id to the first day they may be suggested again. */
  snoozes: Readonly<Record<string, string>>;
}

/**
 * "Who to reach out to this week": the sources take turns — drifting, an occasion ahead, a favour owed, a favour
 * long unanswered — each giving its next person not yet named, not on the agenda and not put off, until
 * SUGGESTION_COUNT are named or every source is spent. Same journal, same day: same list.
 */
export function buildSuggestions(sources: SuggestionSources, onAgenda: ReadonlySet<string>): TodaySuggestion[] {
  const theyOweBefore = addDays(sources.date, -THEY_OWE_AFTER_DAYS);
  const turns: (() => Iterator<TodaySuggestion>)[] = [
    function* () {
      for (const entry of sources.drifting) {
        yield { contactId: entry.contactId, name: entry.name, reason: { kind: 'drifting', lastContactOn: entry.lastContactOn, status: entry.status } };
      }
    },
    function* () {
      for (const occasion of sources.occasionsLater) yield { contactId: occasion.contactId, name: occasion.name, reason: { kind: 'occasion', occasion } };
    },
    function* () {
      for (const favour of sources.youOwe) yield { contactId: favour.contactId, name: favour.name, reason: { kind: 'youOwe', favour: favour.interaction } };
    },
    function* () {
      for (const favour of sources.theyOwe) {
        // Oldest first: once one is recent, all the rest are too.
        if (favour.interaction.date > theyOweBefore) return;
        yield { contactId: favour.contactId, name: favour.name, reason: { kind: 'theyOwe', favour: favour.interaction } };
      }
    },
  ];
  const iterators = turns.map((turn) => turn());
  const named = new Set<string>();
  const suggestions: TodaySuggestion[] = [];
  const skip = (contactId: string) => named.has(contactId) || onAgenda.has(contactId) || (sources.snoozes[contactId] ?? '') > sources.date;
  let live = iterators.length;
  const spent = new Set<number>();
  while (suggestions.length < SUGGESTION_COUNT && live > 0) {
    for (let index = 0; index < iterators.length && suggestions.length < SUGGESTION_COUNT; index += 1) {
      if (spent.has(index)) continue;
      const iterator = iterators[index] as Iterator<TodaySuggestion>;
      let next = iterator.next();
      while (!next.done && skip(next.value.contactId)) next = iterator.next();
      if (next.done) {
        spent.add(index);
        live -= 1;
        continue;
      }
      named.add(next.value.contactId);
      suggestions.push(next.value);
    }
  }
  return suggestions;
}
