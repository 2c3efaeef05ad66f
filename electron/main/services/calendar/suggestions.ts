// What an occurrence becomes on Today: an encounter to log, an event to create, a meeting to prepare. Pure: the day
// (day.ts) decides which occurrences qualify; this says what each one looks like.
import type { CalendarEventOffer, CalendarOccurrence, CalendarPrep, CalendarSuggestion } from '../../../../shared/calendar';
import type { EventKind } from '../../../../shared/model';
import type { OccurrencePeople } from './matcher';
import { eventKindOf } from './event-like';
import { inferType, placeOf, timeOfDayAt } from './infer-type';

const clip = (text: string) => text.trim().slice(0, 200);

export function suggestionOf(occurrence: CalendarOccurrence, people: OccurrencePeople): CalendarSuggestion {
  return {
    key: occurrence.key,
    summary: occurrence.summary,
    date: occurrence.startDate,
    ...(occurrence.startTime ? { startTime: occurrence.startTime, timeOfDay: timeOfDayAt(occurrence.startTime) } : {}),
    ...(occurrence.endTime ? { endTime: occurrence.endTime } : {}),
    type: inferType(occurrence),
    place: placeOf(occurrence.location),
    topic: clip(occurrence.summary),
    contacts: people.contacts,
    newcomers: people.newcomers,
  };
}

/**
 * The event an occurrence would become, or `undefined` when it does not look like one; with `eventKind`, whatever it
 * looks like (the user asked for the event).
 */
export function eventOfferOf(
  occurrence: CalendarOccurrence,
  people: OccurrencePeople,
  eventKind: EventKind | undefined = eventKindOf(occurrence, people.internalOnly),
): CalendarEventOffer | undefined {
  if (!eventKind) return undefined;
  const severalDays = occurrence.endDate > occurrence.startDate;
  return {
    key: occurrence.key,
    title: clip(occurrence.summary),
    eventKind,
    date: occurrence.startDate,
    ...(severalDays ? { endDate: occurrence.endDate } : {}),
    ...(occurrence.startTime ? { startTime: occurrence.startTime } : {}),
    // On one day an end no later than the start says nothing (events refuse it); over several days it is the last day's.
    ...(occurrence.endTime && (severalDays || !occurrence.startTime || occurrence.endTime > occurrence.startTime) ? { endTime: occurrence.endTime } : {}),
    place: placeOf(occurrence.location),
    expectedIds: people.contacts.map((contact) => contact.contactId),
    expected: people.contacts,
  };
}

export function prepOf(occurrence: CalendarOccurrence, people: OccurrencePeople): CalendarPrep {
  return {
    key: occurrence.key,
    summary: occurrence.summary,
    date: occurrence.startDate,
    ...(occurrence.startTime ? { startTime: occurrence.startTime } : {}),
    contacts: people.contacts,
  };
}
