// Family, interests, anniversaries and groups from Outlook's and Google's CSV, and Plausch's own Outlook CSV read back:
// what it keeps, and exactly what it loses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../../shared/model';
import { contactsToCsv } from '../../../../../electron/main/services/transfer/export-csv';
import { parseImportFile } from '../../../../../electron/main/services/transfer/parse-import';
import { aContact } from '../../../../support/journal-fixtures';
import { FIXTURES } from './helpers';

/** The header of a fixture file (the real column names of that export), its delimiter, and its text decoded. */
function headerOf(name: string, encoding: BufferEncoding = 'utf8'): { header: string[]; delimiter: string } {
  const text = readFileSync(join(FIXTURES, name), encoding).replace(/^\ufeff/, '');
  const firstLine = text.slice(0, text.search(/\r?\n/));
  const delimiter = firstLine.includes(';') ? ';' : ',';
  return { header: Papa.parse<string[]>(firstLine, { delimiter }).data[0] ?? [], delimiter };
}

/** A file with that export's header and one row per record, each filled in by column name. */
function fileLike(name: string, records: Record<string, string>[], extraColumns: string[] = []): Uint8Array {
  const { header: real, delimiter } = headerOf(name, name === 'outlook-desktop-de.csv' ? 'latin1' : 'utf8');
  const header = [...real, ...extraColumns];
  for (const record of records) for (const column of Object.keys(record)) expect(header, `column ${column}`).toContain(column);
  const rows = records.map((record) => header.map((column) => record[column] ?? ''));
  return new TextEncoder().encode(Papa.unparse({ fields: header, data: rows }, { delimiter, newline: '\r\n' }));
}

const contactsIn = (bytes: Uint8Array) => {
  const parsed = parseImportFile(bytes, 'kontakte.csv');
  return { ...parsed, contacts: parsed.candidates.map((c) => c.contact) };
};

const family = (contact: { family?: { relation: string; name: string }[] } | undefined) => contact?.family?.map(({ relation, name }) => ({ relation, name }));

describe('Outlook: children, partner, hobby, anniversary, manager and assistant', () => {
  it('German desktop: Kinder split on semicolons, Partner, Hobby, Jahrestag, Vorgesetzte(r) and Assistent(in) in the notes', () => {
    const { contacts, format, problems } = contactsIn(
      fileLike('outlook-desktop-de-semicolon-utf8.csv', [
        {
          Vorname: 'Jürgen',
          Nachname: 'Müller',
          Kinder: 'Paul; Mia',
          Partner: 'Jonas Weber',
          Hobby: 'Golf, Segeln',
          Jahrestag: '12.6.2010',
          'Name des/r Vorgesetzten': 'Dr. Weber',
          'Assistent(in)': 'Frau Kurz',
          'Telefon Assistent': '+49 221 999',
          Notizen: 'Mag Espresso.',
          Pager: '0170 1',
          'Mobiltelefon 2': '0170 2',
        },
      ]),
    );
    expect(format).toBe('csv-outlook');
    expect(problems).toEqual([]);
    const [juergen] = contacts;
    expect(family(juergen)).toEqual([
      { relation: 'child', name: 'Paul' },
      { relation: 'child', name: 'Mia' },
      { relation: 'partner', name: 'Jonas Weber' },
    ]);
    expect(juergen?.interests).toEqual(['Golf', 'Segeln']);
    expect(juergen?.anniversaries).toEqual([expect.objectContaining({ kind: 'other', label: '', date: '2010-06-12' })]);
    expect(juergen?.notes).toBe('Mag Espresso.\nVorgesetzte(r): Dr. Weber\nAssistent(in): Frau Kurz, +49 221 999');
    // The assistant's number is not the contact's; the other phone columns are.
    expect(juergen?.phones).toEqual(['0170 2', '0170 1']);
  });

  it('English desktop: Children split on commas, Spouse, Hobby with semicolons, Manager and Assistant', () => {
    const { contacts } = contactsIn(
      fileLike('outlook-desktop-en.csv', [
        { 'First Name': 'John', 'Last Name': 'Smith', Children: 'Paul, Mia', Spouse: 'Jane Smith', Hobby: 'Golf; Wine, mostly Riesling', Anniversary: '6/12/2010', "Manager's Name": 'Ann Lee', "Assistant's Name": 'Kim Kurz' },
      ]),
    );
    const [john] = contacts;
    expect(family(john)).toEqual([
      { relation: 'child', name: 'Paul' },
      { relation: 'child', name: 'Mia' },
      { relation: 'partner', name: 'Jane Smith' },
    ]);
    expect(john?.interests).toEqual(['Golf', 'Wine, mostly Riesling']);
    expect(john?.anniversaries).toEqual([expect.objectContaining({ date: '2010-06-12' })]);
    expect(john?.notes).toBe('Manager: Ann Lee\nAssistant: Kim Kurz');
  });

  it('web: Spouse, Hobby and Anniversary (the web export has no Children column)', () => {
    const { contacts } = contactsIn(fileLike('outlook-web.csv', [{ 'First Name': 'Priya', 'Last Name': 'Patel', Spouse: 'Raj Patel', Hobby: 'Yoga', Anniversary: '3/9/2015' }]));
    expect(family(contacts[0])).toEqual([{ relation: 'partner', name: 'Raj Patel' }]);
    expect(contacts[0]).toMatchObject({ interests: ['Yoga'], anniversaries: [expect.objectContaining({ date: '2015-03-09' })] });
  });

  it('leaves family, interests and notes empty when the columns are', () => {
    const { contacts } = contactsIn(fileLike('outlook-desktop-en.csv', [{ 'First Name': 'Mary', 'Last Name': 'Jones' }]));
    expect(contacts[0]).toMatchObject({ family: [], interests: [], notes: '' });
  });
});

