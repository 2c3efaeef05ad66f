import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../../../../../electron/main/services/calendar/ics/parse-calendar';
import { ianaOfWindowsZone, windowsZoneTable } from '../../../../../electron/main/services/calendar/ics/windows-zones';
import { ics } from './parse-fixtures';

const VTIMEZONE_PLUS_0530 = `
BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
END:STANDARD
END:VTIMEZONE`;

/** One meeting on 14 January (winter) or 15 July (summer) 2026 at 09:00 in `tzid`, read on a Berlin clock. */
function startOf(tzid: string | undefined, month: 'winter' | 'summer', extra = ''): string | undefined {
  const date = month === 'winter' ? '20260114' : '20260715';
  const param = tzid === undefined ? '' : `;TZID=${tzid}`;
  const text = ics(`${extra}
BEGIN:VEVENT
UID:zone-test
DTSTART${param}:${date}T090000
DTEND${param}:${date}T100000
SUMMARY:Termin
END:VEVENT`);
  return parseCalendar(text, { from: '2026-01-01', to: '2026-12-31' }, 'Europe/Berlin').occurrences[0]?.start;
}

describe('parseCalendar: time zones', () => {
  it.each([
    ['W. Europe Standard Time', '2026-01-14T08:00:00.000Z', '2026-07-15T07:00:00.000Z'],
    ['"W. Europe Standard Time"', '2026-01-14T08:00:00.000Z', '2026-07-15T07:00:00.000Z'],
    ['Romance Standard Time', '2026-01-14T08:00:00.000Z', '2026-07-15T07:00:00.000Z'],
    ['Central Europe Standard Time', '2026-01-14T08:00:00.000Z', '2026-07-15T07:00:00.000Z'],
    ['GMT Standard Time', '2026-01-14T09:00:00.000Z', '2026-07-15T08:00:00.000Z'],
    ['Eastern Standard Time', '2026-01-14T14:00:00.000Z', '2026-07-15T13:00:00.000Z'],
    ['Pacific Standard Time', '2026-01-14T17:00:00.000Z', '2026-07-15T16:00:00.000Z'],
    ['India Standard Time', '2026-01-14T03:30:00.000Z', '2026-07-15T03:30:00.000Z'],
    ['Tokyo Standard Time', '2026-01-14T00:00:00.000Z', '2026-07-15T00:00:00.000Z'],
    ['Europe/Vienna', '2026-01-14T08:00:00.000Z', '2026-07-15T07:00:00.000Z'],
    ['America/Chicago', '2026-01-14T15:00:00.000Z', '2026-07-15T14:00:00.000Z'],
    ['/mozilla.org/20070129_1/Europe/London', '2026-01-14T09:00:00.000Z', '2026-07-15T08:00:00.000Z'],
  ])('reads TZID=%s in winter and in summer', (tzid, winter, summer) => {
    expect(startOf(tzid, 'winter')).toBe(winter);
    expect(startOf(tzid, 'summer')).toBe(summer);
  });

  it('believes an IANA or Windows name over the file VTIMEZONE of the same name', () => {
    // A wrong VTIMEZONE (+05:30 all year) under a known name is not used: the name says Berlin.
    const wrong = VTIMEZONE_PLUS_0530.replace('Customized Time Zone', 'W. Europe Standard Time');
    expect(startOf('W. Europe Standard Time', 'summer', wrong)).toBe('2026-07-15T07:00:00.000Z');
  });

  it('falls back to the file VTIMEZONE for a name that is neither IANA nor Windows', () => {
    expect(startOf('Customized Time Zone', 'winter', VTIMEZONE_PLUS_0530)).toBe('2026-01-14T03:30:00.000Z');
    const outlookDisplayName = `
BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam\\, Berlin\\, Bern\\, Rom\\, Stockholm\\, Wien
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE`;
    const tzid = '"(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"';
    expect(startOf(tzid, 'winter', outlookDisplayName)).toBe('2026-01-14T08:00:00.000Z');
    expect(startOf(tzid, 'summer', outlookDisplayName)).toBe('2026-07-15T07:00:00.000Z');
  });

  it('reads an unknown TZID without VTIMEZONE, and a time without TZID, on the user clock (floating)', () => {
    expect(startOf('Mars Standard Time', 'winter')).toBe('2026-01-14T08:00:00.000Z');
    expect(startOf(undefined, 'summer')).toBe('2026-07-15T07:00:00.000Z');
    const text = ics('BEGIN:VEVENT\nUID:floating\nDTSTART:20260715T090000\nSUMMARY:Termin\nEND:VEVENT');
    const [inNewYork] = parseCalendar(text, { from: '2026-07-15', to: '2026-07-15' }, 'America/New_York').occurrences;
    expect(inNewYork).toMatchObject({ start: '2026-07-15T13:00:00.000Z', startTime: '09:00' });
  });

  it('reads UTC times as they are and dates them on the user clock, across midnight', () => {
    const text = ics('BEGIN:VEVENT\nUID:late\nDTSTART:20260114T233000Z\nDTEND:20260115T003000Z\nSUMMARY:Spät\nEND:VEVENT');
    const [berlin] = parseCalendar(text, { from: '2026-01-15', to: '2026-01-15' }, 'Europe/Berlin').occurrences;
    expect(berlin).toMatchObject({ startDate: '2026-01-15', startTime: '00:30', endDate: '2026-01-15', endTime: '01:30' });
    const [newYork] = parseCalendar(text, { from: '2026-01-14', to: '2026-01-14' }, 'America/New_York').occurrences;
    expect(newYork).toMatchObject({ startDate: '2026-01-14', startTime: '18:30', endTime: '19:30' });
    expect(newYork?.key).toBe(berlin?.key);
  });

  it('moves a time skipped by the spring change on, and reads an hour that comes twice as the first', () => {
    const text = ics(`
BEGIN:VEVENT
UID:skipped
DTSTART;TZID=Europe/Berlin:20260329T023000
DTEND;TZID=Europe/Berlin:20260329T033000
SUMMARY:Übersprungen
END:VEVENT
BEGIN:VEVENT
UID:doubled
DTSTART;TZID=Europe/Berlin:20261025T023000
DTEND;TZID=Europe/Berlin:20261025T040000
SUMMARY:Doppelt
END:VEVENT`);
    const { occurrences } = parseCalendar(text, { from: '2026-01-01', to: '2026-12-31' }, 'Europe/Berlin');
    expect(occurrences.map((occurrence) => [occurrence.start, occurrence.startTime, occurrence.end])).toEqual([
      ['2026-03-29T01:30:00.000Z', '03:30', '2026-03-29T01:30:00.000Z'],
      ['2026-10-25T00:30:00.000Z', '02:30', '2026-10-25T03:00:00.000Z'],
    ]);
  });

  it('starts an all-day entry where a clock change skips midnight at the first moment of the day (Santiago)', () => {
    // Chile moves its clocks from 00:00 to 01:00 on 6 September 2026: that day begins at 01:00 (04:00 UTC).
    const text = ics('BEGIN:VEVENT\nUID:santiago\nDTSTART;VALUE=DATE:20260906\nSUMMARY:Feiertag\nEND:VEVENT');
    const [day] = parseCalendar(text, { from: '2026-09-06', to: '2026-09-06' }, 'America/Santiago').occurrences;
    expect(day).toMatchObject({ start: '2026-09-06T04:00:00.000Z', end: '2026-09-07T03:00:00.000Z', endDate: '2026-09-06' });
  });

  it('maps every Windows name in its table to a zone this machine knows, case and spacing aside', () => {
    const table = windowsZoneTable();
    expect(Object.keys(table).length).toBeGreaterThanOrEqual(130);
    for (const [windows, iana] of Object.entries(table)) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: iana }), `${windows} → ${iana}`).not.toThrow();
    }
    expect(ianaOfWindowsZone(' w. europe  standard time ')).toBe('Europe/Berlin');
    expect(ianaOfWindowsZone('Romance Standard Time')).toBe('Europe/Paris');
    expect(ianaOfWindowsZone('Europe/Berlin')).toBeUndefined();
  });
});
