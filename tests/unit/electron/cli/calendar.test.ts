// `plausch calendar FILE`: every occurrence in the range with its contacts, the people not in the journal and the
// encounter Plausch suggests (or why none), in German or English, or the review as JSON; `--log` logs the suggestions
// of meetings that have begun, each once, and takes the lock as every writing command does.
import { createHash } from 'node:crypto';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../../../electron/cli';
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStore } from '../../../../electron/main/store';
import { MAX_CALENDAR_BYTES, type CalendarReview } from '../../../../shared/calendar';
import { aContact } from '../../../support/journal-fixtures';
import { tempDir } from '../store/helpers';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'calendar');

/** Thursday afternoon in Berlin: "yesterday and today" are 4 and 5 March. */
const NOW = '2026-03-05T15:00:00+01:00';
const ZONE = 'Europe/Berlin';

const sabine = aContact({ firstName: 'Sabine', lastName: 'Keller', organisation: 'Nordlicht AG', emails: ['sabine.keller@nordlicht.de'] });
const juergen = aContact({ firstName: 'Jürgen', lastName: 'Müller', emails: ['j.mueller@stadtwerke.de'] });

function vevent(lines: string[]): string[] {
  return ['BEGIN:VEVENT', 'DTSTAMP:20260301T080000Z', ...lines, 'END:VEVENT'];
}

/** A small Outlook-like calendar around NOW: a lunch and a conference yesterday, a meeting, an all-day entry, a call with strangers and a meeting still ahead today. */
const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Plausch tests//CLI//DE',
  ...vevent([
    'UID:lunch-1',
    'SUMMARY:Mittagessen',
    'DTSTART;TZID=Europe/Berlin:20260304T120000',
    'DTEND;TZID=Europe/Berlin:20260304T130000',
    'LOCATION:Kantine',
    'ORGANIZER;CN=Ich:mailto:ich@eigenes-haus.de',
    'ATTENDEE;CN="Keller, Sabine";PARTSTAT=ACCEPTED:mailto:sabine.keller@nordlicht.de',
    'ATTENDEE;CN=Max Muster;PARTSTAT=ACCEPTED:mailto:max.muster@extern-beratung.de',
  ]),
  ...vevent([
    'UID:conference-1',
    'SUMMARY:Konferenz Digital Office',
    'CATEGORIES:Konferenz',
    'DTSTART;TZID=Europe/Berlin:20260304T090000',
    'DTEND;TZID=Europe/Berlin:20260304T170000',
    'LOCATION:Messe Frankfurt',
    'ATTENDEE;CN=Jürgen Müller:mailto:j.mueller@stadtwerke.de',
  ]),
  ...vevent([
    'UID:jourfixe-1',
    'SUMMARY:Jour fixe Vertrieb',
    'DTSTART;TZID=Europe/Berlin:20260305T090000',
    'DTEND;TZID=Europe/Berlin:20260305T100000',
    'LOCATION:Raum Elbe',
    'ATTENDEE;CN=Jürgen Müller:mailto:j.mueller@stadtwerke.de',
  ]),
  ...vevent(['UID:outing-1', 'SUMMARY:Betriebsausflug', 'DTSTART;VALUE=DATE:20260305', 'DTEND;VALUE=DATE:20260306', 'ATTENDEE;CN=Sabine Keller:mailto:sabine.keller@nordlicht.de']),
  ...vevent([
    'UID:strangers-1',
    'SUMMARY:Abstimmung Agentur',
    'DTSTART;TZID=Europe/Berlin:20260305T110000',
    'DTEND;TZID=Europe/Berlin:20260305T113000',
    'ATTENDEE;CN=Ines Vogt:mailto:ines.vogt@agentur.de',
  ]),
  ...vevent([
    'UID:ahead-1',
    'SUMMARY:Budget 2027',
    'DTSTART;TZID=Europe/Berlin:20260305T170000',
    'DTEND;TZID=Europe/Berlin:20260305T180000',
    'ATTENDEE;CN=Sabine Keller:mailto:sabine.keller@nordlicht.de',
  ]),
  'END:VCALENDAR',
  '',
].join('\r\n');

async function run(args: string[], lang = 'de_DE.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: lang }, clock: fixedClock(NOW), timeZone: ZONE });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function seeded(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir();
  const store = await openStore({ dir, clock: fixedClock(NOW) });
  await store.commit([
    ...[sabine, juergen].map((value) => ({ op: 'put' as const, collection: 'contacts' as const, value })),
    // The organiser is the user herself: never a newcomer.
    { op: 'settings' as const, value: { ...store.settings, ownEmailAddresses: ['ich@eigenes-haus.de'] } },
  ]);
  await store.close();
  const file = join(dir, 'kalender.ics');
  await writeFile(file, `\uFEFF${CALENDAR}`);
  return { dir, file };
}

