import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../../shared/model';
import { neutralizeCell } from '../../../../../electron/main/services/transfer/export-csv';
import { aContact } from '../../../../support/journal-fixtures';
import { transferHarness } from './helpers';

function journal(): Contact[] {
  return [
    aContact({
      id: 'c-erika',
      firstName: 'Erika',
      lastName: 'Müller-Lüdenscheidt',
      role: 'Assistenz der Geschäftsführung',
      organisation: 'Stadtwerke Köln, GmbH',
      department: 'Vorstand; Büro',
      emails: ['erika@stadtwerke.example', 'e.mueller@privat.example'],
      phones: ['+49 221 123456', '0171 5551234'],
      tags: ['Netzwerk', 'Kunden, VIP'],
      birthday: '1976-02-29',
      anniversaries: [
        { id: 'a-work', kind: 'work', label: '10 Jahre', date: '2015-04-01' },
        { id: 'a-wed', kind: 'wedding', label: '', date: '--06-12' },
      ],
      family: [{ id: 'f-lena', name: 'Lena', relation: 'child', birthday: '--09-03', schoolStart: '2024-09-05' }],
      notes: 'Zeile eins\nZeile zwei mit „Anführung“, Komma; Semikolon und \\ Backslash. Ein sehr langer Satz, damit die Zeile gefaltet werden muss, über 75 Oktette hinaus: äöü ÄÖÜ ß €.',
    }),
    aContact({ id: 'c-ole', firstName: 'Ole', lastName: '', birthday: '--02-29', emails: ['ole@nordlicht.example'] }),
    aContact({ id: 'c-mal', firstName: '=HYPERLINK("http://evil.example")', lastName: '@SUM(A1)', notes: '-2+3', organisation: '+49 Firma', role: '\tTab' }),
  ];
}

/** The fields a format carries, for comparing a round trip. */
function portable(contact: Pick<Contact, 'firstName' | 'lastName' | 'role' | 'organisation' | 'department' | 'emails' | 'phones' | 'tags' | 'birthday' | 'notes'>) {
  const { firstName, lastName, role, organisation, department, emails, phones, tags, birthday, notes } = contact;
  return { firstName, lastName, role, organisation, department, emails, phones, tags, birthday, notes };
}

async function roundTrip(format: 'csv' | 'vcard' | 'vcard3', language: 'de' | 'en' = 'de') {
  const source = transferHarness({ contacts: journal() });
  const file = source.transfer.export(format, language);
  const target = transferHarness();
  const preview = await target.transfer.preview(new TextEncoder().encode(file.content), file.fileName);
  expect(preview.problems).toEqual([]);
  await target.transfer.confirmImport(preview.importId, []);
  return { source: source.store, target: target.store, file };
}

