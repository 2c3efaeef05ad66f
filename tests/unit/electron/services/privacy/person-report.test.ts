// The GDPR access report for one person: every place the journal names them is in it, nobody else's data is, the JSON
// reads back with its sections, and the HTML page is self-contained, in the chosen language, and shows hostile text
// from the journal as text.
import { describe, expect, it } from 'vitest';
import { createPrivacy } from '../../../../../electron/main/services/privacy';
import { fixedClock } from '../../../../../electron/main/services/clock';
import { createJournalWriter } from '../../../../../electron/main/services/journal-writer';
import { createUndoLedger } from '../../../../../electron/main/services/undo';
import { silentLogger } from '../../../../../electron/main/store/types';
import { PlauschError } from '../../../../../shared/errors';
import { createMemoryStore } from '../../../../support/memory-store';
import { HOSTILE_NOTE, JUERGEN_ONLY, ids, personJournal } from './person-journal';

const NOW = '2026-12-03T09:30:00.000Z';

function privacy(hasPhoto = (id: string) => id === ids.sabine) {
  const store = createMemoryStore(personJournal());
  const clock = fixedClock(NOW);
  return createPrivacy({ store, clock, appVersion: '9.8.7', hasPhoto, writer: createJournalWriter({ store, log: silentLogger }), undo: createUndoLedger({ clock }) });
}

