// An occurrence as the app sees it: its instants, and its dates and times on the user's clock. All-day entries cover
// whole days of the user's calendar, from her midnight to her midnight, whatever the file's zone.
import type { CalendarOccurrence } from '../../../../../shared/calendar';
import type { CalendarTime, EventEntry } from './event-entry';
import { allDayOccurrenceKey, timedOccurrenceKey } from './occurrence-key';
import { isoDateOfMs, MS_PER_DAY, wallMs, type WallTime } from './wall-time';
import type { Window } from './expand';
import type { ZoneClock } from './zone-clock';

/** How long each occurrence of an entry lasts: whole days for all-day entries, else milliseconds. */
export type EntryLength = { allDay: true; days: number } | { allDay: false; ms: number };

export function lengthOf(entry: EventEntry): EntryLength {
  const { start, end, durationSeconds } = entry;
  if (start.isDate) {
    let days = 1;
    if (end) days = Math.round((dayMs(end.wall) - dayMs(start.wall)) / MS_PER_DAY);
    else if (durationSeconds !== undefined) days = Math.ceil(durationSeconds / 86_400);
    return { allDay: true, days: Math.max(1, days) };
  }
  let ms = 0;
  if (end) ms = end.clock.epochOfWall(end.wall) - start.clock.epochOfWall(start.wall);
  else if (durationSeconds !== undefined) ms = durationSeconds * 1000;
  return { allDay: false, ms: Math.max(0, ms) };
}

/** How far a length reaches, for the rough window check in expand.ts. */
export function lengthMs(length: EntryLength): number {
  return length.allDay ? length.days * MS_PER_DAY : length.ms;
}

/** What an occurrence says besides its time: its own entry's values, else its series' (for an exception). */
export interface OccurrenceContent {
  entry: EventEntry;
  series?: EventEntry;
}

export class OccurrenceMaker {
  constructor(
    private readonly userClock: ZoneClock,
    private readonly window: Window,
  ) {}

  /**
   * The occurrence starting at `start` in the slot `original` (the same for a series' own occurrences, the
   * RECURRENCE-ID for an exception), or undefined when it does not touch the window.
   */
  make(
    content: OccurrenceContent,
    start: CalendarTime,
    original: CalendarTime,
    length: EntryLength,
  ): CalendarOccurrence | undefined {
    const { entry } = content;
    const uid = content.series?.uid ?? entry.uid;
    if (length.allDay) {
      const startDate = isoDateOfMs(dayMs(start.wall));
      const endDate = isoDateOfMs(dayMs(start.wall) + (length.days - 1) * MS_PER_DAY);
      const startMs = this.userClock.startOfDay(startDate);
      const endMs = this.userClock.startOfDay(isoDateOfMs(dayMs(start.wall) + length.days * MS_PER_DAY));
      if (!(startMs < this.window.toMs && endMs > this.window.fromMs)) return undefined;
      return this.occurrence(content, keyOf(uid, original), {
        allDay: true,
        start: new Date(startMs).toISOString(),
        end: new Date(endMs).toISOString(),
        startDate,
        endDate,
      });
    }
    const startMs = start.clock.epochOfWall(start.wall);
    const endMs = startMs + length.ms;
    const touches = length.ms > 0 ? endMs > this.window.fromMs : startMs >= this.window.fromMs;
    if (!(startMs < this.window.toMs && touches)) return undefined;
    const startLocal = this.userClock.localOf(startMs);
    const endLocal = this.userClock.localOf(endMs);
    return this.occurrence(content, keyOf(uid, original), {
      allDay: false,
      start: new Date(startMs).toISOString(),
      end: new Date(endMs).toISOString(),
      startDate: startLocal.date,
      // An occurrence ending at midnight covers the day before, not the next one.
      endDate: length.ms > 0 ? this.userClock.dateOf(endMs - 1) : startLocal.date,
      startTime: startLocal.time,
      endTime: endLocal.time,
    });
  }

  private occurrence(
    { entry, series }: OccurrenceContent,
    key: string,
    time: Pick<CalendarOccurrence, 'allDay' | 'start' | 'end' | 'startDate' | 'endDate' | 'startTime' | 'endTime'>,
  ): CalendarOccurrence {
    const own = entry.content();
    const inherited = series?.content() ?? {};
    const occurrence: CalendarOccurrence = {
      key,
      uid: series?.uid ?? entry.uid,
      summary: own.summary ?? inherited.summary ?? '',
      location: own.location ?? inherited.location ?? '',
      description: own.description ?? inherited.description ?? '',
      categories: own.categories ?? inherited.categories ?? [],
      ...time,
      attendees: own.attendees ?? inherited.attendees ?? [],
      status: entry.tentative ? 'tentative' : 'confirmed',
    };
    const organiser = own.organiser ?? inherited.organiser;
    if (organiser) occurrence.organiser = organiser;
    return occurrence;
  }
}

/** The key of the slot `original`: by its date when the series is all-day, else by its instant. */
export function keyOf(uid: string, original: CalendarTime): string {
  return original.isDate
    ? allDayOccurrenceKey(uid, original.wall)
    : timedOccurrenceKey(uid, original.clock.epochOfWall(original.wall));
}

function dayMs(wall: WallTime): number {
  return wallMs({ ...wall, hour: 0, minute: 0, second: 0 });
}
