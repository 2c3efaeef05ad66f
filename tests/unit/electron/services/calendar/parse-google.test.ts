import { describe, expect, it } from 'vitest';
import { expectStartOrder, expectValidKeys, parseFixture, withSummary } from './parse-fixtures';

describe('parseCalendar: Google Calendar export', () => {
  const { occurrences, skipped } = parseFixture('google-export.ics');

  it('reads the coffee, the all-day outing, the monthly series with its moved meeting and the tentative call', () => {
    expect(skipped).toBe(0);
    expect(occurrences.map((occurrence) => `${occurrence.startDate} ${occurrence.summary}`)).toEqual([
      '2026-03-02 Quartalsgespräch Einkauf',
      '2026-03-10 Kaffee mit Tobias Wendel',
      '2026-03-19 Telefonat mit Henrike Voss',
      '2026-04-07 Quartalsgespräch Einkauf',
      '2026-05-04 Quartalsgespräch Einkauf',
      '2026-06-01 Quartalsgespräch Einkauf',
      '2026-06-12 Betriebsausflug',
    ]);
    expectValidKeys(occurrences);
    expectStartOrder(occurrences);
  });

  it('reads UTC times onto the user clock, with organiser and attendees from folded lines', () => {
    const [coffee] = withSummary(occurrences, 'Kaffee mit Tobias Wendel');
    expect(coffee).toMatchObject({
      start: '2026-03-10T08:00:00.000Z',
      end: '2026-03-10T08:30:00.000Z',
      startTime: '09:00',
      endTime: '09:30',
      location: 'Café Elbufer, Övelgönne 1, 22605 Hamburg',
      description: 'Kurzer Kaffee vor der Messe – Kontakte für die Hafenrunde.',
      organiser: { email: 'sabine.krueger@nordlicht.de', name: 'Sabine Krüger', cutype: 'individual', partstat: '' },
    });
    expect(coffee?.key).toMatch(/:20260310T080000Z$/);
    expect(coffee?.attendees).toEqual([
      { email: 'tobias.wendel@werftblick.de', name: 'Tobias Wendel', cutype: 'individual', partstat: 'accepted' },
      { email: 'sabine.krueger@nordlicht.de', name: 'Sabine Krüger', cutype: 'individual', partstat: 'accepted' },
    ]);
  });

  it('expands BYDAY=1MO with COUNT in Europe/Berlin across the clock change, and moves the Easter Monday slot', () => {
    const series = withSummary(occurrences, 'Quartalsgespräch Einkauf');
    expect(series.map((occurrence) => [occurrence.start, occurrence.startTime])).toEqual([
      ['2026-03-02T09:00:00.000Z', '10:00'],
      ['2026-04-07T11:30:00.000Z', '13:30'],
      ['2026-05-04T08:00:00.000Z', '10:00'],
      ['2026-06-01T08:00:00.000Z', '10:00'],
    ]);
    const moved = series[1]!;
    expect(moved.key).toMatch(/:20260406T080000Z$/);
    expect(moved.description).toBe('Wegen Ostermontag auf Dienstag verlegt.');
    expect(moved.attendees).toHaveLength(1);
    expect(series[0]?.attendees.map((person) => [person.name, person.cutype, person.partstat])).toEqual([
      ['Sabine Krüger', 'individual', 'needs-action'],
      ['Lars Oldenburg', 'individual', 'tentative'],
      ['Beamer 2. OG', 'resource', 'accepted'],
    ]);
  });

  it('reads the all-day outing as one whole day of the user calendar', () => {
    const [outing] = withSummary(occurrences, 'Betriebsausflug');
    expect(outing).toMatchObject({
      allDay: true,
      startDate: '2026-06-12',
      endDate: '2026-06-12',
      start: '2026-06-11T22:00:00.000Z',
      end: '2026-06-12T22:00:00.000Z',
      location: 'Hamburger Hafen',
      description: '',
    });
    expect(outing?.startTime).toBeUndefined();
    expect(outing?.endTime).toBeUndefined();
    expect(outing?.key).toMatch(/^c[0-9a-f]{24}:20260612$/);
  });

  it('leaves the cancelled tour out and marks the unconfirmed call tentative', () => {
    expect(withSummary(occurrences, 'Abgesagt: Werftführung')).toEqual([]);
    expect(withSummary(occurrences, 'Telefonat mit Henrike Voss')[0]).toMatchObject({
      status: 'tentative',
      attendees: [],
      location: '',
    });
  });

  it('dates UTC and Europe/Berlin times on a New York clock', () => {
    const newYork = parseFixture('google-export.ics', { from: '2026-03-01', to: '2026-03-31' }, 'America/New_York');
    expect(newYork.occurrences.map((occurrence) => [occurrence.summary, occurrence.startDate, occurrence.startTime])).toEqual([
      ['Quartalsgespräch Einkauf', '2026-03-02', '04:00'],
      // New York is on summer time from 8 March, Berlin from 29 March: six hours, then five.
      ['Kaffee mit Tobias Wendel', '2026-03-10', '04:00'],
      ['Telefonat mit Henrike Voss', '2026-03-19', '07:00'],
    ]);
  });
});
