// Family, anniversaries, interests and groups through vCards (issue 14): Apple's and Google's grouped related names and
// dates (3.0), vCard 4's RELATED, ANNIVERSARY and INTEREST, Google's system groups, and Plausch's own export read back
// with every field it wrote, once.
import { describe, expect, it } from 'vitest';
import type { Contact, ContactInput } from '../../../../../shared/model';
import { contactsToVcards, type VcardVersion } from '../../../../../electron/main/services/transfer/export-vcard';
import { parseImportFile } from '../../../../../electron/main/services/transfer/parse-import';
import { aContact } from '../../../../support/journal-fixtures';
import { fixture, transferHarness } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);
const card = (version: string, ...lines: string[]) => ['BEGIN:VCARD', `VERSION:${version}`, ...lines, 'END:VCARD', ''].join('\r\n');

function onlyContact(bytes: Uint8Array, fileName: string) {
  const { candidates, problems } = parseImportFile(bytes, fileName);
  expect(candidates).toHaveLength(1);
  return { contact: candidates[0]?.contact as ContactInput, problems };
}

/** Family and anniversaries without their new ids, in the file's order. */
const familyOf = (contact: Pick<ContactInput, 'family'>) => (contact.family ?? []).map(({ id: _id, ...member }) => member);
const anniversariesOf = (contact: Pick<ContactInput, 'anniversaries'>) => (contact.anniversaries ?? []).map(({ id: _id, ...anniversary }) => anniversary);

describe('vCard 3 from Apple and Google: related names and dates labelled in their group', () => {
  it("reads Apple's family, puts a manager in the notes, and reads its anniversary, a custom-labelled and a year-less date", () => {
    const { contact, problems } = onlyContact(fixture('apple-3.0-family.vcf'), 'apple-3.0-family.vcf');
    expect(problems).toEqual([]);
    expect(familyOf(contact)).toEqual([
      { relation: 'partner', name: 'Jonas Berger' },
      { relation: 'child', name: 'Paul' },
      // Its label comes before it in the file: the group, not the order, pairs them.
      { relation: 'child', name: 'Mia' },
      { relation: 'other', name: 'Lisa (Patenkind)' },
      { relation: 'sibling', name: 'Müller, Theo' },
      // No label at all: family all the same.
      { relation: 'other', name: 'Oma Hilde' },
    ]);
    expect(contact.notes).toBe('Trinkt Tee, keinen Kaffee.\n\nManager: Dr. Anna Roth');
    expect(anniversariesOf(contact)).toEqual([
      { kind: 'other', label: '', date: '2008-06-14' },
      { kind: 'other', label: 'Firmengründung', date: '2012-03-01' },
      { kind: 'work', label: '', date: '--09-03' },
    ]);
    expect(contact).toMatchObject({ birthday: '1978-11-23', emails: ['katrin@berger-consulting.example', 'k.berger@berger-consulting.example'] });
  });

  it("reads Google's family and anniversaries and leaves its system groups out of the tags", () => {
    const { contact, problems } = onlyContact(fixture('google-3.0-family.vcf'), 'google-3.0-family.vcf');
    expect(problems).toEqual([]);
    expect(contact.tags).toEqual(['Kunden', 'Logistik']);
    expect(familyOf(contact)).toEqual([
      { relation: 'partner', name: 'Sandra Wagner' },
      { relation: 'child', name: 'Lukas' },
    ]);
    expect(contact.notes).toBe('Assistant: Frank Meier');
    expect(anniversariesOf(contact)).toEqual([
      { kind: 'other', label: '', date: '2009-05-16' },
      { kind: 'work', label: '', date: '2014-10-01' },
    ]);
  });

  it('drops every Google system group, bare or starred, and keeps the rest as tags', () => {
    const { contact } = onlyContact(utf8(card('3.0', 'FN:Anna Berg', 'CATEGORIES:myContacts,starred,* Coworkers,Netzwerk,Starred Projects')), 'g.vcf');
    expect(contact.tags).toEqual(['Netzwerk', 'Starred Projects']);
  });

  it('takes a date labelled as a birthday for the birthday, never for an anniversary, and keeps a BDAY over it', () => {
    const withoutBday = onlyContact(utf8(card('3.0', 'FN:Anna Berg', 'item1.X-ABDATE:1980-04-14', 'item1.X-ABLabel:_$!<Birthday>!$_')), 'a.vcf').contact;
    expect(withoutBday.birthday).toBe('1980-04-14');
    expect(withoutBday.anniversaries).toEqual([]);
    const withBday = onlyContact(
      utf8(card('3.0', 'FN:Anna Berg', 'BDAY:1980-04-15', 'item1.X-ABDATE:1980-04-14', 'item1.X-ABLabel:Geburtstag')),
      'a.vcf',
    ).contact;
    expect(withBday.birthday).toBe('1980-04-15');
    expect(withBday.anniversaries).toEqual([]);
  });

  it("pairs each label with its own group only, whatever the case of the group, and reads Apple's omitted year", () => {
    const { contact } = onlyContact(
      utf8(
        card(
          '3.0',
          'FN:Anna Berg',
          'ITEM2.X-ABLABEL:_$!<Child>!$_',
          'item1.X-ABRELATEDNAMES:Jonas',
          'item2.X-ABRELATEDNAMES:Ben',
          'item1.X-ABLabel:_$!<Spouse>!$_',
          'item3.X-ABDATE;X-APPLE-OMIT-YEAR=1900:1900-12-24',
          'item3.X-ABLabel:Hochzeitstag',
          'BDAY;X-APPLE-OMIT-YEAR=1900:1900-02-29',
        ),
      ),
      'a.vcf',
    );
    expect(familyOf(contact)).toEqual([
      { relation: 'partner', name: 'Jonas' },
      { relation: 'child', name: 'Ben' },
    ]);
    expect(anniversariesOf(contact)).toEqual([{ kind: 'wedding', label: '', date: '--12-24' }]);
    expect(contact.birthday).toBe('--02-29');
  });

  it('reads the same date said twice (as Nextcloud writes it) as one anniversary, the one that says more', () => {
    const { contact } = onlyContact(
      utf8(
        card('3.0', 'FN:Nina Beispiel', 'ITEM1.X-ABDATE;VALUE=DATE-AND-OR-TIME:20181207', 'ITEM1.X-ABLABEL:Hochzeitstag', 'X-ANNIVERSARY;VALUE=DATE:20181207'),
      ),
      'n.vcf',
    );
    expect(anniversariesOf(contact)).toEqual([{ kind: 'wedding', label: '', date: '2018-12-07' }]);
  });

  it("reads Outlook's spouse from a 2.1 card, and leaves out a line of it ical.js cannot read rather than the card", () => {
    const outlook = onlyContact(utf8(card('2.1', 'N:Berg;Anna', 'X-MS-SPOUSE;N:Jonas Berg')), 'o.vcf').contact;
    expect(familyOf(outlook)).toEqual([{ relation: 'partner', name: 'Jonas Berg' }]);
    const odd = onlyContact(utf8(card('3.0', 'FN:Anna Berg', 'X-MS-SPOUSE;N:Jonas Berg', 'item1.X-ABLABEL;:x', 'EMAIL:anna@berg.example')), 'o.vcf');
    expect(odd.problems).toEqual([]);
    expect(odd.contact).toMatchObject({ firstName: 'Anna', emails: ['anna@berg.example'], family: [] });
  });
});

