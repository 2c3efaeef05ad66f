import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { MAX_RECURRENCE_STEPS } from '../../../../../electron/main/services/calendar/ics/expand';
import { parseCalendar } from '../../../../../electron/main/services/calendar/ics/parse-calendar';
import { ics } from './parse-fixtures';
import { seededRandom } from '../../../../support/seeded-random';

const SEED = 17_2026;

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function startsOf(text: string, from: string, to: string, timeZone = 'UTC'): string[] {
  return parseCalendar(text, { from, to }, timeZone).occurrences.map((o) => `${o.startDate} ${o.startTime ?? ''}`.trim());
}

describe('parseCalendar: series', () => {
  it('steps daily and weekly rules (INTERVAL, BYDAY, WKST, COUNT, UNTIL) exactly as ical.js does', () => {
    console.log(`series seed ${SEED}`);
    const random = seededRandom(SEED);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    for (let round = 0; round < 150; round++) {
      const start = new Date(Date.UTC(2018 + Math.floor(random() * 8), Math.floor(random() * 12), 1 + Math.floor(random() * 28), 7 + Math.floor(random() * 10), pick([0, 15, 30])));
      const dtstart = start.toISOString().replace(/[-:]/g, '').slice(0, 15);
      const parts = [`FREQ=${pick(['DAILY', 'WEEKLY'])}`];
      if (random() < 0.6) parts.push(`INTERVAL=${1 + Math.floor(random() * 3)}`);
      if (parts[0] === 'FREQ=WEEKLY' && random() < 0.7) {
        const days = new Set([WEEKDAYS[start.getUTCDay()]!]);
        for (let extra = Math.floor(random() * 4); extra > 0; extra--) days.add(pick(WEEKDAYS));
        parts.push(`BYDAY=${[...days].join(',')}`);
      }
      if (random() < 0.4) parts.push(`WKST=${pick(WEEKDAYS)}`);
      const ending = random();
      if (ending < 0.3) parts.push(`COUNT=${1 + Math.floor(random() * 400)}`);
      // UNTIL before DTSTART is left out: ical.js then gives no occurrence, Plausch still shows DTSTART.
      else if (ending < 0.6) parts.push(`UNTIL=${Math.max(start.getUTCFullYear() + 1, 2024 + Math.floor(random() * 3))}0615T235959Z`);
      const rule = parts.join(';');
      const text = ics(`BEGIN:VEVENT\nUID:r${round}\nDTSTART:${dtstart}\nDTEND:${dtstart}\nRRULE:${rule}\nSUMMARY:x\nEND:VEVENT`);

      const expected: string[] = [];
      const iterator = ICAL.Recur.fromString(rule).iterator(ICAL.Time.fromDateTimeString(start.toISOString().slice(0, 19)));
      for (let next = iterator.next(); next && next.year < 2027; next = iterator.next()) {
        const iso = next.toString();
        if (iso >= '2025-01-01' && iso < '2026-07-01') expected.push(`${iso.slice(0, 10)} ${iso.slice(11, 16)}`);
      }
      expect(startsOf(text, '2025-01-01', '2026-06-30'), `${dtstart} ${rule}`).toEqual(expected);
    }
  });

  it('follows rules only ical.js knows (monthly by ordinal weekday, yearly, BYSETPOS)', () => {
    const text = ics(`
BEGIN:VEVENT
UID:last-friday
DTSTART;TZID=Europe/Berlin:20260130T160000
DTEND;TZID=Europe/Berlin:20260130T170000
RRULE:FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1;COUNT=4
SUMMARY:Stammtisch
END:VEVENT`);
    expect(startsOf(text, '2026-01-01', '2026-12-31', 'Europe/Berlin')).toEqual([
      '2026-01-30 16:00',
      '2026-02-27 16:00',
      '2026-03-27 16:00',
      '2026-04-24 16:00',
    ]);
  });

  it('reaches a window years after the series began, and UNTIL in UTC ends a series in a zone on the right day', () => {
    const text = ics(`
BEGIN:VEVENT
UID:seit-2012
DTSTART;TZID=W. Europe Standard Time:20120104T083000
DTEND;TZID=W. Europe Standard Time:20120104T090000
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20260311T073000Z
SUMMARY:Zweiwöchentliche Runde
END:VEVENT`);
    // 4 January 2012 + every 14 days: 11 and 25 February, and 11 March at 08:30 Berlin, which is UNTIL (07:30 UTC).
    expect(startsOf(text, '2026-02-10', '2026-03-31', 'Europe/Berlin')).toEqual(['2026-02-11 08:30', '2026-02-25 08:30', '2026-03-11 08:30']);
    const untilJustBefore = text.replace('UNTIL=20260311T073000Z', 'UNTIL=20260311T072959Z');
    expect(startsOf(untilJustBefore, '2026-02-10', '2026-03-31', 'Europe/Berlin')).toEqual(['2026-02-11 08:30', '2026-02-25 08:30']);
  });

  it('stops a runaway rule after MAX_RECURRENCE_STEPS steps instead of hanging', () => {
    const text = ics(`
BEGIN:VEVENT
UID:runaway
DTSTART:20260101T000000Z
RRULE:FREQ=SECONDLY
SUMMARY:Endlos
END:VEVENT`);
    const { occurrences, skipped } = parseCalendar(text, { from: '2026-01-01', to: '2026-12-31' }, 'UTC');
    expect(skipped).toBe(0);
    expect(occurrences.length).toBeLessThanOrEqual(MAX_RECURRENCE_STEPS + 1);
    expect(occurrences.at(-1)?.start.startsWith('2026-01-01T')).toBe(true);
  });

  it('removes EXDATEs given in UTC or as dates, and adds RDATEs', () => {
    const text = ics(`
BEGIN:VEVENT
UID:exdates
DTSTART;TZID=Europe/Berlin:20260105T090000
DTEND;TZID=Europe/Berlin:20260105T100000
RRULE:FREQ=DAILY;COUNT=6
EXDATE:20260106T080000Z
EXDATE;VALUE=DATE:20260108
RDATE;TZID=Europe/Berlin:20260112T140000
SUMMARY:Tägliche Runde
END:VEVENT`);
    expect(startsOf(text, '2026-01-01', '2026-01-31', 'Europe/Berlin')).toEqual([
      '2026-01-05 09:00',
      '2026-01-07 09:00',
      '2026-01-09 09:00',
      '2026-01-10 09:00',
      '2026-01-12 14:00',
    ]);
  });

  it('shows an exception moved into the range from a slot outside it, and hides the one moved out of it', () => {
    const text = ics(`
BEGIN:VEVENT
UID:verschoben
DTSTART;TZID=Europe/Berlin:20260302T090000
DTEND;TZID=Europe/Berlin:20260302T100000
RRULE:FREQ=WEEKLY;COUNT=4
SUMMARY:Jour fixe
ATTENDEE;CN=Petra Lüdemann:mailto:petra.luedemann@nordlicht.de
END:VEVENT
BEGIN:VEVENT
UID:verschoben
RECURRENCE-ID;TZID=Europe/Berlin:20260316T090000
DTSTART;TZID=Europe/Berlin:20260312T110000
DTEND;TZID=Europe/Berlin:20260312T120000
END:VEVENT`);
    const { occurrences } = parseCalendar(text, { from: '2026-03-09', to: '2026-03-13' }, 'Europe/Berlin');
    expect(occurrences.map((o) => [o.startDate, o.startTime, o.key.split(':')[1]])).toEqual([
      ['2026-03-09', '09:00', '20260309T080000Z'],
      ['2026-03-12', '11:00', '20260316T080000Z'],
    ]);
    // An exception that leaves out subject and people takes them from its series; it lasts as long as it says.
    expect(occurrences[1]).toMatchObject({ summary: 'Jour fixe', endTime: '12:00' });
    expect(occurrences[1]?.attendees.map((person) => person.name)).toEqual(['Petra Lüdemann']);
    const week = parseCalendar(text, { from: '2026-03-16', to: '2026-03-20' }, 'Europe/Berlin').occurrences;
    expect(week).toEqual([]);
  });

  it('matches a RECURRENCE-ID in UTC to a slot in a zone, and keys a whole-day slot moved to a time by its date', () => {
    const text = ics(`
BEGIN:VEVENT
UID:utc-slot
DTSTART;TZID=W. Europe Standard Time:20260706T090000
DTEND;TZID=W. Europe Standard Time:20260706T093000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Kurzrunde
END:VEVENT
BEGIN:VEVENT
UID:utc-slot
RECURRENCE-ID:20260707T070000Z
DTSTART:20260707T120000Z
DTEND:20260707T123000Z
SUMMARY:Kurzrunde (später)
END:VEVENT
BEGIN:VEVENT
UID:ganztags
DTSTART;VALUE=DATE:20260706
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Messe
END:VEVENT
BEGIN:VEVENT
UID:ganztags
RECURRENCE-ID;VALUE=DATE:20260707
DTSTART;TZID=Europe/Berlin:20260707T090000
DTEND;TZID=Europe/Berlin:20260707T120000
SUMMARY:Messe (nur vormittags)
END:VEVENT`);
    const { occurrences } = parseCalendar(text, { from: '2026-07-06', to: '2026-07-07' }, 'Europe/Berlin');
    expect(occurrences.map((o) => [o.summary, o.startTime ?? 'ganztags', o.key.split(':')[1]])).toEqual([
      ['Messe', 'ganztags', '20260706'],
      ['Kurzrunde', '09:00', '20260706T070000Z'],
      ['Messe (nur vormittags)', '09:00', '20260707'],
      ['Kurzrunde (später)', '14:00', '20260707T070000Z'],
    ]);
  });

  it('keeps an exception without DTSTART in its slot, with the series length', () => {
    const text = ics(`
BEGIN:VEVENT
UID:ohne-dtstart
DTSTART:20260302T080000Z
DTEND:20260302T084500Z
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Morgenrunde
END:VEVENT
BEGIN:VEVENT
UID:ohne-dtstart
RECURRENCE-ID:20260303T080000Z
SUMMARY:Morgenrunde mit Gast
END:VEVENT`);
    const { occurrences } = parseCalendar(text, { from: '2026-03-01', to: '2026-03-31' }, 'UTC');
    expect(occurrences.map((o) => [o.summary, o.start, o.end])).toEqual([
      ['Morgenrunde', '2026-03-02T08:00:00.000Z', '2026-03-02T08:45:00.000Z'],
      ['Morgenrunde mit Gast', '2026-03-03T08:00:00.000Z', '2026-03-03T08:45:00.000Z'],
    ]);
  });

  it('leaves out a cancelled series with its exceptions, and everything in a METHOD:CANCEL', () => {
    const series = `
BEGIN:VEVENT
UID:abgesagt
DTSTART:20260302T080000Z
RRULE:FREQ=DAILY;COUNT=3
SUMMARY:Abgesagte Reihe
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
UID:abgesagt
RECURRENCE-ID:20260303T080000Z
DTSTART:20260303T100000Z
SUMMARY:Abgesagte Reihe
END:VEVENT`;
    expect(parseCalendar(ics(series), { from: '2026-03-01', to: '2026-03-31' }, 'UTC').occurrences).toEqual([]);
    const cancel = ics('METHOD:CANCEL\nBEGIN:VEVENT\nUID:x\nDTSTART:20260302T080000Z\nSUMMARY:Abgesagt: Mittagessen\nEND:VEVENT');
    expect(parseCalendar(cancel, { from: '2026-03-01', to: '2026-03-31' }, 'UTC').occurrences).toEqual([]);
  });

  it('lists an entry that is in the file twice once', () => {
    const entry = 'BEGIN:VEVENT\nUID:doppelt\nDTSTART:20260302T080000Z\nSUMMARY:Doppelt\nEND:VEVENT';
    expect(parseCalendar(ics(`${entry}\n${entry}`), { from: '2026-03-01', to: '2026-03-31' }, 'UTC').occurrences).toHaveLength(1);
  });
});
