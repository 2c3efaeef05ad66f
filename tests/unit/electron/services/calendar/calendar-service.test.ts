// The calendar service over calendars made of occurrences built here: the parser is stood in for by a table from
// text to occurrences (the parser has tests of its own; calendar-files.test.ts reads real files).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarOccurrence } from '../../../../../shared/calendar';
import { MAX_CALENDAR_BYTES } from '../../../../../shared/calendar';
import { PlauschError } from '../../../../../shared/errors';
import { aContact } from '../../../../support/journal-fixtures';
import { calendarHarness } from './calendar-harness';
import { TODAY, YESTERDAY, aMeeting, aPerson, anAllDayEntry } from './occurrences';

const parser = vi.hoisted(() => ({ calendars: new Map<string, CalendarOccurrence[]>(), ranges: [] as { from: string; to: string }[] }));

vi.mock('../../../../../electron/main/services/calendar/ics/parse-calendar', () => ({
  parseCalendar: (text: string, range: { from: string; to: string }) => {
    parser.ranges.push(range);
    const occurrences = parser.calendars.get(text);
    if (!occurrences) throw new PlauschError('calendarUnreadable');
    return { occurrences, skipped: 1 };
  },
}));

afterEach(() => {
  parser.calendars.clear();
  parser.ranges.length = 0;
});

function aCalendar(name: string, occurrences: CalendarOccurrence[]): { name: string; text: string } {
  const text = `BEGIN:VCALENDAR ${name}`;
  parser.calendars.set(text, occurrences);
  return { name: `${name}.ics`, text };
}

const sabine = aContact({ firstName: 'Sabine', lastName: 'Keller', emails: ['sabine@nordlicht.de'] });
const tom = aContact({ firstName: 'Tom', lastName: 'Becker', emails: ['tom@nordlicht.de'] });
const lunch = aMeeting({
  uid: 'lunch',
  date: YESTERDAY,
  from: '12:00',
  to: '13:00',
  summary: 'Mittagessen Projekt Elbe',
  location: 'Kantine; Microsoft Teams-Besprechung',
  attendees: [aPerson('sabine@nordlicht.de', 'Sabine Keller'), aPerson('tom@nordlicht.de'), aPerson('lena.wolf@hafenblick-consulting.de', 'Wolf, Lena')],
});
const conference = anAllDayEntry({ uid: 'forum', date: '2025-06-16', lastDay: '2025-06-17', summary: 'Assistenz-Forum', categories: ['Konferenz'], location: 'Messe Frankfurt', attendees: [aPerson('sabine@nordlicht.de')] });