describe('vCard 4: RELATED, ANNIVERSARY with its label, INTEREST and HOBBY', () => {
  it('reads named relations as family or notes, skips links to other cards, and reads interests', () => {
    const { contact, problems } = onlyContact(fixture('vcard-4.0-related.vcf'), 'vcard-4.0-related.vcf');
    expect(problems).toEqual([]);
    expect(familyOf(contact)).toEqual([
      { relation: 'partner', name: 'Julien Martin' },
      { relation: 'child', name: 'Léa' },
      { relation: 'sibling', name: 'Hugo' },
      { relation: 'other', name: 'Onkel Marc' },
      { relation: 'other', name: 'Mamie Jeanne' },
    ]);
    expect(contact.notes).toBe('friend: Sophie Bernard');
    expect(anniversariesOf(contact)).toEqual([{ kind: 'wedding', label: '', date: '2005-07-02' }]);
    expect(contact.interests).toEqual(['Segeln', 'Oper, Jazz', 'Fotografie']);
    expect(contact.tags).toEqual(['Netzwerk', 'Frankreich']);
  });

  it('takes a child who is also a friend for family, and several types at once for the family word among them', () => {
    const { contact } = onlyContact(
      utf8(card('4.0', 'FN:Anna Berg', 'RELATED;TYPE=friend,child;VALUE=text:Ben', 'RELATED;TYPE=contact;VALUE=text:Ruft nur vormittags an')),
      'a.vcf',
    );
    expect(familyOf(contact)).toEqual([{ relation: 'child', name: 'Ben' }]);
    expect(contact.notes).toBe('contact: Ruft nur vormittags an');
  });
});

