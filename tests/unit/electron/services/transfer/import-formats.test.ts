import { describe, expect, it } from 'vitest';
import { parseImportedDate } from '../../../../../electron/main/services/transfer/candidate';
import { parseImportFile } from '../../../../../electron/main/services/transfer/parse-import';
import { fixture } from './helpers';

const contactsOf = (name: string) => parseImportFile(fixture(name), name);

describe('vCard import', () => {
  it('reads desktop Outlook 2.1: Windows-1252, quoted-printable with soft breaks, bare types, year-less Feb 29', () => {
    const { format, candidates, problems } = contactsOf('outlook-2.1-windows-1252.vcf');
    expect(format).toBe('vcard');
    // The card's photo is only the start of a JPEG: it is left out, and said so.
    expect(problems).toEqual([{ record: 1, code: 'photoLeftOut', field: 'photo', value: 'unreadable' }]);
    const [juergen, anna] = candidates.map((c) => c.contact);
    expect(juergen).toMatchObject({
      firstName: 'Jürgen',
      lastName: 'Müller',
      organisation: 'Stadtwerke Köln',
      department: 'Einkauf',
      role: 'Leiter Geschäftsstelle',
      emails: ['juergen.mueller@stadtwerke-koeln.example'],
      phones: ['+49 221 123456', '0171 555 1234'],
      birthday: '1975-04-14',
    });
    expect(juergen?.notes).toBe('Mag Espresso, keinen Filterkaffee.\nKinder: Lena (8) und Paul – nein: „Zitat“; Preis 5 €.');
    expect(juergen?.anniversaries).toEqual([expect.objectContaining({ kind: 'other', date: '2001-05-06' })]);
    expect(anna).toMatchObject({ firstName: 'Anna', lastName: 'Schmidt', organisation: 'Kanzlei Schmidt & Partner', birthday: '--02-29' });
  });

  it('reads 3.0 with groups, escapes, folded lines and a year-less birthday', () => {
    const [eloise] = contactsOf('google-3.0.vcf').candidates.map((c) => c.contact);
    expect(eloise).toMatchObject({
      firstName: 'Éloïse',
      lastName: 'Dubois',
      organisation: 'Maison Dubois, SARL',
      department: 'Direction',
      role: 'Assistante de direction',
      birthday: '--04-01',
      tags: ['Netzwerk'],
      phones: ['+33 6 12 34 56 78'],
    });
    expect(eloise?.notes).toBe('Première ligne\nZweite Zeile mit Komma, Semikolon; und Backslash \\ ende.');
  });

  it('reads 4.0 with tel: URIs, --MMDD birthdays and anniversaries', () => {
    const [ole] = contactsOf('apple-4.0.vcf').candidates.map((c) => c.contact);
    expect(ole).toMatchObject({ firstName: 'Ole', lastName: 'Hansen', phones: ['+49-40-555-0100'], birthday: '--07-04' });
    expect(ole?.anniversaries).toEqual([expect.objectContaining({ date: '2010-06-12' })]);
  });
});

describe('CSV import', () => {
  it('reads Outlook German in Windows-1252: dates like 14.4.1975, 0.0.00 as none, categories, multi-line notes', () => {
    const { format, candidates, problems } = contactsOf('outlook-desktop-de.csv');
    expect(format).toBe('csv-outlook');
    const [juergen, grete] = candidates.map((c) => c.contact);
    expect(juergen).toMatchObject({
      firstName: 'Jürgen',
      lastName: 'Müller',
      organisation: 'Stadtwerke Köln',
      department: 'Einkauf',
      role: 'Leiter',
      emails: ['juergen.mueller@stadtwerke.example', 'jm@privat.example'],
      phones: ['+49 221 123456', '0171 5551234'],
      birthday: '1975-04-14',
      tags: ['Kunden', 'VIP'],
      anniversaries: [],
    });
    expect(juergen?.notes).toBe('Mag Espresso.\nKinder: Lena, Paul – „Schulstart“ im September.');
    expect(grete).toMatchObject({ lastName: 'Weiß', organisation: 'Weiß & Söhne', anniversaries: [expect.objectContaining({ date: '2001-05-06' })] });
    expect(grete?.birthday).toBeUndefined();
    expect(problems).toEqual([{ record: 3, code: 'noName' }]);
  });

  it('reads Outlook German with semicolons in UTF-8', () => {
    const [juergen] = contactsOf('outlook-desktop-de-semicolon-utf8.csv').candidates.map((c) => c.contact);
    expect(juergen).toMatchObject({ firstName: 'Jürgen', organisation: 'Stadtwerke Köln', birthday: '1975-04-14' });
  });

  it('reads Outlook English (desktop and web): 4/14/1975, 0/0/00 and 1/1/4501 as none, Title is not the job', () => {
    const [john, mary] = contactsOf('outlook-desktop-en.csv').candidates.map((c) => c.contact);
    expect(john).toMatchObject({ firstName: 'John', role: 'Head of Sales', department: 'Sales', birthday: '1975-04-14', anniversaries: [], tags: ['Clients'] });
    expect(mary?.birthday).toBeUndefined();
    const [priya] = contactsOf('outlook-web.csv').candidates.map((c) => c.contact);
    expect(priya).toMatchObject({ organisation: 'Contoso', role: 'EA to the CEO', phones: ['+1 425 555 0100'], birthday: '1988-09-03' });
  });

  it('reads Google (BOM, ::: between values, --MM-DD, system labels dropped) current and legacy', () => {
    const { format, candidates } = contactsOf('google-current.csv');
    expect(format).toBe('csv-google');
    expect(candidates[0]?.contact).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Adler',
      organisation: 'Adler AG',
      department: 'Vorstand',
      role: 'Assistenz der Geschäftsführung',
      birthday: '--02-29',
      emails: ['zoe@adler.example', 'zoe.adler@mail.example'],
      phones: ['+49 170 1111111'],
      tags: ['Netzwerk', 'Assistenz'],
      anniversaries: [expect.objectContaining({ kind: 'other', date: '2012-09-01', label: '' })],
    });
    const [karl] = contactsOf('google-legacy.csv').candidates.map((c) => c.contact);
    expect(karl).toMatchObject({ firstName: 'Karl Heinz', lastName: 'Berger', organisation: 'Berger Bau', role: 'Inhaber', birthday: '1960-12-24', tags: ['Golf'] });
  });
});

describe('imported dates', () => {
  it.each([
    ['1975-04-14', '1975-04-14'],
    ['19750414', '1975-04-14'],
    ['--04-14', '--04-14'],
    ['--0414', '--04-14'],
    ['14.4.1975', '1975-04-14'],
    ['14.04.75', '1975-04-14'],
    ['4/14/1975', '1975-04-14'],
    ['14/4/1975', '1975-04-14'],
    ['1604-04-14', '--04-14'],
    ['1975-04-14T00:00:00Z', '1975-04-14'],
    ['0.0.00', ''],
    ['0/0/00', ''],
    ['1/1/4501', ''],
    ['', ''],
    ['31.2.1975', null],
    ['someday', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseImportedDate(raw)).toBe(expected);
  });
});
