// From a calendar file's text to its VEVENT and VTIMEZONE components (jCal), parsed once by ical.js. When ical.js
// refuses the whole text over one line (an RRULE with an unknown FREQ throws while parsing), the file is cut into
// its entries and each is parsed on its own: the broken entry is counted, the others still come.
//
// What is no calendar is refused as a whole (PlauschError 'calendarUnreadable'): text without BEGIN:VCALENDAR, and a
// calendar cut off before its END:VCALENDAR or inside an entry. A watched file is read again when it changes, and a
// file caught half written would otherwise look like a calendar whose later meetings were all deleted.
import ICAL from 'ical.js';
import { PlauschError } from '../../../../../shared/errors';

/** A jCal component: [name, properties, subcomponents]. */
export type JcalComponent = [string, JcalProperty[], JcalComponent[]];
/** A jCal property: [name, parameters, value type, ...values]. */
export type JcalProperty = [string, Record<string, unknown>, string, ...unknown[]];

export interface CalendarComponents {
  events: JcalComponent[];
  /** The file's VTIMEZONE components by TZID. */
  vtimezones: Map<string, JcalComponent>;
  /** `METHOD:CANCEL`: an invitation's cancellation, whose entries are all called off. */
  cancelsAll: boolean;
  /** Entries ical.js could not read at all. */
  unreadableEvents: number;
}

const BEGIN_CALENDAR = /^BEGIN:VCALENDAR[ \t]*$/im;
const END_CALENDAR = /^END:VCALENDAR[ \t]*$/im;

export function calendarComponents(text: string): CalendarComponents {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!BEGIN_CALENDAR.test(body) || !END_CALENDAR.test(body)) throw new PlauschError('calendarUnreadable');
  let calendars: JcalComponent[];
  let unreadableEvents = 0;
  try {
    calendars = topLevelComponents(ICAL.parse(body));
  } catch {
    ({ calendars, unreadableEvents } = parseEntryByEntry(body));
  }
  const result: CalendarComponents = { events: [], vtimezones: new Map(), cancelsAll: false, unreadableEvents };
  for (const calendar of calendars) {
    if (calendar[0] !== 'vcalendar') continue;
    for (const property of calendar[1]) {
      if (property[0] === 'method' && String(property[3]).trim().toUpperCase() === 'CANCEL') result.cancelsAll = true;
    }
    for (const component of calendar[2]) {
      if (component[0] === 'vevent') result.events.push(component);
      else if (component[0] === 'vtimezone') {
        const tzid = component[1].find((property) => property[0] === 'tzid')?.[3];
        if (typeof tzid === 'string') result.vtimezones.set(tzid, component);
      }
    }
  }
  if (!calendars.some((calendar) => calendar[0] === 'vcalendar')) throw new PlauschError('calendarUnreadable');
  return result;
}

/** ical.js gives one component as it is and several (files with more than one VCALENDAR) as a list. */
function topLevelComponents(parsed: unknown): JcalComponent[] {
  if (!Array.isArray(parsed)) return [];
  if (typeof parsed[0] === 'string') return [parsed as JcalComponent];
  return parsed as JcalComponent[];
}

/**
 * The slow way, only for a file ical.js refused whole: each VEVENT and VTIMEZONE parsed inside a calendar of its own.
 * The structure must hold (every BEGIN has its END); a line that breaks it makes the file unreadable.
 */
function parseEntryByEntry(body: string): { calendars: JcalComponent[]; unreadableEvents: number } {
  const lines = unfoldedLines(body);
  const calendars: JcalComponent[] = [];
  let unreadableEvents = 0;
  const open: string[] = [];
  let calendarProperties: string[] = [];
  let entry: string[] = [];
  let entries: JcalComponent[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const begin = /^BEGIN:(.+)$/i.exec(line.trim());
    const end = /^END:(.+)$/i.exec(line.trim());
    if (begin) open.push(begin[1]!.toUpperCase());
    if (begin && open.length === 1 && open[0] !== 'VCALENDAR') throw new PlauschError('calendarUnreadable');
    if (open.length >= 2) entry.push(line);
    else if (open.length === 1 && !begin && !end) calendarProperties.push(line);
    if (end) {
      if (open.pop() !== end[1]!.toUpperCase()) throw new PlauschError('calendarUnreadable');
      if (open.length === 1) {
        const component = parseEntry(entry);
        if (component) entries.push(component);
        else if (/^BEGIN:VEVENT/i.test(entry[0] ?? '')) unreadableEvents++;
        entry = [];
      } else if (open.length === 0) {
        calendars.push(['vcalendar', parseCalendarProperties(calendarProperties), entries]);
        calendarProperties = [];
        entries = [];
      }
    }
  }
  if (open.length > 0) throw new PlauschError('calendarUnreadable');
  return { calendars, unreadableEvents };
}

/**
 * One entry, or undefined when even the lines Plausch reads are broken: an entry whose only unreadable line is one
 * Plausch does not read (an Outlook X- property with odd quoting, a reminder) is read without it.
 */
function parseEntry(entry: string[]): JcalComponent | undefined {
  return parseAlone(entry) ?? parseAlone(entry.filter((line) => READ_PROPERTIES.has(propertyName(line))));
}

function parseAlone(entry: string[]): JcalComponent | undefined {
  try {
    const parsed = ICAL.parse(['BEGIN:VCALENDAR', ...entry, 'END:VCALENDAR'].join('\r\n')) as unknown;
    return (parsed as JcalComponent)[2][0];
  } catch {
    return undefined;
  }
}

/** What event-entry.ts and a VTIMEZONE need; BEGIN and END of a VALARM are kept, which ical.js reads empty. */
const READ_PROPERTIES = new Set([
  'BEGIN',
  'END',
  'UID',
  'DTSTART',
  'DTEND',
  'DURATION',
  'RRULE',
  'RDATE',
  'EXDATE',
  'RECURRENCE-ID',
  'STATUS',
  'SUMMARY',
  'LOCATION',
  'DESCRIPTION',
  'CATEGORIES',
  'ORGANIZER',
  'ATTENDEE',
  'TZID',
  'TZOFFSETFROM',
  'TZOFFSETTO',
]);

function propertyName(line: string): string {
  return (/^[^;:]*/.exec(line)?.[0] ?? '').toUpperCase();
}

/** The calendar's own lines (METHOD, PRODID, X-WR-CALNAME), each on its own so one odd line loses only itself. */
function parseCalendarProperties(lines: string[]): JcalProperty[] {
  const properties: JcalProperty[] = [];
  for (const line of lines) {
    try {
      const parsed = ICAL.parse(['BEGIN:VCALENDAR', line, 'END:VCALENDAR'].join('\r\n')) as unknown as JcalComponent;
      properties.push(...parsed[1]);
    } catch {
      // An unreadable calendar-level line (an Outlook X- property with odd quoting) says nothing about the meetings.
    }
  }
  return properties;
}

function unfoldedLines(body: string): string[] {
  return body.replace(/\r\n|\r/g, '\n').replace(/\n[ \t]/g, '').split('\n');
}
