import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../../../../../electron/main/services/calendar/ics/parse-calendar';
import { calendarFixture, errorCodeOf, ics, parseFixture, YEAR_2026 } from './parse-fixtures';

describe('parseCalendar: broken files', () => {
  it.each(['broken/not-a-calendar.ics', 'broken/empty.ics', 'broken/binary.ics'])('refuses %s as a whole', (name) => {
    expect(errorCodeOf(() => parseFixture(name))).toBe('calendarUnreadable');
  });

  it('refuses a file cut off inside an entry, before END:VCALENDAR (a watched file caught half written)', () => {
    // Reading the complete first meeting would make the later ones look deleted; the caller keeps what it had.
    expect(errorCodeOf(() => parseFixture('broken/truncated.ics'))).toBe('calendarUnreadable');
    const cutAfterEntry = calendarFixture('google-export.ics').replace(/END:VCALENDAR\r\n$/, '');
    expect(errorCodeOf(() => parseCalendar(cutAfterEntry, YEAR_2026, 'Europe/Berlin'))).toBe('calendarUnreadable');
  });

  it('refuses a calendar with an entry that never ends', () => {
    const text = ics('BEGIN:VEVENT\nUID:a\nDTSTART:20260301T090000Z\nSUMMARY:Jour fixe\nBEGIN:VEVENT\nUID:b\nEND:VEVENT');
    expect(errorCodeOf(() => parseCalendar(text, YEAR_2026, 'Europe/Berlin'))).toBe('calendarUnreadable');
  });

  it('skips the one entry with an unknown FREQ (ical.js refuses the whole text over it) and reads the rest', () => {
    const { occurrences, skipped } = parseFixture('broken/bad-rrule.ics');
    expect(skipped).toBe(1);
    expect(occurrences.map((occurrence) => `${occurrence.startDate} ${occurrence.summary}`)).toEqual([
      '2026-03-02 Wochenplanung',
      '2026-03-04 Telefonat mit Moritz Behrens',
      '2026-03-09 Wochenplanung',
      '2026-03-16 Wochenplanung',
    ]);
  });

  it('skips entries without DTSTART, with an impossible date, an unknown weekday in BYDAY or an unreadable DTEND', () => {
    const { occurrences, skipped } = parseFixture('broken/bad-entries.ics');
    expect(skipped).toBe(4);
    expect(occurrences.map((occurrence) => occurrence.summary)).toEqual(['Kaffee mit Petra Lüdemann']);
  });

  it('reads an entry whose only broken line is one Plausch does not read (an Outlook X- property)', () => {
    const text = ics(`
BEGIN:VEVENT
UID:x-kaputt
DTSTART:20260302T080000Z
SUMMARY:Jour fixe
X-MS-OLK-ORIGINALSTART
END:VEVENT
BEGIN:VEVENT
UID:summary-kaputt
DTSTART:20260303T080000Z
SUMMARY
END:VEVENT`);
    const { occurrences, skipped } = parseCalendar(text, YEAR_2026, 'Europe/Berlin');
    expect(occurrences.map((occurrence) => occurrence.summary)).toEqual(['Jour fixe']);
    expect(skipped).toBe(1);
  });

  it('counts a broken entry once, whatever the range', () => {
    expect(parseFixture('broken/bad-rrule.ics', { from: '2030-01-01', to: '2030-01-31' })).toEqual({ occurrences: [], skipped: 1 });
  });

  it('reads a calendar with no entries as empty, not as broken', () => {
    expect(parseCalendar(ics('X-WR-CALNAME:Leer'), YEAR_2026, 'Europe/Berlin')).toEqual({ occurrences: [], skipped: 0 });
  });
});