async function encountersIn(dir: string) {
  const store = await openStore({ dir, clock: fixedClock(NOW) });
  try {
    return [...store.interactions.values()];
  } finally {
    await store.close();
  }
}

describe('plausch calendar', () => {
  it('lists yesterday and today by default, each meeting with its contacts, newcomers and suggestion, in German', async () => {
    const { dir, file } = await seeded();
    const result = await run(['calendar', file, '--data', dir]);
    expect(result).toMatchObject({ code: EXIT.ok, err: '' });
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Kalender vom 2026-03-04 bis 2026-03-05: 6 Termin(e).');
    const lunch = lines.indexOf('2026-03-04 12:00–13:00  Mittagessen');
    expect(lunch).toBeGreaterThan(0);
    expect(lines.slice(lunch + 1, lunch + 4)).toEqual([
      '   Kontakte: Sabine Keller',
      '   Nicht im Journal: Max Muster <max.muster@extern-beratung.de>',
      '   → Mittagessen · Kantine · Thema: Mittagessen',
    ]);
    const jourFixe = lines.indexOf('2026-03-05 09:00–10:00  Jour fixe Vertrieb');
    expect(lines.slice(jourFixe + 1, jourFixe + 3)).toEqual(['   Kontakte: Jürgen Müller', '   → Besprechung · Raum Elbe · Thema: Jour fixe Vertrieb']);
    const outing = lines.indexOf('2026-03-05 ganztägig  Betriebsausflug');
    expect(lines.slice(outing + 1, outing + 3)).toEqual(['   Kontakte: Sabine Keller', '   – kein Vorschlag: ganztägiger Termin']);
    const strangers = lines.indexOf('2026-03-05 11:00–11:30  Abstimmung Agentur');
    expect(lines.slice(strangers + 1, strangers + 3)).toEqual(['   Nicht im Journal: Ines Vogt <ines.vogt@agentur.de>', '   – kein Vorschlag: niemand aus Ihren Kontakten dabei']);
    expect(result.out).toContain('   → Veranstaltung (Konferenz oder Messe): Konferenz Digital Office');
    // Only read: nothing was logged.
    expect(await encountersIn(dir)).toEqual([]);
  });

  it('speaks English, takes --from and --to, and reads while the app holds the data', async () => {
    const { dir, file } = await seeded();
    const app = await openStore({ dir, clock: fixedClock(NOW) });
    try {
      const result = await run(['calendar', file, '--from', '2026-03-04', '--to', '2026-03-04', '--data', dir], 'en_GB.UTF-8');
      expect(result).toMatchObject({ code: EXIT.ok, err: '' });
      const lines = result.out.split('\n');
      expect(lines[0]).toBe('Calendar from 2026-03-04 to 2026-03-04: 2 meeting(s).');
      expect(lines).toContain('   Contacts: Sabine Keller');
      expect(lines).toContain('   Not in the journal: Max Muster <max.muster@extern-beratung.de>');
      expect(lines).toContain('   → Lunch · Kantine · Topic: Mittagessen');
      expect(lines).toContain('   → Event (Conference or trade fair): Konferenz Digital Office');
      expect(result.out).not.toContain('Jour fixe');
    } finally {
      await app.close();
    }
  });

  it('prints the review as JSON with --json', async () => {
    const { dir, file } = await seeded();
    const result = await run(['calendar', file, '--json', '--data', dir]);
    expect(result.code).toBe(EXIT.ok);
    const review = JSON.parse(result.out) as CalendarReview;
    expect(review.skipped).toBe(0);
    expect(review.rows.map((row) => row.occurrence.summary)).toEqual(
      expect.arrayContaining(['Mittagessen', 'Konferenz Digital Office', 'Jour fixe Vertrieb', 'Betriebsausflug', 'Abstimmung Agentur', 'Budget 2027']),
    );
    const lunch = review.rows.find((row) => row.occurrence.uid === 'lunch-1');
    expect(lunch).toMatchObject({
      contacts: [{ contactId: sabine.id, name: 'Sabine Keller' }],
      newcomers: [expect.objectContaining({ email: 'max.muster@extern-beratung.de', firstName: 'Max', lastName: 'Muster' })],
      suggestion: { type: 'lunch', date: '2026-03-04', place: 'Kantine', topic: 'Mittagessen', contacts: [{ contactId: sabine.id }] },
      logged: false,
      dismissed: false,
    });
    expect(lunch?.occurrence).toMatchObject({ startDate: '2026-03-04', startTime: '12:00', endTime: '13:00', location: 'Kantine' });
    expect(review.rows.find((row) => row.occurrence.uid === 'conference-1')?.eventOffer).toMatchObject({ eventKind: 'conference', expectedIds: [juergen.id] });
  });

  it('logs the suggestions of meetings that have begun with --log (not the one still ahead), and nothing the second time', async () => {
    const { dir, file } = await seeded();
    const first = await run(['calendar', file, '--log', '--data', dir]);
    expect(first).toMatchObject({ code: EXIT.ok, err: '' });
    const logged = await encountersIn(dir);
    expect(logged.map((encounter) => [encounter.type, encounter.date, encounter.contactIds]).sort()).toEqual(
      [
        ['lunch', '2026-03-04', [sabine.id]],
        ['meeting', '2026-03-04', [juergen.id]],
        ['meeting', '2026-03-05', [juergen.id]],
      ].sort(),
    );
    expect(logged.every((encounter) => encounter.calendarKey?.startsWith('c'))).toBe(true);
    expect(first.out).toBe(`Eingetragen: ${logged.length} Begegnung(en) aus dem Kalender.\n1 Termin(e) liegen noch in der Zukunft und wurden nicht eingetragen.`);

    const second = await run(['calendar', file, '--log', '--data', dir], 'en_US.UTF-8');
    expect(second.code).toBe(EXIT.ok);
    expect(second.out.split('\n')[0]).toBe('Nothing to log: every suggestion on these days is already logged or dismissed.');
    expect(await encountersIn(dir)).toHaveLength(logged.length);
    expect(JSON.parse((await run(['calendar', file, '--log', '--json', '--data', dir])).out)).toEqual({ logged: 0, ahead: 1 });

    const listed = await run(['calendar', file, '--data', dir]);
    const lunch = listed.out.split('\n').indexOf('2026-03-04 12:00–13:00  Mittagessen');
    expect(listed.out.split('\n').slice(lunch + 1)).toContain('   – kein Vorschlag: schon eingetragen');
  });

  it('reads the Outlook export: the moved Monday on its new day, the cancelled one gone; and the Teams invitation with its 30 people', async () => {
    const dir = await tempDir();
    const petra = aContact({ firstName: 'Petra', lastName: 'Lüdemann', emails: ['petra.luedemann@nordlicht.de'] });
    const anna = aContact({ firstName: 'Anna', lastName: 'Brandt', emails: ['anna.brandt@nordlicht.de'] });
    const store = await openStore({ dir, clock: fixedClock(NOW) });
    await store.commit([
      ...[petra, anna].map((value) => ({ op: 'put' as const, collection: 'contacts' as const, value })),
      { op: 'settings' as const, value: { ...store.settings, ownEmailAddresses: ['sabine.krueger@nordlicht.de'] } },
    ]);
    await store.close();
    const outlook = join(FIXTURES, 'outlook-desktop.ics');

    const moved = await run(['calendar', outlook, '--from', '2026-02-16', '--to', '2026-02-17', '--data', dir]);
    expect(moved.out.split('\n')).toEqual([
      'Kalender vom 2026-02-16 bis 2026-02-17: 1 Termin(e).',
      '2026-02-17 14:00–15:00  Jour fixe Vorstandsbüro (verschoben)',
      '   Kontakte: Petra Lüdemann',
      expect.stringMatching(/^ {3}Nicht im Journal: .*juergen\.hansen@nordlicht\.de/),
      '   → Besprechung · Raum Alster · Thema: Jour fixe Vorstandsbüro (verschoben)',
    ]);
    const cancelled = await run(['calendar', outlook, '--from', '2026-05-25', '--to', '2026-05-25', '--data', dir]);
    expect(cancelled.out.split('\n')).toEqual(['Kalender vom 2026-05-25 bis 2026-05-25: 0 Termin(e).', 'In diesen Tagen steht nichts im Kalender.']);

    const teams = await run(['calendar', join(FIXTURES, 'teams-invite.ics'), '--from', '2026-07-16', '--to', '2026-07-16', '--json', '--data', dir]);
    const [kickOff] = (JSON.parse(teams.out) as CalendarReview).rows;
    expect(kickOff?.occurrence.attendees).toHaveLength(30);
    expect(kickOff?.contacts).toEqual([{ contactId: anna.id, name: 'Anna Brandt' }]);
    expect(kickOff?.newcomers.length).toBeGreaterThan(20);
    expect(kickOff?.suggestion).toMatchObject({ date: '2026-07-16', startTime: '10:00', contacts: [{ contactId: anna.id }] });
    const listed = await run(['calendar', join(FIXTURES, 'teams-invite.ics'), '--from', '2026-07-16', '--to', '2026-07-16', '--data', dir], 'en_US.UTF-8');
    const newcomers = listed.out.split('\n').find((line) => line.startsWith('   Not in the journal: '));
    expect(newcomers).toMatch(new RegExp(` and ${(kickOff?.newcomers.length ?? 0) - 8} more$`));
    expect(newcomers?.match(/</g)).toHaveLength(8);
  });

  it('says a dismissed meeting was dismissed, and --log leaves it out', async () => {
    const { dir, file } = await seeded();
    // The lunch's key as shared/calendar.ts defines it: the UID's hash and the original start in UTC.
    const lunchKey = `c${createHash('sha256').update('lunch-1').digest('hex').slice(0, 24)}:20260304T110000Z`;
    const store = await openStore({ dir, clock: fixedClock(NOW) });
    await store.commit([{ op: 'settings', value: { ...store.settings, calendarDismissed: [lunchKey] } }]);
    await store.close();

    const lines = (await run(['calendar', file, '--data', dir])).out.split('\n');
    const lunch = lines.indexOf('2026-03-04 12:00–13:00  Mittagessen');
    expect(lines[lunch + 3]).toBe('   – kein Vorschlag: von Ihnen verworfen');
    await run(['calendar', file, '--log', '--data', dir]);
    expect((await encountersIn(dir)).map((encounter) => encounter.type).sort()).toEqual(['meeting', 'meeting']);
  });

  it('refuses --log while the app holds the data, and writes nothing', async () => {
    const { dir, file } = await seeded();
    const app = await openStore({ dir, clock: fixedClock(NOW) });
    try {
      const refused = await run(['calendar', file, '--log', '--data', dir], 'en_US.UTF-8');
      expect(refused.code).toBe(EXIT.locked);
      expect(refused.err).toContain('Plausch is running');
      expect(app.interactions.size).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('explains a missing file, a file too large and a file that is no calendar, and writes nothing', async () => {
    const { dir } = await seeded();
    const missing = await run(['calendar', join(dir, 'fehlt.ics'), '--data', dir]);
    expect(missing).toMatchObject({ code: EXIT.failed, out: '' });
    expect(missing.err).toBe(`Die Kalender-Datei ${join(dir, 'fehlt.ics')} ist nicht da, oder Plausch darf sie nicht lesen.`);

    // A sparse file: as large as the limit allows and one byte more, without writing 20 MB.
    const huge = join(dir, 'riesig.ics');
    await writeFile(huge, '');
    await truncate(huge, MAX_CALENDAR_BYTES + 1);
    const tooLarge = await run(['calendar', huge, '--data', dir], 'en_US.UTF-8');
    expect(tooLarge.code).toBe(EXIT.failed);
    expect(tooLarge.err).toBe(`The calendar file ${huge} is too large (${MAX_CALENDAR_BYTES + 1} bytes, at most ${MAX_CALENDAR_BYTES}). Nothing was taken over.`);

    const notACalendar = join(dir, 'notiz.ics');
    await writeFile(notACalendar, 'Das ist eine Notiz, kein Kalender.\n');
    for (const args of [[], ['--log']]) {
      const unreadable = await run(['calendar', notACalendar, ...args, '--data', dir]);
      expect(unreadable.code).toBe(EXIT.failed);
      expect(unreadable.err).toBe(`${notACalendar} ist kein Kalender, den Plausch lesen kann. Es wurde nichts übernommen.`);
    }
    expect(await encountersIn(dir)).toEqual([]);
  });

  it('shows control characters in a subject or a name as escapes, never sends them to the terminal', async () => {
    const { dir } = await seeded();
    const file = join(dir, 'boese.ics');
    const hostile = CALENDAR.replace('SUMMARY:Mittagessen', 'SUMMARY:Mittag\u001b]0;owned\u0007essen').replace('CN=Max Muster', 'CN=Max\u009b31m Muster');
    await writeFile(file, hostile);
    for (const args of [[], ['--json']]) {
      const { out } = await run(['calendar', file, ...args, '--data', dir]);
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      for (const line of out.split('\n')) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
    expect((await run(['calendar', file, '--data', dir])).out).toContain('Mittag\\x1b]0;owned\\x07essen');
  });

  it('refuses a bad date, a range backwards and a missing FILE as usage errors, and lists the command in the help', async () => {
    const { dir, file } = await seeded();
    expect((await run(['calendar', file, '--from', '5.3.2026', '--data', dir])).code).toBe(EXIT.usage);
    const backwards = await run(['calendar', file, '--from', '2026-03-06', '--to', '2026-03-05', '--data', dir], 'en_US.UTF-8');
    expect(backwards).toMatchObject({ code: EXIT.usage, err: '--from (2026-03-06) is after --to (2026-03-05).' });
    expect((await run(['calendar', '--data', dir])).code).toBe(EXIT.usage);
    expect((await run(['help'])).out).toContain('calendar DATEI [--from JJJJ-MM-TT] [--to JJJJ-MM-TT] [--json] [--log]');
    expect((await run(['help'], 'en_US.UTF-8')).out).toContain('calendar FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--log]');
  });
});
