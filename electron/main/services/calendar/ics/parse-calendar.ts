// Reads an iCalendar text (Outlook desktop export, a published Outlook or Google calendar, an invitation) into the
// occurrences in a range of days. The text is parsed once by ical.js (calendar-components.ts); the rest works on its
// jCal arrays: entries (event-entry.ts), their clocks (event-zones.ts), series (expand.ts), and the user's clock
// (occurrence.ts). Exceptions (RECURRENCE-ID) replace the slot they name, keep its key, and take what they leave
// out (subject, people, place) from their series; cancelled entries and exceptions are left out.
import type { CalendarOccurrence, ParsedCalendar } from '../../../../../shared/calendar';
import { calendarComponents, type CalendarComponents } from './calendar-components';
import { readEventEntry, type EventEntry } from './event-entry';
import { EventZones, zoneClockOf } from './event-zones';
import { originalStarts, type Window } from './expand';
import { keyOf, lengthMs, lengthOf, OccurrenceMaker } from './occurrence';
import { isoDateOfMs, MS_PER_DAY } from './wall-time';

export interface ParseRange {
  /** First and last calendar day (`YYYY-MM-DD`, in `timeZone`) whose occurrences are wanted; both included. */
  from: string;
  to: string;
}

/**
 * The occurrences of `text`'s events that touch `range`, in start order, dated in `timeZone` (IANA, the user's).
 * Throws `PlauschError('calendarUnreadable')` when the text is no calendar at all; single broken entries are
 * skipped and counted.
 */
export function parseCalendar(text: string, range: ParseRange, timeZone: string): ParsedCalendar {
  const components = calendarComponents(text);
  const userClock = zoneClockOf(timeZone);
  const window: Window = {
    fromMs: userClock.startOfDay(range.from),
    toMs: userClock.startOfDay(isoDateOfMs(Date.parse(`${range.to}T00:00:00Z`) + MS_PER_DAY)),
  };
  const entries = readEntries(components, new EventZones(timeZone, components.vtimezones));
  let skipped = components.unreadableEvents + entries.unreadable;

  const maker = new OccurrenceMaker(userClock, window);
  const occurrences: CalendarOccurrence[] = [];
  const seriesByUid = new Map<string, EventEntry>();
  const cancelledUids = new Set<string>();
  for (const entry of entries.series) {
    if (entry.cancelled || components.cancelsAll) {
      cancelledUids.add(entry.uid);
      continue;
    }
    seriesByUid.set(entry.uid, entry);
    const replaced = new Set(
      (entries.exceptionsByUid.get(entry.uid) ?? []).flatMap(({ recurrenceId }) =>
        recurrenceId ? [keyOf(entry.uid, recurrenceId)] : [],
      ),
    );
    const length = lengthOf(entry);
    let starts;
    try {
      starts = originalStarts(entry, window, lengthMs(length));
    } catch {
      // A rule ical.js cannot follow (BYDAY=XX): the entry is broken, the others are not.
      skipped++;
      continue;
    }
    for (const wall of starts) {
      const start = { ...entry.start, wall };
      const occurrence = maker.make({ entry }, start, start, length);
      if (occurrence && !replaced.has(occurrence.key)) occurrences.push(occurrence);
    }
  }

  for (const [uid, exceptions] of entries.exceptionsByUid) {
    if (cancelledUids.has(uid) || components.cancelsAll) continue;
    const seriesEntry = seriesByUid.get(uid);
    for (const exception of exceptions) {
      if (exception.cancelled || !exception.recurrenceId) continue;
      const content = seriesEntry ? { entry: exception, series: seriesEntry } : { entry: exception };
      const length = exceptionLength(exception, seriesEntry);
      const occurrence = maker.make(content, exception.start, exception.recurrenceId, length);
      if (occurrence) occurrences.push(occurrence);
    }
  }

  return { occurrences: inStartOrder(withoutRepeatedKeys(occurrences)), skipped };
}

interface Entries {
  series: EventEntry[];
  /** Exceptions (entries with RECURRENCE-ID) by the UID of their series. */
  exceptionsByUid: Map<string, EventEntry[]>;
  unreadable: number;
}

function readEntries(components: CalendarComponents, zones: EventZones): Entries {
  const entries: Entries = { series: [], exceptionsByUid: new Map(), unreadable: 0 };
  for (const component of components.events) {
    const entry = readEventEntry(component, zones);
    if (!entry) entries.unreadable++;
    else if (!entry.recurrenceId) entries.series.push(entry);
    else {
      const exceptions = entries.exceptionsByUid.get(entry.uid);
      if (exceptions) exceptions.push(entry);
      else entries.exceptionsByUid.set(entry.uid, [entry]);
    }
  }
  return entries;
}

/** An exception without DTEND or DURATION lasts as long as its series' occurrences. */
function exceptionLength(exception: EventEntry, seriesEntry: EventEntry | undefined) {
  if (exception.end || exception.durationSeconds !== undefined || !seriesEntry) return lengthOf(exception);
  const length = lengthOf(seriesEntry);
  if (length.allDay === exception.start.isDate) return length;
  return lengthOf(exception);
}

/** A file with an entry twice (merged exports) lists its occurrences once: keys must name one occurrence. */
function withoutRepeatedKeys(occurrences: CalendarOccurrence[]): CalendarOccurrence[] {
  const seen = new Set<string>();
  return occurrences.filter((occurrence) => {
    if (seen.has(occurrence.key)) return false;
    seen.add(occurrence.key);
    return true;
  });
}

function inStartOrder(occurrences: CalendarOccurrence[]): CalendarOccurrence[] {
  return occurrences.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}
