// One VEVENT (jCal) read into what the expansion needs: its times on their clocks, its rule and exceptions, and the
// words and people an occurrence carries. Returns undefined for an entry that cannot be placed in time (no or an
// impossible DTSTART, DTEND or EXDATE); the caller counts it as skipped.
import ICAL from 'ical.js';
import type { CalendarPerson } from '../../../../../shared/calendar';
import type { JcalComponent, JcalProperty } from './calendar-components';
import type { EventZones, WallClock } from './event-zones';
import { derivedUid } from './occurrence-key';
import { personOf } from './people';
import { parseWallTime, type WallTime } from './wall-time';

export const MAX_DESCRIPTION_CHARS = 2000;

/** A DTSTART, DTEND, RECURRENCE-ID, RDATE or EXDATE value with the clock it is read on. */
export interface CalendarTime {
  wall: WallTime;
  isDate: boolean;
  clock: WallClock;
}

export interface EventEntry {
  uid: string;
  start: CalendarTime;
  end?: CalendarTime;
  /** DURATION in seconds, when the entry gives one instead of DTEND. */
  durationSeconds?: number;
  /** The RRULE as jCal data, for ICAL.Recur.fromData. */
  rrule?: Record<string, unknown>;
  rdates: CalendarTime[];
  exdates: CalendarTime[];
  recurrenceId?: CalendarTime;
  cancelled: boolean;
  tentative: boolean;
  /** What it says and who comes, read on first use: most entries of a big calendar lie outside the window. */
  content: () => EntryContent;
}

/** Undefined where the entry has no such property, so an exception can take its series' value. */
export interface EntryContent {
  summary?: string;
  location?: string;
  description?: string;
  categories?: string[];
  organiser?: CalendarPerson;
  attendees?: CalendarPerson[];
}

export function readEventEntry(component: JcalComponent, zones: EventZones): EventEntry | undefined {
  const properties = component[1];
  const first = (name: string) => properties.find((property) => property[0] === name);
  const all = (name: string) => properties.filter((property) => property[0] === name);

  const dtstartProperty = first('dtstart');
  const start = dtstartProperty && timeOf(dtstartProperty, dtstartProperty[3], zones);
  const recurrenceIdProperty = first('recurrence-id');
  const recurrenceId = recurrenceIdProperty && timeOf(recurrenceIdProperty, recurrenceIdProperty[3], zones);
  if (recurrenceIdProperty && !recurrenceId) return undefined;
  // An exception without DTSTART (some generators leave it out) stays in its slot.
  const effectiveStart = start ?? (dtstartProperty ? undefined : recurrenceId);
  if (!effectiveStart) return undefined;

  const entry: EventEntry = {
    uid:
      textOf(first('uid')) ||
      derivedUid(textOf(first('summary')) ?? '', String(dtstartProperty?.[3] ?? recurrenceIdProperty?.[3])),
    start: effectiveStart,
    rdates: [],
    exdates: [],
    cancelled: (textOf(first('status')) ?? '').toUpperCase() === 'CANCELLED',
    tentative: (textOf(first('status')) ?? '').toUpperCase() === 'TENTATIVE',
    content: remembered(() => contentOf(properties)),
  };
  if (recurrenceId) entry.recurrenceId = recurrenceId;

  const dtendProperty = first('dtend');
  if (dtendProperty) {
    const end = timeOf(dtendProperty, dtendProperty[3], zones);
    if (!end) return undefined;
    entry.end = end;
  } else {
    const duration = first('duration')?.[3];
    if (typeof duration === 'string') {
      try {
        entry.durationSeconds = ICAL.Duration.fromString(duration).toSeconds();
      } catch {
        return undefined;
      }
    }
  }

  const rrule = first('rrule')?.[3];
  if (rrule !== undefined) {
    if (typeof rrule !== 'object' || rrule === null) return undefined;
    entry.rrule = rrule as Record<string, unknown>;
  }
  for (const [name, list] of [
    ['rdate', entry.rdates],
    ['exdate', entry.exdates],
  ] as const) {
    for (const property of all(name)) {
      for (const value of property.slice(3)) {
        // An RDATE may be a PERIOD ([start, end]); its start is the occurrence.
        const time = timeOf(property, Array.isArray(value) ? value[0] : value, zones);
        if (!time) return undefined;
        list.push(time);
      }
    }
  }

  return entry;
}

function contentOf(properties: JcalProperty[]): EntryContent {
  const first = (name: string) => properties.find((property) => property[0] === name);
  const all = (name: string) => properties.filter((property) => property[0] === name);
  const content: EntryContent = {};
  const summary = textOf(first('summary'));
  if (summary !== undefined) content.summary = summary;
  const location = textOf(first('location'));
  if (location !== undefined) content.location = location;
  const description = textOf(first('description'));
  if (description !== undefined) content.description = description.slice(0, MAX_DESCRIPTION_CHARS);
  const categories = all('categories');
  if (categories.length > 0) content.categories = categoriesOf(categories);
  const organiser = first('organizer');
  if (organiser) content.organiser = personOf(organiser);
  const attendees = all('attendee');
  if (attendees.length > 0) content.attendees = attendees.map(personOf);
  return content;
}

function remembered<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

function timeOf(property: JcalProperty, value: unknown, zones: EventZones): CalendarTime | undefined {
  const parsed = parseWallTime(value);
  if (!parsed) return undefined;
  const tzid = property[1]['tzid'];
  return {
    wall: parsed.wall,
    isDate: parsed.isDate,
    clock: zones.clockOf(typeof tzid === 'string' ? tzid : undefined, parsed.utc),
  };
}

function textOf(property: JcalProperty | undefined): string | undefined {
  if (!property) return undefined;
  return property
    .slice(3)
    .filter((value) => typeof value === 'string')
    .join(', ')
    .trim();
}

/** Every CATEGORIES line, each split on its commas (ical.js does that already; a quoted list may remain). */
function categoriesOf(properties: JcalProperty[]): string[] {
  const seen = new Set<string>();
  for (const property of properties) {
    for (const value of property.slice(3)) {
      if (typeof value !== 'string') continue;
      for (const part of value.split(',')) {
        const category = part.trim();
        if (category) seen.add(category);
      }
    }
  }
  return [...seen];
}
