import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../../../../electron/main/services/calendar/calendar-day';
import type { LinkedRecords } from '../../../../../electron/main/services/calendar/linked-records';
import { createMatcher } from '../../../../../electron/main/services/calendar/matcher';
import type { CalendarOccurrence } from '../../../../../shared/calendar';
import { settingsSchema, type EventRecord, type Interaction } from '../../../../../shared/model';
import { aContact } from '../../../../support/journal-fixtures';
import { NOW, TODAY, YESTERDAY, aMeeting, aPerson, anAllDayEntry } from './occurrences';

const sabine = aContact({ firstName: 'Sabine', lastName: 'Keller', emails: ['sabine@nordlicht.de'] });
const withSabine = [aPerson('sabine@nordlicht.de', 'Sabine Keller')];

function dayOf(occurrences: CalendarOccurrence[], { logged = [] as string[], events = [] as string[], dismissed = [] as string[], own = [] as string[] } = {}) {
  const linked: LinkedRecords = {
    interactionOf: (key) => (logged.includes(key) ? ({ id: 'logged' } as Interaction) : undefined),
    eventOf: (key) => (events.includes(key) ? ({ id: 'event' } as EventRecord) : undefined),
  };
  const sorted = [...occurrences].sort((a, b) => a.start.localeCompare(b.start));
  return calendarDay({
    occurrences: sorted,
    matcher: createMatcher([sabine], settingsSchema.parse({ ownEmailAddresses: own })),
    linked,
    dismissed: new Set(dismissed),
    today: TODAY,
    now: new Date(NOW),
    connected: true,
  });
}

describe("the calendar's part of Today", () => {
  it('suggests the meetings of yesterday and today that are over, with a contact, newest first', () => {
    const twoDaysAgo = aMeeting({ date: '2025-06-03', attendees: withSabine });
    const yesterday = aMeeting({ date: YESTERDAY, from: '15:00', to: '16:00', attendees: withSabine, summary: 'Mittagessen' });
    const thisMorning = aMeeting({ from: '09:00', to: '10:00', attendees: withSabine });
    const endedJustNow = aMeeting({ from: '15:00', to: '16:00', attendees: withSabine });
    const underWay = aMeeting({ from: '15:30', to: '16:30', attendees: withSabine });
    const withStrangers = aMeeting({ from: '11:00', to: '12:00', attendees: [aPerson('x@y.de')] });
    const allDay = anAllDayEntry({ attendees: withSabine });

    const day = dayOf([twoDaysAgo, yesterday, thisMorning, endedJustNow, underWay, withStrangers, allDay]);

    expect(day.suggestions.map((suggestion) => suggestion.key)).toEqual([endedJustNow.key, thisMorning.key, yesterday.key]);
    expect(day.suggestions[2]).toMatchObject({ date: YESTERDAY, type: 'lunch', timeOfDay: 'afternoon', startTime: '15:00', endTime: '16:00', topic: 'Mittagessen' });
    expect(day.suggestions[0]?.contacts).toEqual([{ contactId: sabine.id, name: 'Sabine Keller' }]);
    expect(day).toMatchObject({ date: TODAY, connected: true });
  });

  it('leaves out what was logged, dismissed or declined by the user', () => {
    const logged = aMeeting({ from: '08:00', to: '09:00', attendees: withSabine });
    const dismissed = aMeeting({ from: '10:00', to: '11:00', attendees: withSabine });
    const declined = aMeeting({ from: '12:00', to: '13:00', attendees: [...withSabine, aPerson('ich@firma.de', '', { partstat: 'declined' })] });
    const kept = aMeeting({ from: '13:00', to: '14:00', attendees: withSabine });

    const day = dayOf([logged, dismissed, declined, kept], { logged: [logged.key], dismissed: [dismissed.key], own: ['ich@firma.de'] });

    expect(day.suggestions.map((suggestion) => suggestion.key)).toEqual([kept.key]);
  });

  it("offers today's meetings still ahead with known people for preparation", () => {
    const ahead = aMeeting({ from: '17:00', to: '18:00', attendees: withSabine, summary: 'Jour fixe' });
    const underWay = aMeeting({ from: '15:30', to: '16:30', attendees: withSabine });
    const tomorrow = aMeeting({ date: '2025-06-06', attendees: withSabine });
    const strangers = aMeeting({ from: '17:00', to: '18:00', uid: 'strangers', attendees: [aPerson('x@y.de')] });

    const day = dayOf([ahead, underWay, tomorrow, strangers]);

    expect(day.prep).toEqual([
      { key: underWay.key, summary: 'Abstimmung', date: TODAY, startTime: '15:30', contacts: [{ contactId: sabine.id, name: 'Sabine Keller' }] },
      { key: ahead.key, summary: 'Jour fixe', date: TODAY, startTime: '17:00', contacts: [{ contactId: sabine.id, name: 'Sabine Keller' }] },
    ]);
  });

  it('offers events from today on, the next occurrence of a series only, none already created or dismissed', () => {
    const pastConference = aMeeting({ date: YESTERDAY, summary: 'Konferenz', uid: 'past' });
    const stammtisch1 = aMeeting({ date: '2025-06-12', from: '18:00', to: '21:00', summary: 'Stammtisch', uid: 'stammtisch', attendees: withSabine });
    const stammtisch2 = aMeeting({ date: '2025-06-19', from: '18:00', to: '21:00', summary: 'Stammtisch', uid: 'stammtisch' });
    const fair = anAllDayEntry({ date: '2025-06-10', lastDay: '2025-06-12', summary: 'Messe', location: 'Messe Frankfurt', uid: 'fair' });
    const created = aMeeting({ date: '2025-06-20', summary: 'Sommerfest', uid: 'created' });
    const dismissed = aMeeting({ date: '2025-06-21', summary: 'Weihnachtsfeier', uid: 'dismissed' });
    const meeting = aMeeting({ date: '2025-06-22', summary: 'Abstimmung', uid: 'plain' });

    const day = dayOf([pastConference, stammtisch1, stammtisch2, fair, created, dismissed, meeting], { events: [created.key], dismissed: [dismissed.key] });

    expect(day.eventOffers).toEqual([
      { key: fair.key, title: 'Messe', eventKind: 'conference', date: '2025-06-10', endDate: '2025-06-12', place: 'Messe Frankfurt', expectedIds: [], expected: [] },
      {
        key: stammtisch1.key,
        title: 'Stammtisch',
        eventKind: 'stammtisch',
        date: '2025-06-12',
        startTime: '18:00',
        endTime: '21:00',
        place: '',
        expectedIds: [sabine.id],
        expected: [{ contactId: sabine.id, name: 'Sabine Keller' }],
      },
    ]);
  });

  it('is empty, and says so, without a calendar', () => {
    expect(calendarDay({ occurrences: [], matcher: createMatcher([], settingsSchema.parse({})), linked: { interactionOf: () => undefined, eventOf: () => undefined }, dismissed: new Set(), today: TODAY, now: new Date(NOW), connected: false })).toEqual({
      date: TODAY,
      suggestions: [],
      eventOffers: [],
      prep: [],
      connected: false,
    });
  });
});
