import { describe, expect, it } from 'vitest';
import { expectValidKeys, ics, parseFixture, withSummary } from './parse-fixtures';
import { parseCalendar } from '../../../../../electron/main/services/calendar/ics/parse-calendar';

describe('parseCalendar: all-day entries across daylight-saving changes', () => {
  const { occurrences } = parseFixture('allday-dst.ics');

  it('reads the March congress (28-30 March, clocks change on the 29th) as three days, DTEND exclusive', () => {
    const [congress] = withSummary(occurrences, 'Assistenz-Kongress 2026');
    expect(congress).toMatchObject({
      allDay: true,
      startDate: '2026-03-28',
      endDate: '2026-03-30',
      // Midnight in Berlin: +01:00 before the change, +02:00 after it.
      start: '2026-03-27T23:00:00.000Z',
      end: '2026-03-30T22:00:00.000Z',
      categories: ['Konferenz'],
      location: 'Congress Center Hamburg',
    });
    expect(congress?.key).toMatch(/^c[0-9a-f]{24}:20260328$/);
  });

  it('reads the October retreat (24-26 October, clocks change on the 25th) with all its categories', () => {
    const [retreat] = withSummary(occurrences, 'Herbstklausur Sekretariate');
    expect(retreat).toMatchObject({
      startDate: '2026-10-24',
      endDate: '2026-10-26',
      start: '2026-10-23T22:00:00.000Z',
      end: '2026-10-26T23:00:00.000Z',
      categories: ['Klausur', 'Weiterbildung', 'Team'],
    });
  });

  it('makes an all-day entry without DTEND one day long', () => {
    const [bridgeDay] = withSummary(occurrences, 'Brückentag');
    expect(bridgeDay).toMatchObject({ startDate: '2026-05-15', endDate: '2026-05-15', start: '2026-05-14T22:00:00.000Z', end: '2026-05-15T22:00:00.000Z' });
    expectValidKeys(occurrences);
  });

  it('keeps the dates in New York and puts the instants at New York midnight (summer time there since 8 March)', () => {
    const newYork = parseFixture('allday-dst.ics', { from: '2026-03-01', to: '2026-03-31' }, 'America/New_York');
    expect(newYork.occurrences).toHaveLength(1);
    expect(newYork.occurrences[0]).toMatchObject({
      startDate: '2026-03-28',
      endDate: '2026-03-30',
      start: '2026-03-28T04:00:00.000Z',
      end: '2026-03-31T04:00:00.000Z',
    });
    expect(newYork.occurrences[0]?.key).toBe(withSummary(occurrences, 'Assistenz-Kongress 2026')[0]?.key);
  });

  it('includes a multi-day entry in a range that touches only its last day, and not in the range after it', () => {
    expect(withSummary(parseFixture('allday-dst.ics', { from: '2026-03-30', to: '2026-04-05' }).occurrences, 'Assistenz-Kongress 2026')).toHaveLength(1);
    expect(withSummary(parseFixture('allday-dst.ics', { from: '2026-03-31', to: '2026-04-05' }).occurrences, 'Assistenz-Kongress 2026')).toHaveLength(0);
    expect(withSummary(parseFixture('allday-dst.ics', { from: '2026-03-01', to: '2026-03-27' }).occurrences, 'Assistenz-Kongress 2026')).toHaveLength(0);
  });

  it('expands a yearly all-day series by date, removes its EXDATE, and keys each by its date', () => {
    const text = ics(`
BEGIN:VEVENT
UID:sommerfest@nordlicht.de
DTSTART;VALUE=DATE:20240705
DTEND;VALUE=DATE:20240706
RRULE:FREQ=YEARLY
EXDATE;VALUE=DATE:20250705
SUMMARY:Sommerfest
END:VEVENT`);
    const { occurrences: feasts } = parseCalendar(text, { from: '2024-01-01', to: '2027-12-31' }, 'Europe/Berlin');
    expect(feasts.map((occurrence) => occurrence.key.split(':')[1])).toEqual(['20240705', '20260705', '20270705']);
    expect(feasts.every((occurrence) => occurrence.allDay && occurrence.startDate === occurrence.endDate)).toBe(true);
  });
});
