// A seeded synthetic year of an executive assistant's Outlook calendar, for the calendar figure: single meetings and
// weekly series (some with a cancelled occurrence (EXDATE) or a moved one (a RECURRENCE-ID override)), the Windows zone
// names Outlook writes with their VTIMEZONE blocks, all-day entries, rooms, and 2 to 30 people per meeting, drawn
// partly from the journal's contacts (by address, a few only by name) and partly from people the journal does not
// know, so that matching has real work. The same seed gives the same file.
import type { Contact } from '../../shared/model';
import { seededRandom } from '../support/seeded-random';

/** Outlook's own zone blocks: the names are Windows', the rules those of 2007 onwards. */
const VTIMEZONES: Record<string, string[]> = {
  'W. Europe Standard Time': zoneBlock('W. Europe Standard Time', '+0100', '+0200', '-1SU', 10, '-1SU', 3),
  'GMT Standard Time': zoneBlock('GMT Standard Time', '+0000', '+0100', '-1SU', 10, '-1SU', 3),
  'Eastern Standard Time': zoneBlock('Eastern Standard Time', '-0500', '-0400', '1SU', 11, '2SU', 3),
};

function zoneBlock(tzid: string, standard: string, daylight: string, standardDay: string, standardMonth: number, daylightDay: string, daylightMonth: number): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:16010101T030000',
    `TZOFFSETFROM:${daylight}`,
    `TZOFFSETTO:${standard}`,
    `RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=${standardDay};BYMONTH=${standardMonth}`,
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010101T020000',
    `TZOFFSETFROM:${standard}`,
    `TZOFFSETTO:${daylight}`,
    `RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=${daylightDay};BYMONTH=${daylightMonth}`,
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
}

const SUBJECTS = [
  'Jour fixe Vertrieb', 'Abstimmung Vorstandssitzung', 'Mittagessen', 'Lunch with the board office', 'Telefonat Budget 2027',
  'Call: Reiseplanung Singapur', 'Kaffee', 'Abstimmung Sommerfest', 'Board meeting prep', 'Quartalsgespräch',
  'Projekt Neubau: Statusrunde', 'Onboarding neue Kollegin', 'Weekly sync', 'Interview Teamassistenz', 'Budgetrunde Einkauf',
  'Lieferantengespräch', 'Termin beim Notar', 'Abstimmung Messeauftritt', 'Kundenbesuch', 'Strategieklausur Vorbereitung',
];
const EVENT_SUBJECTS = ['Weihnachtsfeier', 'Assistenz-Stammtisch', 'Konferenz: Digital Office 2026', 'Schulung Datenschutz', 'Sommerfest', 'Messe Frankfurt'];
const CATEGORIES = ['Besprechung', 'Kunde', 'Intern', 'Vorstand', 'Konferenz', 'Schulung', 'Privat'];
const ROOMS = [
  { name: 'Konferenzraum 4.12', email: 'raum-4-12@eigenes-haus.de' },
  { name: 'Besprechungsraum Elbe', email: 'raum-elbe@eigenes-haus.de' },
  { name: 'Vorstandsetage Saal', email: 'saal-vorstand@eigenes-haus.de' },
  { name: 'Kantine Separee', email: 'kantine-separee@eigenes-haus.de' },
];
const PLACES = ['Kantine', 'Café am Markt', 'Microsoft Teams-Besprechung', 'Hotel Adlon', 'Messehalle 3', 'Lobby'];
const STRANGER_FIRST = ['Jana', 'Pavel', 'Ines', 'Marco', 'Yuki', 'Henrik', 'Leonie', 'Aylin', 'Sven', 'Carla', 'Mateo', 'Freya'];
const STRANGER_LAST = ['Vogt', 'Kowalski', 'Brandt', 'Rossi', 'Tanaka', 'Lindqvist', 'Seidel', 'Demir', 'Ahrens', 'Moreau', 'Silva'];
const STRANGER_DOMAINS = ['partner-beratung.de', 'gmail.com', 'kanzlei-ahrens.de', 'example-agentur.com', 'lieferant-nord.de'];
/** The user's own address: the organiser of many meetings, and one of the addresses Settings names as hers. */
export const OWN_ADDRESS = 'assistenz@eigenes-haus.de';
const TEAMS_TEXT =
  'Microsoft Teams-Besprechung\\nNehmen Sie über Ihren Computer\\, Ihre mobile App oder Ihr Raumgerät teil\\nHier klicken\\, um an der ' +
  'Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d>\\n';