describe('the calendar service', () => {
  it('answers without a calendar', async () => {
    const { calendar } = calendarHarness();
    await expect(calendar.day()).resolves.toEqual({ date: TODAY, suggestions: [], eventOffers: [], prep: [], connected: false });
    expect(calendar.status()).toEqual({ sources: [] });
  });

  it('turns an imported calendar into suggestions and offers, keeping it in memory only', async () => {
    const { calendar, store } = calendarHarness({ contacts: [sabine, tom] });
    const changes: number[] = [];
    calendar.onChanged(() => changes.push(1));

    const status = await calendar.import(aCalendar('work', [lunch, conference]));

    expect(status.imported).toMatchObject({ name: 'work.ics', occurrences: 2, skipped: 1 });
    expect(changes).toHaveLength(1);
    const day = await calendar.day();
    expect(day.connected).toBe(true);
    expect(day.suggestions).toEqual([
      {
        key: lunch.key,
        summary: 'Mittagessen Projekt Elbe',
        date: YESTERDAY,
        startTime: '12:00',
        endTime: '13:00',
        timeOfDay: 'midday',
        type: 'lunch',
        place: 'Kantine',
        topic: 'Mittagessen Projekt Elbe',
        contacts: [
          { contactId: sabine.id, name: 'Sabine Keller' },
          { contactId: tom.id, name: 'Tom Becker' },
        ],
        newcomers: [{ email: 'lena.wolf@hafenblick-consulting.de', firstName: 'Lena', lastName: 'Wolf', organisation: 'Hafenblick Consulting', relation: 'external' }],
      },
    ]);
    expect(day.eventOffers.map((offer) => [offer.key, offer.eventKind, offer.expectedIds])).toEqual([[conference.key, 'conference', [sabine.id]]]);
    expect(store.commits).toEqual([]);
  });

  it('parses a calendar once a day, for two days back to 60 ahead', async () => {
    const { calendar, clock } = calendarHarness({ contacts: [sabine] });
    await calendar.import(aCalendar('work', [lunch]));
    await calendar.day();
    await calendar.day();
    calendar.status();
    expect(parser.ranges).toEqual([{ from: '2025-06-03', to: '2025-08-04' }]);

    clock.set('2025-06-06T06:00:00.000Z');
    const day = await calendar.day();

    expect(parser.ranges).toEqual([
      { from: '2025-06-03', to: '2025-08-04' },
      { from: '2025-06-04', to: '2025-08-05' },
    ]);
    // Yesterday's lunch is two days ago now.
    expect(day).toMatchObject({ date: '2025-06-06', suggestions: [] });
  });

  it('refuses a calendar too large or unreadable and keeps the one before', async () => {
    const { calendar, store } = calendarHarness({ contacts: [sabine] });
    await calendar.import(aCalendar('work', [lunch]));

    await expect(calendar.import({ name: 'huge.ics', text: 'x'.repeat(MAX_CALENDAR_BYTES + 1) })).rejects.toMatchObject({
      code: 'calendarTooLarge',
      details: { file: 'huge.ics', limit: MAX_CALENDAR_BYTES, size: MAX_CALENDAR_BYTES + 1 },
    });
    await expect(calendar.import({ name: 'notes.txt', text: 'Einkaufsliste' })).rejects.toMatchObject({ code: 'calendarUnreadable', details: { file: 'notes.txt' } });

    expect(calendar.status().imported?.name).toBe('work.ics');
    expect((await calendar.day()).suggestions).toHaveLength(1);
    expect(store.commits).toEqual([]);
  });

  it('logs a suggestion as an encounter linked to its meeting, which is then no longer suggested; undo brings it back', async () => {
    const { calendar, store, services } = calendarHarness({ contacts: [sabine, tom] });
    await calendar.import(aCalendar('work', [lunch]));

    const receipt = await calendar.log({ key: lunch.key });

    expect(store.interactions.get(receipt.interactionId)).toMatchObject({
      contactIds: [sabine.id, tom.id],
      type: 'lunch',
      date: YESTERDAY,
      timeOfDay: 'midday',
      place: 'Kantine',
      topics: ['Mittagessen Projekt Elbe'],
      calendarKey: lunch.key,
    });
    expect((await calendar.day()).suggestions).toEqual([]);
    expect((await calendar.log({ key: lunch.key })).interactionId).toBe(receipt.interactionId);
    expect(store.interactions.size).toBe(1);

    await services.applyUndo(receipt.undoToken);
    expect(store.interactions.size).toBe(0);
    expect((await calendar.day()).suggestions.map((suggestion) => suggestion.key)).toEqual([lunch.key]);
  });

  it('logs with another type and some of the people, never someone who was not there', async () => {
    const outsider = aContact({ firstName: 'Olaf', lastName: 'Fremd' });
    const { calendar, store } = calendarHarness({ contacts: [sabine, tom, outsider] });
    await calendar.import(aCalendar('work', [lunch]));

    await expect(calendar.log({ key: lunch.key, contactIds: [sabine.id, outsider.id] })).rejects.toMatchObject({
      code: 'invalidInput',
      details: { issues: [{ path: 'contactIds.1', message: 'notInMeeting' }] },
    });
    const receipt = await calendar.log({ key: lunch.key, type: 'meeting', contactIds: [tom.id] });
    expect(store.interactions.get(receipt.interactionId)).toMatchObject({ contactIds: [tom.id], type: 'meeting' });
  });

  it('says a meeting is gone when its key is no longer in the calendar', async () => {
    const { calendar, store } = calendarHarness({ contacts: [sabine] });
    await calendar.import(aCalendar('work', [lunch]));
    await calendar.import(aCalendar('changed', []));

    await expect(calendar.log({ key: lunch.key })).rejects.toMatchObject({ code: 'calendarOccurrenceGone' });
    await expect(calendar.addContact({ key: lunch.key, email: 'lena.wolf@hafenblick-consulting.de' })).rejects.toMatchObject({ code: 'calendarOccurrenceGone' });
    expect(store.commits).toEqual([]);
  });

  it('dismisses a suggestion with undo, and forgets dismissals of long past meetings when it writes', async () => {
    const old = 'c000000000000000000000000:20250301T090000Z';
    const recent = 'c000000000000000000000000:20250420';
    const { calendar, store, services } = calendarHarness({ contacts: [sabine], settings: { calendarDismissed: [old, recent] } });
    await calendar.import(aCalendar('work', [lunch]));

    const receipt = await calendar.dismiss({ key: lunch.key });

    expect(store.settings.calendarDismissed).toEqual([recent, lunch.key]);
    expect((await calendar.day()).suggestions).toEqual([]);
    await services.applyUndo(receipt.undoToken);
    expect(store.settings.calendarDismissed).toEqual([recent]);
    expect((await calendar.day()).suggestions).toHaveLength(1);
  });

  it('makes a contact of a newcomer, who then counts as known in the meeting', async () => {
    const { calendar, store } = calendarHarness({ contacts: [sabine], settings: { ownEmailDomains: ['nordlicht.de'] } });
    await calendar.import(aCalendar('work', [lunch]));

    const contact = await calendar.addContact({ key: lunch.key, email: 'Lena.Wolf@hafenblick-consulting.de' });

    expect(contact).toMatchObject({ firstName: 'Lena', lastName: 'Wolf', organisation: 'Hafenblick Consulting', relation: 'external', emails: ['lena.wolf@hafenblick-consulting.de'] });
    expect(store.contacts.get(contact.id)).toEqual(contact);
    const [suggestion] = (await calendar.day()).suggestions;
    expect(suggestion?.contacts.map((known) => known.contactId)).toEqual([sabine.id, contact.id]);
    // Tom (at an own domain) is the newcomer left, a colleague.
    expect(suggestion?.newcomers).toEqual([{ email: 'tom@nordlicht.de', firstName: '', lastName: 'Tom', organisation: 'Nordlicht', relation: 'internal' }]);
    await expect(calendar.addContact({ key: lunch.key, email: 'lena.wolf@hafenblick-consulting.de' })).resolves.toEqual(contact);
    await expect(calendar.addContact({ key: lunch.key, email: 'nobody@else.de' })).rejects.toMatchObject({ code: 'invalidInput' });
    expect(store.contacts.size).toBe(2);
  });

  it('creates an event from an offer with the expected people, once, and offers it no more; editing keeps the link', async () => {
    const { calendar, store, services } = calendarHarness({ contacts: [sabine] });
    await calendar.import(aCalendar('work', [conference]));

    const [event, again] = await Promise.all([calendar.createEvent({ key: conference.key, language: 'de' }), calendar.createEvent({ key: conference.key, language: 'de' })]);

    expect(again.id).toBe(event.id);
    expect(event).toMatchObject({
      kind: 'event',
      title: 'Assistenz-Forum',
      eventKind: 'conference',
      date: '2025-06-16',
      endDate: '2025-06-17',
      place: 'Messe Frankfurt',
      expectedIds: [sabine.id],
      calendarKey: conference.key,
    });
    expect(event.checklist.before.length).toBeGreaterThan(0);
    expect([...store.coach.values()].filter((record) => record.kind === 'event')).toHaveLength(1);
    expect((await calendar.day()).eventOffers).toEqual([]);
    await expect(calendar.createEvent({ key: conference.key, language: 'de' })).resolves.toMatchObject({ id: event.id });

    const { kind: _kind, id, checklist: _checklist, templateId: _template, createdAt: _created, updatedAt: _updated, calendarKey: _key, ...fields } = event;
    const edited = await services.events.update(id, { ...fields, title: 'Forum 2025' });
    expect(edited.calendarKey).toBe(conference.key);
  });

  it('reviews a calendar over any days for the command line and logs its suggestions in one write', async () => {
    const { calendar, store } = calendarHarness({ contacts: [sabine, tom] });
    const lastYear = aMeeting({ uid: 'old', date: '2024-03-01', summary: 'Telefonat', attendees: [aPerson('tom@nordlicht.de')] });
    const text = aCalendar('review', [lastYear, lunch, conference]).text;

    const review = calendar.review(text, { from: '2024-01-01', to: '2025-12-31' });

    expect(review.skipped).toBe(1);
    expect(review.rows.map((row) => [row.occurrence.key, row.suggestion?.type, row.eventOffer?.eventKind, row.logged])).toEqual([
      [lastYear.key, 'call', undefined, false],
      [lunch.key, 'lunch', undefined, false],
      [conference.key, undefined, 'conference', false],
    ]);
    const suggestions = review.rows.flatMap((row) => (row.suggestion ? [row.suggestion] : []));
    await expect(calendar.logSuggestions(suggestions)).resolves.toEqual({ logged: 2 });
    expect(store.commits).toHaveLength(1);
    await expect(calendar.logSuggestions(suggestions)).resolves.toEqual({ logged: 0 });
    expect(calendar.review(text, { from: '2024-01-01', to: '2025-12-31' }).rows.map((row) => row.logged)).toEqual([true, true, false]);
  });
});