describe('Google: Relation N, Event N and groups', () => {
  const extra = ['Relation 2 - Label', 'Relation 2 - Value', 'Relation 3 - Label', 'Relation 3 - Value', 'Relation 4 - Label', 'Relation 4 - Value', 'Event 2 - Label', 'Event 2 - Value', 'Event 3 - Label', 'Event 3 - Value', 'Event 4 - Label', 'Event 4 - Value'];

  it('current: related people by label (several in one cell with :::), events by label, system groups dropped', () => {
    const { contacts, format, problems } = contactsIn(
      fileLike(
        'google-current.csv',
        [
          {
            'First Name': 'Zoë',
            'Last Name': 'Adler',
            Labels: '* myContacts ::: Netzwerk ::: * starred ::: starred ::: myContacts ::: VIP',
            'Relation 1 - Label': 'Spouse',
            'Relation 1 - Value': 'Jonas',
            'Relation 2 - Label': 'Child',
            'Relation 2 - Value': 'Paul ::: Mia',
            'Relation 3 - Label': 'Patenkind',
            'Relation 3 - Value': 'Lisa',
            'Relation 4 - Label': 'Manager',
            'Relation 4 - Value': 'Dr. Weber',
            'Event 1 - Label': 'Anniversary',
            'Event 1 - Value': '2012-09-01',
            'Event 2 - Label': 'Hochzeitstag',
            'Event 2 - Value': '--06-12',
            'Event 3 - Label': 'Firmengründung',
            'Event 3 - Value': '1999-10-01',
            'Event 4 - Label': 'birthday',
            'Event 4 - Value': '1980-02-03',
            Notes: 'Trinkt Tee',
          },
        ],
        extra,
      ),
    );
    expect(format).toBe('csv-google');
    expect(problems).toEqual([]);
    const [zoe] = contacts;
    expect(family(zoe)).toEqual([
      { relation: 'partner', name: 'Jonas' },
      { relation: 'child', name: 'Paul' },
      { relation: 'child', name: 'Mia' },
      { relation: 'other', name: 'Lisa (Patenkind)' },
    ]);
    expect(zoe?.notes).toBe('Trinkt Tee\nManager: Dr. Weber');
    expect(zoe?.anniversaries?.map(({ kind, label, date }) => ({ kind, label, date }))).toEqual([
      { kind: 'other', label: '', date: '2012-09-01' },
      { kind: 'wedding', label: '', date: '--06-12' },
      { kind: 'other', label: 'Firmengründung', date: '1999-10-01' },
    ]);
    // A birthday event is the birthday when the Birthday column is empty, and never an anniversary.
    expect(zoe?.birthday).toBe('1980-02-03');
    expect(zoe?.tags).toEqual(['Netzwerk', 'VIP']);
  });

  it('keeps the Birthday column over a birthday event', () => {
    const { contacts } = contactsIn(
      fileLike('google-current.csv', [{ 'First Name': 'Zoë', Birthday: '--02-29', 'Event 1 - Label': 'Birthday', 'Event 1 - Value': '1980-02-03' }]),
    );
    expect(contacts[0]).toMatchObject({ birthday: '--02-29', anniversaries: [] });
  });

  it('before 2023: Relation and Event with Type, Hobby as interests, Group Membership without system groups', () => {
    const { contacts } = contactsIn(
      fileLike(
        'google-legacy.csv',
        [
          {
            Name: 'Karl Heinz Berger',
            Hobby: 'Golf ::: Jagd',
            'Group Membership': '* myContacts ::: Golf ::: * Friends',
            'Relation 1 - Type': 'Mother',
            'Relation 1 - Value': 'Ingrid',
            'Event 1 - Type': 'Wedding',
            'Event 1 - Value': '1985-05-04',
          },
        ],
        ['Relation 1 - Type', 'Relation 1 - Value', 'Event 1 - Type', 'Event 1 - Value'],
      ),
    );
    const [karl] = contacts;
    expect(family(karl)).toEqual([{ relation: 'parent', name: 'Ingrid' }]);
    expect(karl).toMatchObject({ interests: ['Golf', 'Jagd'], tags: ['Golf'], anniversaries: [expect.objectContaining({ kind: 'wedding', date: '1985-05-04' })] });
  });
});

