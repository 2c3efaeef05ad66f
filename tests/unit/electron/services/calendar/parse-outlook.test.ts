import { describe, expect, it } from 'vitest';
import { expectStartOrder, expectValidKeys, parseFixture, withSummary } from './parse-fixtures';

const SERIES = 'Jour fixe Vorstandsbüro';

describe('parseCalendar: Outlook desktop export (Windows zone, weekly series with exceptions)', () => {
  const { occurrences, skipped } = parseFixture('outlook-desktop.ics');
  const series = occurrences.filter((occurrence) => occurrence.summary.startsWith(SERIES));

  it('reads every entry and leaves none out as broken', () => {
    expect(skipped).toBe(0);
    expect(occurrences).toHaveLength(25);
    expectValidKeys(occurrences);
    expectStartOrder(occurrences);
  });

  it('expands the weekly series until UNTIL, without the EXDATE (Easter Monday) and the cancelled exception (Whit Monday)', () => {
    // 25 Mondays from 12 January to 29 June 2026, less 6 April and 25 May.
    expect(series).toHaveLength(23);
    const dates = series.map((occurrence) => occurrence.startDate);
    expect(dates).not.toContain('2026-04-06');
    expect(dates).not.toContain('2026-05-25');
    expect(dates.at(0)).toBe('2026-01-12');
    expect(dates.at(-1)).toBe('2026-06-29');
  });

  it('converts "W. Europe Standard Time" right in winter and in summer', () => {
    const winter = series.find((occurrence) => occurrence.startDate === '2026-01-12')!;
    expect(winter).toMatchObject({
      start: '2026-01-12T08:00:00.000Z',
      end: '2026-01-12T09:00:00.000Z',
      startTime: '09:00',
      endTime: '10:00',
      endDate: '2026-01-12',
      allDay: false,
    });
    const summer = series.find((occurrence) => occurrence.startDate === '2026-06-29')!;
    expect(summer).toMatchObject({ start: '2026-06-29T07:00:00.000Z', startTime: '09:00', endTime: '10:00' });
    // The Monday after the clock change (29 March) is already summer time.
    expect(series.find((occurrence) => occurrence.startDate === '2026-03-30')?.start).toBe('2026-03-30T07:00:00.000Z');
    expect(series.find((occurrence) => occurrence.startDate === '2026-03-23')?.start).toBe('2026-03-23T08:00:00.000Z');
  });

  it('puts the moved occurrence at its new time, keeps the key of its original slot, and takes its own place and subject', () => {
    const moved = series.find((occurrence) => occurrence.startDate === '2026-02-17')!;
    expect(moved).toMatchObject({
      summary: 'Jour fixe Vorstandsbüro (verschoben)',
      start: '2026-02-17T13:00:00.000Z',
      startTime: '14:00',
      endTime: '15:00',
      location: 'Raum Alster',
    });
    const uidPart = series[0]!.key.split(':')[0];
    expect(moved.key).toBe(`${uidPart}:20260216T080000Z`);
    expect(series.find((occurrence) => occurrence.startDate === '2026-02-16')).toBeUndefined();
    expect(moved.attendees.map((person) => person.email)).toEqual([
      'juergen.hansen@nordlicht.de',
      'petra.luedemann@nordlicht.de',
      'raum.alster@nordlicht.de',
    ]);
  });

  it('keys an occurrence by the hash of its UID and its original start in UTC', () => {
    const first = series[0]!;
    expect(first.key).toMatch(/^c[0-9a-f]{24}:20260112T080000Z$/);
    expect(new Set(series.map((occurrence) => occurrence.key.split(':')[0])).size).toBe(1);
    expect(first.uid).toBe(
      '040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F',
    );
  });

  it('gives the same keys on every read and whatever the range', () => {
    const again = parseFixture('outlook-desktop.ics');
    expect(again.occurrences.map((occurrence) => occurrence.key)).toEqual(occurrences.map((occurrence) => occurrence.key));
    const march = parseFixture('outlook-desktop.ics', { from: '2026-03-01', to: '2026-03-31' });
    expect(march.occurrences.map((occurrence) => occurrence.key)).toEqual(
      occurrences.filter((occurrence) => occurrence.startDate.startsWith('2026-03')).map((occurrence) => occurrence.key),
    );
    // The key does not depend on the user's zone either: it is the slot's instant.
    const newYork = parseFixture('outlook-desktop.ics', { from: '2026-01-01', to: '2026-12-31' }, 'America/New_York');
    expect(newYork.occurrences.map((occurrence) => occurrence.key).sort()).toEqual(
      occurrences.map((occurrence) => occurrence.key).sort(),
    );
  });

  it('reads organiser and attendees: MAILTO in capitals, names unquoted, a room by CUTYPE and one without', () => {
    const first = series[0]!;
    expect(first.organiser).toEqual({
      email: 'sabine.krueger@nordlicht.de',
      name: 'Sabine Krüger',
      cutype: 'individual',
      partstat: '',
    });
    expect(first.attendees).toEqual([
      { email: 'juergen.hansen@nordlicht.de', name: 'Dr. Jürgen Hansen', cutype: 'individual', partstat: '' },
      { email: 'petra.luedemann@nordlicht.de', name: 'Petra Lüdemann', cutype: 'individual', partstat: 'accepted' },
      // Without CUTYPE: the matcher has to judge it by its name.
      { email: 'konferenzraum-412@nordlicht.de', name: 'Konferenzraum 4.12', cutype: 'individual', partstat: '' },
      { email: 'raum.alster@nordlicht.de', name: 'Raum Alster', cutype: 'room', partstat: '' },
    ]);
    expect(first.location).toBe('Konferenzraum 4.12');
    expect(first.status).toBe('confirmed');
  });

  it('reads the lunch and the Teams call with place, description, categories; Outlook X- properties do no harm', () => {
    const [lunch] = withSummary(occurrences, 'Mittagessen mit Katrin Albers');
    expect(lunch).toMatchObject({
      startDate: '2026-03-04',
      startTime: '12:30',
      endTime: '14:00',
      location: 'Restaurant Fischereihafen, Große Elbstraße 143, Hamburg',
      description: 'Tisch auf Krüger reserviert.',
      categories: [],
    });
    expect(lunch?.attendees).toEqual([
      { email: 'k.albers@hafenblick-consulting.de', name: 'Katrin Albers', cutype: 'individual', partstat: '' },
    ]);
    const [call] = withSummary(occurrences, 'Abstimmung Budget 2027');
    expect(call).toMatchObject({ location: 'Microsoft Teams-Besprechung', categories: ['Budget', 'Vorstand'] });
    expect(call?.description).toContain('https://teams.microsoft.com/l/meetup-join/19%3ameeting_');
    expect(call?.description).toContain('Über Computer, mobile App oder Raumgerät teilnehmen');
  });

  it('dates the same entries on a New York clock', () => {
    const newYork = parseFixture('outlook-desktop.ics', { from: '2026-01-12', to: '2026-01-12' }, 'America/New_York');
    expect(newYork.occurrences).toHaveLength(1);
    expect(newYork.occurrences[0]).toMatchObject({
      start: '2026-01-12T08:00:00.000Z',
      startDate: '2026-01-12',
      startTime: '03:00',
      endTime: '04:00',
    });
    // 16 March: New York already on summer time (since 8 March), Berlin not yet: 09:00 there is 04:00 here.
    const march = parseFixture('outlook-desktop.ics', { from: '2026-03-16', to: '2026-03-16' }, 'America/New_York');
    expect(march.occurrences[0]).toMatchObject({ startTime: '04:00', start: '2026-03-16T08:00:00.000Z' });
  });
});