export interface SyntheticCalendar {
  text: string;
  /** VEVENT blocks in the file, series overrides included. */
  vevents: number;
  series: number;
  exdates: number;
  overrides: number;
  seed: number;
}

/** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets, as Outlook does, never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const two = (n: number) => String(n).padStart(2, '0');

/** A weekday of `year` (as `YYYYMMDD`), `offsetDays` after 1 January, moved off the weekend. */
function weekday(year: number, offsetDays: number): Date {
  const day = new Date(Date.UTC(year, 0, 1 + offsetDays));
  const dow = day.getUTCDay();
  if (dow === 0) day.setUTCDate(day.getUTCDate() + 1);
  if (dow === 6) day.setUTCDate(day.getUTCDate() + 2);
  return day;
}

const compactDate = (day: Date) => `${day.getUTCFullYear()}${two(day.getUTCMonth() + 1)}${two(day.getUTCDate())}`;
const compactLocal = (day: Date, minutes: number) => `${compactDate(day)}T${two(Math.floor(minutes / 60))}${two(minutes % 60)}00`;

export function syntheticCalendar({ events, contacts, seed = 2026, year = 2026 }: { events: number; contacts: readonly Contact[]; seed?: number; year?: number }): SyntheticCalendar {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const known = contacts.filter((contact) => !contact.archived && contact.emails.length > 0);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');

  const person = (): string => {
    const roll = random();
    if (roll < 0.55 && known.length > 0) {
      const contact = pick(known);
      // Outlook writes "Last, First" for people in its address book.
      const cn = random() < 0.5 ? `${contact.lastName}, ${contact.firstName}` : `${contact.firstName} ${contact.lastName}`;
      return `ATTENDEE;CN="${cn}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:${contact.emails[0]}`;
    }
    if (roll < 0.62 && known.length > 0) {
      // Known by name only: a private address the journal does not hold.
      const contact = pick(known);
      return `ATTENDEE;CN="${contact.firstName} ${contact.lastName}";PARTSTAT=NEEDS-ACTION:mailto:${contact.firstName.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}${Math.floor(random() * 90)}@web.de`;
    }
    const first = pick(STRANGER_FIRST);
    const last = pick(STRANGER_LAST);
    const email = `${first}.${last}@${pick(STRANGER_DOMAINS)}`.toLowerCase();
    return random() < 0.3 ? `ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:${email}` : `ATTENDEE;CN="${first} ${last}";PARTSTAT=ACCEPTED:mailto:${email}`;
  };

  const zone = (): string | undefined => {
    const roll = random();
    if (roll < 0.85) return 'W. Europe Standard Time';
    if (roll < 0.93) return 'GMT Standard Time';
    if (roll < 0.97) return 'Eastern Standard Time';
    return undefined;
  };
  const at = (name: string, tzid: string | undefined, day: Date, minutes: number): string => {
    if (tzid) return `${name};TZID=${tzid}:${compactLocal(day, minutes)}`;
    // A few entries in UTC, as Google writes them.
    return `${name}:${compactLocal(day, minutes)}Z`;
  };

  const lines: string[] = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:PUBLISH'];
  for (const block of Object.values(VTIMEZONES)) lines.push(...block);

  let vevents = 0;
  let series = 0;
  let exdates = 0;
  let overrides = 0;
  while (vevents < events) {
    const uid = `040000008200E00074C5B7101A82E00800000000${hex(32).toUpperCase()}`;
    const allDay = random() < 0.04;
    const eventLike = random() < 0.03;
    const summary = eventLike ? pick(EVENT_SUBJECTS) : pick(SUBJECTS);
    const tzid = zone();
    const day = weekday(year, Math.floor(random() * 360));
    const start = (8 + Math.floor(random() * 10)) * 60 + (random() < 0.5 ? 0 : 30);
    const length = pick([30, 30, 60, 60, 60, 90, 120]);
    // Most meetings are small (half have four people or fewer), a few are town halls of thirty.
    const attendees = 2 + Math.floor(random() ** 4 * 29);
    const recurring = !allDay && !eventLike && random() < 0.08 && vevents + 2 < events;
    const people = Array.from({ length: attendees }, person);
    const room = random() < 0.4 ? pick(ROOMS) : undefined;
    const place = room?.name ?? (random() < 0.3 ? pick(PLACES) : '');
    const vevent = [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `SUMMARY:${escapeText(summary)}`,
      ...(allDay
        ? [`DTSTART;VALUE=DATE:${compactDate(day)}`, `DTEND;VALUE=DATE:${compactDate(new Date(day.getTime() + (1 + Math.floor(random() * 3)) * 86_400_000))}`]
        : [at('DTSTART', tzid, day, start), at('DTEND', tzid, day, start + length)]),
      random() < 0.8 ? `ORGANIZER;CN="Assistenz Vorstand":mailto:${OWN_ADDRESS}` : person().replace(/^ATTENDEE/, 'ORGANIZER').replace(/;ROLE=[^;:]*|;PARTSTAT=[^;:]*|;RSVP=[^;:]*/g, ''),
      ...people,
      ...(room ? [`ATTENDEE;CUTYPE=ROOM;CN="${room.name}";ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:${room.email}`] : []),
      ...(place ? [`LOCATION:${escapeText(place)}`] : []),
      ...(random() < 0.25 || eventLike ? [`CATEGORIES:${eventLike ? 'Konferenz' : pick(CATEGORIES)}`] : []),
      ...(random() < 0.3 ? [`DESCRIPTION:${TEAMS_TEXT}`] : []),
      `DTSTAMP:${year}0101T080000Z`,
      'STATUS:CONFIRMED',
      'SEQUENCE:0',
    ];
    if (recurring) {
      series += 1;
      const count = 4 + Math.floor(random() * 37);
      vevent.push(random() < 0.5 ? `RRULE:FREQ=WEEKLY;COUNT=${count}` : `RRULE:FREQ=WEEKLY;UNTIL=${compactDate(new Date(day.getTime() + count * 7 * 86_400_000))}T235959Z`);
      if (random() < 0.4) {
        exdates += 1;
        vevent.push(at('EXDATE', tzid, new Date(day.getTime() + (1 + Math.floor(random() * 3)) * 7 * 86_400_000), start));
      }
    }
    vevent.push('END:VEVENT');
    lines.push(...vevent);
    vevents += 1;
    if (recurring && random() < 0.35 && vevents < events) {
      // One occurrence moved a day later, an hour earlier, with its own subject: Outlook writes it as a VEVENT of its own.
      overrides += 1;
      const original = new Date(day.getTime() + 7 * 86_400_000);
      const moved = new Date(original.getTime() + 86_400_000);
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uid}`,
        at('RECURRENCE-ID', tzid, original, start),
        `SUMMARY:${escapeText(`${summary} (verschoben)`)}`,
        at('DTSTART', tzid, moved, start - 60),
        at('DTEND', tzid, moved, start - 60 + length),
        `ORGANIZER;CN="Assistenz Vorstand":mailto:${OWN_ADDRESS}`,
        ...people,
        `DTSTAMP:${year}0101T080000Z`,
        'SEQUENCE:1',
        'END:VEVENT',
      );
      vevents += 1;
    }
  }
  lines.push('END:VCALENDAR');
  return { text: `${lines.map(fold).join('\r\n')}\r\n`, vevents, series, exdates, overrides, seed };
}
