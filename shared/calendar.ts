// What Plausch reads from a calendar and what it makes of it. A calendar (an `.ics` file the user imports or a file or
// folder she watches) is read in the main process and kept in memory only: what reaches the journal is what the user
// accepts, an encounter or an event linked to its occurrence by `CalendarOccurrence.key`.
import type { CalendarSource, ContactRelation, EventKind, InteractionType, TimeOfDay } from './model';

/** A person in a calendar entry, as the file names them. */
export interface CalendarPerson {
  /** Lower case, without `mailto:`; empty when the file gives none. */
  email: string;
  /** The display name (`CN`), empty when the file gives none. */
  name: string;
  /** `CUTYPE`: `individual` unless the file says `room`, `resource`, `group` or `unknown`. */
  cutype: 'individual' | 'room' | 'resource' | 'group' | 'unknown';
  /** `PARTSTAT` in lower case (`accepted`, `declined`, `needs-action`, `tentative`), empty when not given. */
  partstat: string;
}

/** One occurrence of a calendar entry: a single meeting, or one of a series after its exceptions. */
export interface CalendarOccurrence {
  /**
   * `c<first 24 hex digits of the SHA-256 of the UID>:<original start>`, the original start compact in UTC
   * (`20260305T090000Z`) or as a date for all-day entries (`20260305`): a moved occurrence keeps the key of the slot
   * it was moved from (its RECURRENCE-ID), so a dismissal or a logged encounter follows it.
   */
  key: string;
  uid: string;
  summary: string;
  location: string;
  /** The description, at most 2,000 characters: enough to see a Teams link or a word such as "Telefonat". */
  description: string;
  categories: string[];
  allDay: boolean;
  /** The start and end as instants (ISO, UTC). For all-day entries: midnight at the start of the first day and after the last, in the user's zone. */
  start: string;
  end: string;
  /** The user's calendar date of the start and of the last day it covers (`YYYY-MM-DD`, in the user's time zone). */
  startDate: string;
  endDate: string;
  /** Start and end on the user's clock (`HH:MM`); absent for all-day entries. */
  startTime?: string;
  endTime?: string;
  organiser?: CalendarPerson;
  attendees: CalendarPerson[];
  /** `STATUS`; cancelled occurrences are left out when read, so this is `confirmed` or `tentative`. */
  status: 'confirmed' | 'tentative';
}

/** A calendar read: its occurrences in the range asked for, in start order, and how many entries could not be read. */
export interface ParsedCalendar {
  occurrences: CalendarOccurrence[];
  /** Entries left out because they were broken (no start, an unreadable rule); the others still count. */
  skipped: number;
}

/** A contact in a calendar entry, matched by e-mail address or name. */
export interface CalendarContact {
  contactId: string;
  name: string;
}

/** Someone in a calendar entry who is not in the journal, with what a new contact would be made of. */
export interface CalendarNewcomer {
  email: string;
  firstName: string;
  lastName: string;
  organisation: string;
  relation: ContactRelation;
}

/** A past meeting with people from the journal: "Gestern und heute getroffen?". Logging it needs one click. */
export interface CalendarSuggestion {
  key: string;
  summary: string;
  date: string;
  startTime?: string;
  endTime?: string;
  timeOfDay?: TimeOfDay;
  /** What the encounter would be: `meeting` unless the entry reads like a lunch, a call or a coffee. */
  type: InteractionType;
  place: string;
  /** The entry's subject, as the encounter's topic. */
  topic: string;
  contacts: CalendarContact[];
  newcomers: CalendarNewcomer[];
}

/** An entry that looks like a conference, a training, a Christmas party or a Stammtisch: offered as a Plausch event. */
export interface CalendarEventOffer {
  key: string;
  title: string;
  eventKind: EventKind;
  date: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
  place: string;
  /** The contacts from the journal among its attendees, as the event's expected people. */
  expectedIds: string[];
  expected: CalendarContact[];
}

/** A meeting today with people from the journal, still ahead or under way: "Gespräch vorbereiten". */
export interface CalendarPrep {
  key: string;
  summary: string;
  date: string;
  startTime?: string;
  contacts: CalendarContact[];
}

/** How one calendar source stands. */
export interface CalendarSourceStatus extends CalendarSource {
  state: 'ok' | 'missing' | 'unreadable';
  /** When it was last read (ISO); absent until then. */
  readAt?: string;
  /** Occurrences read in the window Plausch looks at (two days back to 60 days ahead). */
  occurrences: number;
  /** Entries that could not be read. */
  skipped: number;
  /** Why it could not be read, as an error code with a translation (`errors.<code>`). */
  error?: string;
}

export interface CalendarStatus {
  sources: CalendarSourceStatus[];
  /** A file imported in this session (kept in memory until Plausch closes). */
  imported?: { name: string; occurrences: number; skipped: number; readAt: string };
}

/** Everything Today shows from the calendar. */
export interface CalendarDay {
  date: string;
  suggestions: CalendarSuggestion[];
  eventOffers: CalendarEventOffer[];
  prep: CalendarPrep[];
  /** Whether any calendar is connected at all (an empty day means something else without one). */
  connected: boolean;
}

/** The largest calendar file Plausch reads: a year of a busy executive's Outlook export is far below it. */
export const MAX_CALENDAR_BYTES = 20 * 1024 * 1024;

/** One occurrence as the command line lists it: who is in it, and what Plausch would suggest. */
export interface CalendarReviewRow {
  occurrence: CalendarOccurrence;
  contacts: CalendarContact[];
  newcomers: CalendarNewcomer[];
  /** The encounter it would become; absent when nobody from the journal is in it (or it is all-day). */
  suggestion?: CalendarSuggestion;
  /** The Plausch event it would become, when it looks like one. */
  eventOffer?: CalendarEventOffer;
  /** An encounter is already linked to it. */
  logged: boolean;
  dismissed: boolean;
}

export interface CalendarReview {
  rows: CalendarReviewRow[];
  skipped: number;
}