/** A contact with every field a vCard export carries, with the characters vCards escape in names and labels. */
function everyField(): Contact {
  return aContact({
    id: '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b',
    firstName: 'Sabine',
    lastName: 'Müller-Lüdenscheidt',
    role: 'Assistenz der Geschäftsführung',
    organisation: 'Stadtwerke Köln, GmbH',
    department: 'Vorstand; Büro',
    relation: 'external',
    emails: ['sabine@stadtwerke.example', 's.mueller@privat.example', 'sabine@verein.example'],
    phones: ['+49 221 123456', '0171 5551234', '+49 221 654321'],
    tags: ['Netzwerk', 'Kunden, VIP'],
    notes: 'Zeile eins\nZeile zwei mit „Anführung“, Komma; Semikolon und \\ Backslash.',
    birthday: '1976-02-29',
    metOn: '2019-03-14',
    metAt: 'Assistenz-Stammtisch, Köln',
    cadenceDays: 45,
    family: [
      { id: 'f-paul', name: 'Paul', relation: 'child', birthday: '2018-09-03', schoolStart: '2024-09-05' },
      { id: 'f-mia', name: 'Mia; die Kleine', relation: 'child', birthday: '--05-17' },
      { id: 'f-jonas', name: 'Jonas, Dr.', relation: 'partner' },
      { id: 'f-ingrid', name: 'Ingrid', relation: 'parent' },
      { id: 'f-tom', name: 'Tom', relation: 'sibling' },
      { id: 'f-lisa', name: 'Lisa (Patenkind)', relation: 'other' },
    ],
    anniversaries: [
      { id: 'a-work', kind: 'work', label: '10 Jahre', date: '2015-04-01' },
      { id: 'a-wed', kind: 'wedding', label: '', date: '--06-12' },
      { id: 'a-other', kind: 'other', label: 'Sekt "Brut" ^ Co., Gründung', date: '1999-10-01' },
      { id: 'a-plain', kind: 'other', label: '', date: '2001-01-01' },
    ],
    interests: ['Golf', 'Kochen, Backen'],
    commonGround: ['Beide aus Köln', 'Hund; Dackel'],
    giftIdeas: ['Kochbuch', 'Karten für die Oper, Parkett'],
  });
}

/** The contact as an import gives it: no id, no family or anniversary ids, no timestamps, not archived. */
function asImported(contact: Contact | ContactInput) {
  const { firstName, lastName, role, organisation, department, relation, emails, phones, tags, notes, birthday } = contact as Contact;
  const { metOn, metAt, cadenceDays, interests, commonGround, giftIdeas } = contact as Contact;
  return {
    ...{ firstName, lastName, role, organisation, department, relation, emails, phones, tags, notes, birthday, metOn, metAt, cadenceDays },
    ...{ interests, commonGround, giftIdeas, family: familyOf(contact), anniversaries: anniversariesOf(contact) },
  };
}

const lines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

