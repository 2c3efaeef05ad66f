// Which occurrences Today shows: yesterday's and today's meetings that are over and not logged, events from today on
// (the next of each series), and today's meetings still ahead. Occurrences are matched only once they qualify by
// date, so a calendar of thousands costs little more than the few meetings of the day.
import type { CalendarDay, CalendarEventOffer, CalendarOccurrence, CalendarPrep, CalendarSuggestion } from '../../../../shared/calendar';
import { addDays } from '../../../../shared/dates';
import { eventKindOf } from './event-like';
import type { LinkedRecords } from './linked-records';
import type { Matcher } from './matcher';
import { eventOfferOf, prepOf, suggestionOf } from './suggestions';

export interface DayInput {
  /** In start order. */
  occurrences: readonly CalendarOccurrence[];
  matcher: Matcher;
  linked: LinkedRecords;
  dismissed: ReadonlySet<string>;
  today: string;
  now: Date;
  connected: boolean;
}

export function calendarDay({ occurrences, matcher, linked, dismissed, today, now, connected }: DayInput): CalendarDay {
  const yesterday = addDays(today, -1);
  const nowMs = now.getTime();
  const suggestions: CalendarSuggestion[] = [];
  const eventOffers: CalendarEventOffer[] = [];
  const prep: CalendarPrep[] = [];
  const seriesSeen = new Set<string>();

  for (const occurrence of occurrences) {
    if (occurrence.endDate < today && occurrence.startDate !== yesterday) continue;
    const over = Date.parse(occurrence.end) <= nowMs;
    const isDismissed = dismissed.has(occurrence.key);

    // Only the next occurrence of a series is offered: dismissing or creating it leaves the series be until it passed.
    if (occurrence.endDate >= today && !seriesSeen.has(occurrence.uid) && eventKindOf(occurrence, false) !== undefined) {
      seriesSeen.add(occurrence.uid);
      const people = matcher.match(occurrence);
      const offer = isDismissed || people.userDeclined || linked.eventOf(occurrence.key) ? undefined : eventOfferOf(occurrence, people);
      if (offer) eventOffers.push(offer);
    }

    if (occurrence.allDay || isDismissed) continue;
    const logDay = occurrence.startDate === today || occurrence.startDate === yesterday;
    if (logDay && over && !linked.interactionOf(occurrence.key)) {
      const people = matcher.match(occurrence);
      if (people.contacts.length > 0 && !people.userDeclined) suggestions.push(suggestionOf(occurrence, people));
    } else if (occurrence.startDate === today && !over) {
      const people = matcher.match(occurrence);
      if (people.contacts.length > 0 && !people.userDeclined) prep.push(prepOf(occurrence, people));
    }
  }

  // Occurrences come in start order; the newest meeting to log comes first.
  suggestions.reverse();
  return { date: today, suggestions, eventOffers, prep, connected };
}