function jsonReport(language: 'de' | 'en' = 'de') {
  const file = privacy().personReport({ contactId: ids.sabine, format: 'json', language });
  return { file, report: JSON.parse(file.content) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('the person report as JSON', () => {
  it('names the file after the person and the day, in ASCII, and says what it is', () => {
    const { file, report } = jsonReport();
    expect(file).toMatchObject({ fileName: 'auskunft-sabine-keller-2026-12-03.json', mimeType: 'application/json' });
    expect(report['header']).toMatchObject({ person: 'Sabine Keller', generatedAt: NOW, plauschVersion: '9.8.7', language: 'de', title: 'Auskunft über gespeicherte Daten' });
    expect(jsonReport('en').file.fileName).toBe('data-report-sabine-keller-2026-12-03.json');
    expect(Object.keys(report)).toEqual(['header', 'contact', 'encounters', 'favours', 'gifts', 'campaigns', 'events', 'coach', 'reminders', 'introductions']);
  });

  it('fills every section from every kind of record that names the person', () => {
    const { report } = jsonReport();
    expect(report['contact']).toMatchObject({ id: ids.sabine, notes: HOSTILE_NOTE, canHelpWith: ['Raumbuchung'], photoStored: true, family: [{ name: 'Mia' }], anniversaries: [{ label: 'Nordlicht' }] });
    expect(report['encounters'].map((e: { id: string }) => e.id)).toEqual(['i-lunch', 'i-favour', 'i-favour-given', 'i-calendar', 'i-event', 'i-gift']);
    expect(report['encounters'][0]).toMatchObject({ othersPresent: ['Jürgen Müller'], followUpOn: '2026-12-10', topics: ['Umzug'], place: 'Kantine' });
    expect(report['encounters'][0]).not.toHaveProperty('contactIds');
    expect(report['encounters'].find((e: { id: string }) => e.id === 'i-calendar')).toMatchObject({ fromCalendar: true });
    expect(report['favours'].map((e: { id: string }) => e.id)).toEqual(['i-favour', 'i-favour-given']);
    expect(report['favours'][0]).toMatchObject({ pending: true });
    expect(report['gifts']).toMatchObject({ encounters: [{ id: 'i-gift' }], campaigns: [{ campaignId: 'advent-2025', status: 'sent', gift: 'Adventskalender' }] });
    expect(report['campaigns']).toEqual([{ campaignId: 'advent-2025', kind: 'advent', occursOn: '2025-12-01', status: 'sent', gift: 'Adventskalender' }]);
    expect(report['events']).toEqual([
      { eventId: ids.event, title: 'Konferenz Digital Office', eventKind: 'conference', date: '2026-03-04', place: 'Messe Frankfurt', roles: ['expected', 'toMeet', 'met'], fromCalendar: true },
    ]);
    expect(report['coach']['attempts']).toMatchObject([{ id: 'attempt-1', reflection: 'Öfter fragen' }]);
    expect(report['coach']['integrationPlans']).toMatchObject([{ contactId: ids.sabine, startDate: '2026-01-05' }]);
    expect(report['coach']['networkGroups']).toEqual([{ groupId: 'group-1', name: 'Assistenz-Stammtisch Nord', member: true, organised: ['2026-06-04'], attended: ['2026-06-04'] }]);
    expect(report['reminders']).toEqual({
      log: [{ id: `birthday:${ids.sabine}:2026-03-12:0`, kind: 'birthday', contactId: ids.sabine, occursOn: '2026-03-12', status: 'done' }],
      todaySnoozedUntil: '2026-12-05',
    });
    expect(report['introductions']).toEqual({ introducedBy: { name: 'Max Muster' }, introduced: [{ name: 'Lena Vogt' }] });
  });

  it('shows of the others only their names where a shared record shows them', () => {
    const { file } = jsonReport();
    for (const text of [...JUERGEN_ONLY, ids.juergen, '2026-03-13', '2026-12-06']) expect(file.content).not.toContain(text);
    // His name is there, as one of those present at the lunch: the encounter itself shows it.
    expect(file.content).toContain('Jürgen Müller');
  });

  it('says whether a photo is stored, never its bytes', () => {
    const without = privacy(() => false);
    expect(JSON.parse(without.personReport({ contactId: ids.sabine, format: 'json', language: 'en' }).content).contact.photoStored).toBe(false);
  });

  it('refuses an id the journal does not hold', () => {
    expect(() => privacy().personReport({ contactId: 'nobody', format: 'json', language: 'de' })).toThrow(PlauschError);
    try {
      privacy().personReport({ contactId: 'nobody', format: 'html', language: 'de' });
    } catch (error) {
      expect((error as PlauschError).code).toBe('notFound');
    }
    expect.assertions(2);
  });
});

describe('the person report as a printable page', () => {
  const html = (language: 'de' | 'en') => privacy().personReport({ contactId: ids.sabine, format: 'html', language });

  it('is a self-contained page that loads and runs nothing', () => {
    const file = html('de');
    expect(file).toMatchObject({ fileName: 'auskunft-sabine-keller-2026-12-03.html', mimeType: 'text/html' });
    expect(file.content.startsWith('<!doctype html>')).toBe(true);
    expect(file.content).toContain('<meta charset="utf-8">');
    expect(file.content).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(file.content).toContain('@page { size: A4');
    expect(file.content).not.toMatch(/<(script|img|link|iframe|object|embed|a)\b/i);
  });

  it('shows hostile text from the journal as text', () => {
    const { content } = html('de');
    expect(content).toContain('Tochter krank &#60;script&#62;alert(1)&#60;/script&#62; &#34;&#62;&#60;img src=x onerror=alert(2)&#62;');
    expect(content).not.toContain('<script>');
    expect(content).not.toContain('"><img');
  });

  it('speaks German: the intro, the headings, dates and kinds in words', () => {
    const { content } = html('de');
    expect(content).toContain('<html lang="de">');
    expect(content).toContain('Diese Auskunft enthält alles, was in Plausch über Sabine Keller gespeichert ist (Stand: 3. Dezember 2026).');
    for (const heading of ['Kontakt', 'Begegnungen', 'Gefallen', 'Geschenke', 'Geschenke &#38; Anlässe', 'Veranstaltungen', 'Coach', 'Erinnerungen', 'Vorstellungen']) {
      expect(content).toContain(`<h2>${heading}</h2>`);
    }
    for (const words of ['20. November 2026', 'Mittagessen', 'Gefallen erhalten', 'erbeten, noch offen', 'aus dem Kalender übernommen', 'Advent 2025', 'Verschickt', 'Konferenz oder Messe', 'wird erwartet', 'Am ersten Tag begrüßen', '12. März', 'Kind', 'Dienstjubiläum', 'Foto gespeichert', 'Max Muster', 'Lena Vogt', 'Jürgen Müller']) {
      expect(content).toContain(words);
    }
  });

  it('speaks English when asked', () => {
    const { content, fileName } = html('en');
    expect(fileName).toBe('data-report-sabine-keller-2026-12-03.html');
    expect(content).toContain('<html lang="en">');
    expect(content).toContain('This report holds everything stored in Plausch about Sabine Keller (as of December 3, 2026).');
    for (const heading of ['Contact', 'Encounters', 'Favours', 'Gifts', 'Events', 'Reminders', 'Introductions']) expect(content).toContain(`<h2>${heading}</h2>`);
    for (const words of ['Lunch', 'Favour received', 'taken over from the calendar', 'Sent', 'Conference or trade fair', 'Photo stored']) expect(content).toContain(words);
  });

  it('leaves out what is stored only about others', () => {
    const { content } = html('de');
    for (const text of [...JUERGEN_ONLY, ids.juergen, '13. März 2026', '6. Dezember 2026']) expect(content).not.toContain(text);
  });

  it('says so where a section is empty', () => {
    const lena = privacy().personReport({ contactId: ids.lena, format: 'html', language: 'de' }).content;
    for (const sentence of ['Keine Begegnungen gespeichert.', 'Keine Gefallen gespeichert.', 'Keine Geschenke gespeichert.', 'Bei keiner Veranstaltung vermerkt.', 'Keine Einträge des Coachs.', 'Keine Erinnerungen gespeichert.']) {
      expect(lena).toContain(sentence);
    }
    expect(lena).toContain('Kein Foto gespeichert');
    // Lena was introduced by Sabine: her introductions section is not empty.
    expect(lena).toContain('Sabine Keller');
  });
});
