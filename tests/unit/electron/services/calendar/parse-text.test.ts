import { describe, expect, it } from 'vitest';
import { MAX_CALENDAR_BYTES } from '../../../../../shared/calendar';
import { parseCalendar } from '../../../../../electron/main/services/calendar/ics/parse-calendar';
import { generatedCalendar } from '../../../../fixtures/calendar/generated-calendar';
import { calendarFixture, expectValidKeys, ics, parseFixture, YEAR_2026 } from './parse-fixtures';

const read = (text: string) => parseCalendar(text, YEAR_2026, 'Europe/Berlin');

describe('parseCalendar: the text as files come', () => {
  it('reads the same with CRLF, LF or CR line ends and behind a BOM', () => {
    const crlf = calendarFixture('outlook-desktop.ics');
    const expected = read(crlf);
    expect(read(crlf.replace(/\r\n/g, '\n'))).toEqual(expected);
    expect(read(`\uFEFF${crlf}`)).toEqual(expected);
    expect(read(crlf.replace(/\r\n/g, '\r'))).toEqual(expected);
  });

  it('reads people: quoted names with commas, addresses without mailto:, EMAIL parameters, odd CUTYPEs', () => {
    const [meeting] = read(
      ics(`
BEGIN:VEVENT
UID:leute
DTSTART:20260302T080000Z
SUMMARY:Besprechung
ORGANIZER;CN="Krüger, Sabine":Sabine.Krueger@Nordlicht.de
ATTENDEE;CN=Hansen;CUTYPE=RESOURCE:mailto:beamer@nordlicht.de
ATTENDEE;CN=Gäste;CUTYPE=X-GUESTS:mailto:gaeste@nordlicht.de
ATTENDEE;CN=Vertrieb;CUTYPE=GROUP:mailto:vertrieb@nordlicht.de
ATTENDEE;CN=Ohne Adresse;PARTSTAT=DECLINED:urn:uuid:1234
ATTENDEE;EMAIL=lea.brandt@werftblick.de;CN=Lea Brandt:urn:uuid:5678
ATTENDEE:invalid:nomail
END:VEVENT`),
    ).occurrences;
    expect(meeting?.organiser).toEqual({ email: 'sabine.krueger@nordlicht.de', name: 'Krüger, Sabine', cutype: 'individual', partstat: '' });
    expect(meeting?.attendees).toEqual([
      { email: 'beamer@nordlicht.de', name: 'Hansen', cutype: 'resource', partstat: '' },
      { email: 'gaeste@nordlicht.de', name: 'Gäste', cutype: 'unknown', partstat: '' },
      { email: 'vertrieb@nordlicht.de', name: 'Vertrieb', cutype: 'group', partstat: '' },
      { email: '', name: 'Ohne Adresse', cutype: 'individual', partstat: 'declined' },
      { email: 'lea.brandt@werftblick.de', name: 'Lea Brandt', cutype: 'individual', partstat: '' },
      { email: '', name: '', cutype: 'individual', partstat: '' },
    ]);
  });

  it('cuts a description at 2,000 characters and reads every CATEGORIES line, split on commas', () => {
    const long = 'Tagesordnung: '.padEnd(5000, 'x');
    const [meeting] = read(
      ics(`
BEGIN:VEVENT
UID:lang
DTSTART:20260302T080000Z
DESCRIPTION:  ${long}
CATEGORIES:Vorstand,Budget
CATEGORIES:Weihnachtsfeier
CATEGORIES:Budget
SUMMARY:  Weihnachtsfeier planen
END:VEVENT`),
    ).occurrences;
    expect(meeting?.description).toHaveLength(2000);
    expect(meeting?.description.startsWith('Tagesordnung: ')).toBe(true);
    expect(meeting?.categories).toEqual(['Vorstand', 'Budget', 'Weihnachtsfeier']);
    expect(meeting?.summary).toBe('Weihnachtsfeier planen');
  });

  it('gives an entry without UID a UID and keys that stay the same between reads, and differ between entries', () => {
    const text = ics(`
BEGIN:VEVENT
DTSTART:20260302T080000Z
SUMMARY:Kaffee mit Tobias Wendel
END:VEVENT
BEGIN:VEVENT
DTSTART:20260302T080000Z
SUMMARY:Telefonat mit Henrike Voss
END:VEVENT`);
    const first = read(text).occurrences;
    expect(first).toHaveLength(2);
    expectValidKeys(first);
    expect(read(text).occurrences.map((o) => [o.uid, o.key])).toEqual(first.map((o) => [o.uid, o.key]));
    expect(first[0]?.uid).toMatch(/^plausch-derived-[0-9a-f]{32}$/);
  });

  it('counts an event with zero length when it starts in the range, and ends an event at midnight on its own day', () => {
    const text = ics(`
BEGIN:VEVENT
UID:erinnerung
DTSTART;TZID=Europe/Berlin:20260302T000000
SUMMARY:Erinnerung
END:VEVENT
BEGIN:VEVENT
UID:abend
DTSTART;TZID=Europe/Berlin:20260302T220000
DTEND;TZID=Europe/Berlin:20260303T000000
SUMMARY:Abendessen
END:VEVENT`);
    const { occurrences } = parseCalendar(text, { from: '2026-03-02', to: '2026-03-02' }, 'Europe/Berlin');
    expect(occurrences.map((o) => [o.summary, o.startDate, o.endDate, o.startTime, o.endTime])).toEqual([
      ['Erinnerung', '2026-03-02', '2026-03-02', '00:00', '00:00'],
      ['Abendessen', '2026-03-02', '2026-03-02', '22:00', '00:00'],
    ]);
    expect(parseCalendar(text, { from: '2026-03-03', to: '2026-03-03' }, 'Europe/Berlin').occurrences).toEqual([]);
  });

  it('reads a DURATION instead of DTEND', () => {
    const text = ics('BEGIN:VEVENT\nUID:dauer\nDTSTART:20260302T080000Z\nDURATION:PT1H30M\nSUMMARY:Workshop\nEND:VEVENT');
    expect(read(text).occurrences[0]).toMatchObject({ end: '2026-03-02T09:30:00.000Z', endTime: '10:30' });
  });

  it('reads a file with more than one VCALENDAR (calendars pasted together)', () => {
    const both = calendarFixture('google-export.ics') + calendarFixture('allday-dst.ics');
    expect(read(both).occurrences).toHaveLength(
      parseFixture('google-export.ics').occurrences.length + parseFixture('allday-dst.ics').occurrences.length,
    );
  });

  it('reads a calendar as large as Plausch accepts, and an entry with a megabytes-long attachment', () => {
    const text = generatedCalendar({ events: 27_000, seed: 5 });
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_CALENDAR_BYTES * 0.9);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_CALENDAR_BYTES);
    const { occurrences, skipped } = parseCalendar(text, { from: '2026-03-01', to: '2026-03-07' }, 'Europe/Berlin');
    expect(skipped).toBe(0);
    expect(occurrences.length).toBeGreaterThan(300);
    expectValidKeys(occurrences);

    const attachment = 'QUJD'.repeat(1_500_000);
    const withAttachment = ics(
      `BEGIN:VEVENT\nUID:anhang\nDTSTART:20260302T080000Z\nSUMMARY:Mit Anhang\nATTACH;ENCODING=BASE64;VALUE=BINARY:${attachment}\nEND:VEVENT`,
    );
    expect(read(withAttachment).occurrences.map((o) => o.summary)).toEqual(['Mit Anhang']);
  });
});