describe('Plausch → Outlook CSV → Plausch', () => {
  const sabine = aContact({
    id: 'c-sabine',
    firstName: 'Sabine',
    lastName: 'Müller-Lüdenscheidt',
    role: 'Assistenz der Geschäftsführung',
    organisation: 'Stadtwerke Köln, GmbH',
    department: 'Vorstand; Büro',
    relation: 'external',
    emails: ['sabine@stadtwerke.example', 's.mueller@privat.example', 'sabine@verein.example', 'sabine@vier.example'],
    phones: Array.from({ length: 17 }, (_, index) => `+49 221 5550${String(index).padStart(2, '0')}`),
    tags: ['Netzwerk', 'Kunden, VIP'],
    birthday: '1976-02-29',
    family: [
      { id: 'f-paul', name: 'Paul', relation: 'child', birthday: '2018-09-03', schoolStart: '2024-09-05' },
      { id: 'f-mia', name: 'Mia', relation: 'child' },
      { id: 'f-jonas', name: 'Jonas Weber', relation: 'partner' },
      { id: 'f-ingrid', name: 'Ingrid', relation: 'parent' },
      { id: 'f-tom', name: 'Tom', relation: 'sibling' },
      { id: 'f-lisa', name: 'Lisa (Patenkind)', relation: 'other' },
    ],
    anniversaries: [
      { id: 'a-wed', kind: 'wedding', label: '', date: '--06-12' },
      { id: 'a-work', kind: 'work', label: '10 Jahre', date: '2015-04-01' },
    ],
    interests: ['Golf', 'Wein, vor allem Riesling'],
    commonGround: ['Beide aus Köln'],
    giftIdeas: ['Kochbuch'],
    metOn: '2019-03-14',
    metAt: 'Assistenz-Stammtisch',
    cadenceDays: 45,
    notes: 'Zeile eins\nZeile zwei mit „Anführung“, Komma; Semikolon.',
  });

  /** The fields of `before` that `after` does not hold as they were; a list kept in part as `field:kept`. */
  function losses(before: Contact, after: Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'archived'>): string[] {
    const lost: string[] = [];
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    for (const key of ['firstName', 'lastName', 'role', 'organisation', 'department', 'birthday', 'notes', 'metOn', 'metAt', 'cadenceDays', 'relation'] as const) {
      if (!same(before[key], after[key])) lost.push(key);
    }
    for (const key of ['emails', 'phones', 'tags', 'interests', 'commonGround', 'giftIdeas'] as const) {
      if (same(before[key], after[key])) continue;
      const kept = after[key].length;
      lost.push(kept > 0 && same(before[key].slice(0, kept), after[key]) ? `${key}:${kept}` : key);
    }
    for (const member of before.family) {
      const found = after.family.find((other) => other.name === member.name && other.relation === member.relation);
      if (!found) lost.push(`family:${member.relation}`);
      else if (found.birthday !== member.birthday || found.schoolStart !== member.schoolStart) lost.push(`family:${member.relation}:dates`);
    }
    before.anniversaries.forEach((anniversary, index) => {
      const found = after.anniversaries.find((other) => other.date === anniversary.date);
      if (!found) lost.push(`anniversaries:${index}`);
      else if (found.kind !== anniversary.kind || found.label !== anniversary.label) lost.push(`anniversaries:${index}:kind`);
    });
    return lost;
  }

  it.each(['de', 'en'] as const)('(%s headers) keeps children, partner, interests, the anniversary date, tags, notes, 3 e-mails and 15 phones', (language) => {
    const { candidates, problems, format } = parseImportFile(new TextEncoder().encode(contactsToCsv([sabine], language)), 'plausch.csv');
    expect(format).toBe('csv-outlook');
    expect(problems).toEqual([]);
    const after = candidates[0]?.contact;
    expect(after).toBeDefined();
    expect(losses(sabine, { archived: false, ...after! } as Contact)).toEqual([
      // Plausch's own fields, which Outlook has no column for.
      'metOn',
      'metAt',
      'cadenceDays',
      // Stated by the file only for LinkedIn and XING; an Outlook file's contacts are sorted by e-mail domain.
      'relation',
      // Outlook's limits: three e-mail addresses, fifteen phone columns for the contact's own numbers.
      'emails:3',
      'phones:15',
      'commonGround',
      'giftIdeas',
      // Children keep their names but not their birthdays and first days at school.
      'family:child:dates',
      'family:parent',
      'family:sibling',
      'family:other',
      // Only the first anniversary fits, as a plain date: its kind is gone.
      'anniversaries:0:kind',
      'anniversaries:1',
    ]);
  });
});