describe('round trips: export, import into an empty journal, compare', () => {
  it.each(['vcard', 'vcard3'] as const)('%s keeps every field vCard carries, anniversaries with kind and label', async (format) => {
    const { source, target } = await roundTrip(format);
    const byName = (c: Contact) => `${c.firstName}|${c.lastName}`;
    const imported = [...target.contacts.values()].sort((a, b) => byName(a).localeCompare(byName(b)));
    const original = [...source.contacts.values()].sort((a, b) => byName(a).localeCompare(byName(b)));
    expect(imported.map(portable)).toEqual(original.map(portable));
    const erika = imported.find((c) => c.firstName === 'Erika');
    expect(erika?.anniversaries.map(({ kind, label, date }) => ({ kind, label, date }))).toEqual([
      { kind: 'work', label: '10 Jahre', date: '2015-04-01' },
      { kind: 'wedding', label: '', date: '--06-12' },
    ]);
  });

  it.each(['de', 'en'] as const)('CSV (%s headers) keeps names, work, e-mails, phones, tags, birthdays and notes', async (language) => {
    const { source, target } = await roundTrip('csv', language);
    const sorted = (contacts: Iterable<Contact>) => [...contacts].map(portable).sort((a, b) => a.firstName.localeCompare(b.firstName));
    expect(sorted(target.contacts.values())).toEqual(sorted(source.contacts.values()));
  });

  it('re-importing a vCard export updates the same contacts instead of duplicating them', async () => {
    const { transfer } = transferHarness({ contacts: journal() });
    const file = transfer.export('vcard');
    const preview = await transfer.preview(new TextEncoder().encode(file.content), file.fileName);
    expect(preview.items.map((item) => item.duplicate?.reason)).toEqual(['sameId', 'sameId', 'sameId']);
    expect(preview.counts).toMatchObject({ create: 0 });
  });

  it('a JSON backup holds the whole journal and restores into an empty one', async () => {
    const source = transferHarness({ contacts: journal() });
    const file = source.transfer.export('json');
    const parsed = JSON.parse(file.content) as { contacts: Contact[]; schemaVersion: number };
    expect(parsed.contacts.map((c) => c.id).sort()).toEqual(['c-erika', 'c-mal', 'c-ole']);
    const target = transferHarness();
    await target.transfer.backups.restoreFromText(file.content, file.fileName);
    expect([...target.store.contacts.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...source.store.contacts.values()].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(target.store.backups).toEqual(['pre-restore']);
  });
});

describe('CSV export', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+49 221 1', "'+49 221 1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Müller', 'Müller'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralizes %j as %j', (cell, expected) => {
    expect(neutralizeCell(cell)).toBe(expected);
  });

  it('writes Outlook headers, a BOM, German dates and no cell a spreadsheet would run', () => {
    const { content } = transferHarness({ contacts: journal() }).transfer.export('csv', 'de');
    expect(content.startsWith('\ufeff"Vorname","Nachname","Firma"')).toBe(true);
    const rows = Papa.parse<string[]>(content.slice(1), { skipEmptyLines: true }).data;
    const header = rows[0]!;
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const erika = rows.find((row) => row[0] === 'Erika')!;
    expect(erika[header.indexOf('Geburtstag')]).toBe('29.2.1976');
    const ole = rows.find((row) => row[0] === 'Ole')!;
    expect(ole[header.indexOf('Geburtstag')]).toBe('29.2.1604');
  });
});

describe('iCalendar export', () => {
  function events(language: 'de' | 'en' = 'de') {
    const { content } = transferHarness({ contacts: journal() }).transfer.export('ics', language);
    const calendar = new ICAL.Component(ICAL.parse(content));
    return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  }

  it('makes yearly all-day events with UIDs built from record ids', () => {
    const all = events();
    expect(all.map((e) => e.uid).sort()).toEqual([
      'c-erika-anniversary-a-wed@plausch.app',
      'c-erika-anniversary-a-work@plausch.app',
      'c-erika-birthday@plausch.app',
      'c-erika-family-f-lena-birthday@plausch.app',
      'c-erika-family-f-lena-school-start@plausch.app',
      'c-ole-birthday@plausch.app',
    ]);
    for (const event of all) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.component.getFirstPropertyValue('rrule')?.toString()).toMatch(/^FREQ=YEARLY/);
    }
    const school = all.find((e) => e.uid.includes('school'))!;
    expect(school.startDate.toString()).toBe('2024-09-05');
    expect(school.summary).toBe('Schulstart: Lena (Familie von Erika Müller-Lüdenscheidt)');
  });

  it('puts a Feb 29 birthday on the last day of February in other years', () => {
    const erika = events().find((e) => e.uid === 'c-erika-birthday@plausch.app')!;
    expect(erika.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
    expect(erika.startDate.toString()).toBe('1976-02-29');
    const iterator = erika.iterator();
    const days = Array.from({ length: 6 }, () => iterator.next()?.toString());
    expect(days).toEqual(['1976-02-29', '1977-02-28', '1978-02-28', '1979-02-28', '1980-02-29', '1981-02-28']);
    expect(erika.summary).toBe('Geburtstag: Erika Müller-Lüdenscheidt (*1976)');
  });

  it('gives a year-less birthday no age and starts it in the current year', () => {
    const ole = events('en').find((e) => e.uid === 'c-ole-birthday@plausch.app')!;
    expect(ole.summary).toBe('Birthday: Ole');
    expect(ole.startDate.toString()).toBe('2025-02-28');
    const iterator = ole.iterator();
    expect([iterator.next()?.toString(), iterator.next()?.toString(), iterator.next()?.toString(), iterator.next()?.toString()]).toEqual([
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it('is stable: the same journal exports the same UIDs twice', () => {
    expect(events().map((e) => e.uid)).toEqual(events().map((e) => e.uid));
  });
});