describe("Plausch's own vCards: everything out and back in", () => {
  it.each(['3.0', '4.0'] as const)('vCard %s: a contact with every field comes back the same', (version: VcardVersion) => {
    const contact = everyField();
    const { candidates, problems } = parseImportFile(utf8(contactsToVcards([contact], version, 'de')), 'plausch.vcf');
    expect(problems).toEqual([]);
    expect(candidates.map((candidate) => asImported(candidate.contact))).toEqual([asImported(contact)]);
    expect(candidates[0]?.sourceId).toBe(contact.id);
  });

  it('writes vCard 3 family and dates as Apple does, and what only Plausch holds in its own lines', () => {
    const written = lines(contactsToVcards([everyField()], '3.0', 'de'));
    expect(written).toEqual(
      expect.arrayContaining([
        'item1.X-ABRELATEDNAMES:Paul',
        'item1.X-ABLabel:_$!<Child>!$_',
        'item2.X-ABRELATEDNAMES:Mia\\; die Kleine',
        'item3.X-ABRELATEDNAMES:Jonas\\, Dr.',
        'item3.X-ABLabel:_$!<Partner>!$_',
        'item4.X-ABLabel:_$!<Parent>!$_',
        'item5.X-ABRELATEDNAMES:Tom',
        'item5.X-ABLabel:Geschwister',
        'item6.X-ABLabel:_$!<Other>!$_',
        'item7.X-ABDATE:2015-04-01',
        'item7.X-ABLabel:10 Jahre',
        'item8.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-06-12',
        'item8.X-ABLabel:_$!<Anniversary>!$_',
        'item9.X-ABLabel:Sekt "Brut" ^ Co.\\, Gründung',
        'item10.X-ABDATE:2001-01-01',
        'item10.X-ABLabel:_$!<Other>!$_',
        'INTEREST:Golf',
        'INTEREST:Kochen\\, Backen',
        'X-PLAUSCH-FAMILY;RELATION=child;BDAY="2018-09-03";SCHOOLSTART="2024-09-05":Paul',
        'X-PLAUSCH-FAMILY;RELATION=partner:Jonas\\, Dr.',
        `X-PLAUSCH-ANNIVERSARY;TYPE=other;LABEL="Sekt ^'Brut^' ^^ Co., Gründung":1999-10-01`,
        'X-PLAUSCH-RELATION:external',
        'X-PLAUSCH-MET-ON:2019-03-14',
        'X-PLAUSCH-MET-AT:Assistenz-Stammtisch\\, Köln',
        'X-PLAUSCH-COMMON-GROUND:Hund\\; Dackel',
        'X-PLAUSCH-GIFT-IDEA:Karten für die Oper\\, Parkett',
        'X-PLAUSCH-CADENCE:45',
      ]),
    );
    expect(written.filter((line) => line.startsWith('RELATED') || line.startsWith('ANNIVERSARY'))).toEqual([]);
    expect(lines(contactsToVcards([everyField()], '3.0', 'en'))).toContain('item5.X-ABLabel:Sibling');
  });

  it("writes vCard 4 family as RELATED, the wedding as the one ANNIVERSARY, and another date's words as its label", () => {
    const written = lines(contactsToVcards([everyField()], '4.0', 'de'));
    expect(written.filter((line) => /^(RELATED|ANNIVERSARY)[;:]/.test(line))).toEqual([
      'RELATED;TYPE=child;VALUE=text:Paul',
      'RELATED;TYPE=child;VALUE=text:Mia\\; die Kleine',
      'RELATED;TYPE=spouse;VALUE=text:Jonas\\, Dr.',
      'RELATED;TYPE=parent;VALUE=text:Ingrid',
      'RELATED;TYPE=sibling;VALUE=text:Tom',
      'RELATED;TYPE=kin;VALUE=text:Lisa (Patenkind)',
      'ANNIVERSARY:--0612',
    ]);
    expect(written.some((line) => line.includes('X-AB'))).toBe(false);
    const work = aContact({ anniversaries: [{ id: 'a', kind: 'work', label: '', date: '2015-04-01' }] });
    expect(lines(contactsToVcards([work], '4.0', 'de'))).toContain('ANNIVERSARY;LABEL="Dienstjubiläum":20150401');
  });

  it('reads a standard-only copy of the export (its X-PLAUSCH- lines cut) as family, anniversaries and interests all the same', () => {
    for (const version of ['3.0', '4.0'] as const) {
      const standard = lines(contactsToVcards([everyField()], version, 'en'))
        .filter((line) => !line.startsWith('X-PLAUSCH-'))
        .join('\r\n');
      const { contact } = onlyContact(utf8(standard), 'other-app.vcf');
      expect(familyOf(contact).map(({ relation, name }) => `${relation} ${name}`)).toEqual([
        'child Paul',
        'child Mia; die Kleine',
        'partner Jonas, Dr.',
        'parent Ingrid',
        'sibling Tom',
        'other Lisa (Patenkind)',
      ]);
      expect(contact.interests).toEqual(['Golf', 'Kochen, Backen']);
      const dates = version === '3.0' ? ['2015-04-01', '--06-12', '1999-10-01', '2001-01-01'] : ['--06-12'];
      expect(anniversariesOf(contact).map(({ date }) => date)).toEqual(dates);
    }
  });

  it.each(['vcard', 'vcard3'] as const)('%s: importing the export again into the same journal doubles no family or anniversary', async (format) => {
    const { transfer, store } = transferHarness({ contacts: [everyField()] });
    const before = store.contacts.get(everyField().id) as Contact;
    const file = transfer.export(format, 'de');
    const preview = await transfer.preview(utf8(file.content), file.fileName);
    expect(preview.items.map((item) => item.duplicate?.reason)).toEqual(['sameId']);
    expect(preview.items[0]?.contact.family).toHaveLength(before.family.length);
    expect(preview.items[0]?.contact.anniversaries).toHaveLength(before.anniversaries.length);
    await transfer.confirmImport(preview.importId, []);
    const after = store.contacts.get(before.id) as Contact;
    expect(after.family).toEqual(before.family);
    expect(after.anniversaries).toEqual(before.anniversaries);
    expect(after.interests).toEqual(before.interests);
  });
});
