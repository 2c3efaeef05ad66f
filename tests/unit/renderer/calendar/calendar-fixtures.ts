// A day from a calendar for Today's and Settings' tests: Friday, 2026-11-27, as quietDay in today-fixtures.ts.
import type { CalendarDay, CalendarEventOffer, CalendarPrep, CalendarStatus, CalendarSuggestion } from '../../../../shared/calendar';
import type { Contact, EventRecord } from '../../../../shared/model';
import { aContact } from '../../../support/journal-fixtures';

export const jourFixe: CalendarSuggestion = {
  key: 'c0123456789abcdef01234567:20261126T090000Z',
  summary: 'Jour fixe Einkauf',
  date: '2026-11-26',
  startTime: '10:00',
  endTime: '11:00',
  timeOfDay: 'morning',
  type: 'meeting',
  place: 'Raum 4.12',
  topic: 'Jour fixe Einkauf',
  contacts: [
    { contactId: 'c-sabine', name: 'Sabine Müller' },
    { contactId: 'c-thomas', name: 'Thomas Becker' },
  ],
  newcomers: [{ email: 'jana.roth@nordlicht.de', firstName: 'Jana', lastName: 'Roth', organisation: 'Nordlicht', relation: 'external' }],
};

export const lunch: CalendarSuggestion = {
  key: 'cabcdefabcdefabcdefabcdef:20261127T070000Z',
  summary: 'Mittagessen mit Petra',
  date: '2026-11-27',
  startTime: '08:00',
  timeOfDay: 'morning',
  type: 'lunch',
  place: '',
  topic: 'Mittagessen mit Petra',
  contacts: [{ contactId: 'c-petra', name: 'Petra Lang' }],
  newcomers: [],
};

export const budgetTalk: CalendarPrep = {
  key: 'c111111111111111111111111:20261127T130000Z',
  summary: 'Budget 2027',
  date: '2026-11-27',
  startTime: '14:00',
  contacts: [
    { contactId: 'c-klaus', name: 'Klaus Richter' },
    { contactId: 'c-dora', name: 'Dora Vogel' },
  ],
};

export const christmasParty: CalendarEventOffer = {
  key: 'c222222222222222222222222:20261211',
  title: 'Weihnachtsfeier',
  eventKind: 'christmasParty',
  date: '2026-12-11',
  startTime: '18:00',
  place: 'Kantine',
  expectedIds: ['c-sabine', 'c-thomas'],
  expected: [
    { contactId: 'c-sabine', name: 'Sabine Müller' },
    { contactId: 'c-thomas', name: 'Thomas Becker' },
  ],
};

export const connectedDay: CalendarDay = {
  date: '2026-11-27',
  suggestions: [jourFixe, lunch],
  prep: [budgetTalk],
  eventOffers: [christmasParty],
  connected: true,
};

export const emptyCalendarDay: CalendarDay = { date: '2026-11-27', suggestions: [], prep: [], eventOffers: [], connected: false };

export const jana: Contact = aContact({ id: 'c-jana', firstName: 'Jana', lastName: 'Roth', organisation: 'Nordlicht' });

export const noCalendar: CalendarStatus = { sources: [] };

/** The event a calendar offer becomes; only its id matters to the screens under test. */
export function anEvent(id: string, title: string): EventRecord {
  return {
    kind: 'event',
    id,
    title,
    eventKind: 'christmasParty',
    date: '2026-12-11',
    place: 'Kantine',
    goals: [],
    expectedIds: [],
    toMeetIds: [],
    checklist: [],
    templateId: 'christmasParty',
    createdAt: '2026-11-27T08:00:00.000Z',
    updatedAt: '2026-11-27T08:00:00.000Z',
  } as unknown as EventRecord;
}
