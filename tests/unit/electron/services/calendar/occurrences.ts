// Calendar occurrences built by hand, as the parser would hand them over, so that the service's tests state only the
// meeting that matters to them. The clock is a Berlin summer's: local times are UTC+2.
import { createHash } from 'node:crypto';
import type { CalendarOccurrence, CalendarPerson } from '../../../../../shared/calendar';
import { addDays } from '../../../../../shared/dates';

/** Thursday 5 June 2025, 16:00 in Berlin. */
export const NOW = '2025-06-05T14:00:00.000Z';
export const TODAY = '2025-06-05';
export const YESTERDAY = '2025-06-04';
export const ZONE = 'Europe/Berlin';

export function aPerson(email: string, name = '', fields: Partial<CalendarPerson> = {}): CalendarPerson {
  return { email: email.toLowerCase(), name, cutype: 'individual', partstat: 'accepted', ...fields };
}

function instant(date: string, time: string): string {
  return new Date(`${date}T${time}:00+02:00`).toISOString();
}

function keyOf(uid: string, start: string): string {
  return `c${createHash('sha256').update(uid).digest('hex').slice(0, 24)}:${start}`;
}

export interface MeetingFields extends Partial<Omit<CalendarOccurrence, 'start' | 'end' | 'key'>> {
  date?: string;
  from?: string;
  to?: string;
}

/** A timed meeting on one day, by default today 09:00 to 10:00. */
export function aMeeting({ date = TODAY, from = '09:00', to = '10:00', uid = `uid-${date}-${from}`, ...fields }: MeetingFields = {}): CalendarOccurrence {
  const start = instant(date, from);
  return {
    key: keyOf(uid, start.replace(/[-:]/g, '').replace(/\.\d+/, '')),
    uid,
    summary: 'Abstimmung',
    location: '',
    description: '',
    categories: [],
    allDay: false,
    start,
    end: instant(date, to),
    startDate: date,
    endDate: date,
    startTime: from,
    endTime: to,
    attendees: [],
    status: 'confirmed',
    ...fields,
  };
}

/** An all-day entry from `date` through `lastDay`. */
export function anAllDayEntry({ date = TODAY, lastDay = date, uid = `uid-all-${date}`, ...fields }: Partial<CalendarOccurrence> & { date?: string; lastDay?: string } = {}): CalendarOccurrence {
  return {
    key: keyOf(uid, date.replace(/-/g, '')),
    uid,
    summary: 'Ganztägig',
    location: '',
    description: '',
    categories: [],
    allDay: true,
    start: instant(date, '00:00'),
    end: instant(addDays(lastDay, 1), '00:00'),
    startDate: date,
    endDate: lastDay,
    attendees: [],
    status: 'confirmed',
    ...fields,
  };
}
