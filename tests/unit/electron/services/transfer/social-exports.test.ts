// LinkedIn's and XING's contact lists: recognised by their header (after LinkedIn's preamble), every contact extern,
// met on the day of connecting, at the network, with the profile's address in the notes.
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../../../electron/main/services/transfer/parse-import';
import { connectedOnDate } from '../../../../../electron/main/services/transfer/social-exports';
import { fixture, transferHarness } from './helpers';

const contactsOf = (name: string) => parseImportFile(fixture(name), name);
const parseText = (text: string, name = 'kontakte.csv') => parseImportFile(new TextEncoder().encode(text), name);

describe('LinkedIn connections', () => {
  it('finds the header after the preamble and reads name, company, position, e-mail, connected on and the profile', () => {
    const { format, candidates, problems } = contactsOf('linkedin-connections.csv');
    expect(format).toBe('csv-linkedin');
    expect(problems).toEqual([]);
    const [svenja, tobias] = candidates.map((c) => c.contact);
    expect(svenja).toMatchObject({
      firstName: 'Svenja',
      lastName: 'Kröger',
      organisation: 'Hafenlogistik GmbH',
      role: 'Executive Assistant to the CEO',
      emails: ['svenja.kroeger@hafenlogistik.example'],
      metOn: '2024-03-15',
      metAt: 'LinkedIn',
      relation: 'external',
      notes: 'LinkedIn: https://www.linkedin.com/in/svenja-kroeger-example',
    });
    expect(tobias).toMatchObject({ organisation: 'Ehrlich & Partner, Rechtsanwälte', emails: [], metOn: '2019-01-02', relation: 'external' });
    // The preamble's lines are no records.
    expect(candidates).toHaveLength(2);
  });

  it('reads the older export without preamble and URL column', () => {
    const { format, candidates } = contactsOf('linkedin-connections-legacy.csv');
    expect(format).toBe('csv-linkedin');
    expect(candidates.map((c) => c.contact)).toEqual([
      expect.objectContaining({ firstName: 'Marta', lastName: 'Nowak', organisation: 'Bernstein Consulting', metOn: '2017-09-07', metAt: 'LinkedIn', relation: 'external', notes: '' }),
      expect.objectContaining({ firstName: 'Jens', lastName: 'Albers', role: 'Freelance Event Manager', metOn: '2021-02-28', relation: 'external' }),
    ]);
  });

  it('keeps them extern through the preview and into the journal, whatever their e-mail domain', async () => {
    const { transfer, store } = transferHarness();
    const preview = await transfer.preview(fixture('linkedin-connections.csv'), 'Connections.csv');
    expect(preview.format).toBe('csv-linkedin');
    // The groups propose what the file says, and say so, rather than a domain's guess.
    expect(preview.domainGroups.map((group) => [group.relation, group.reason])).toEqual(preview.domainGroups.map(() => ['external', 'stated']));
    expect(preview.domainGroups.length).toBeGreaterThan(0);
    await transfer.confirmImport(preview.importId, []);
    const svenja = [...store.contacts.values()].find((c) => c.firstName === 'Svenja');
    expect(svenja).toMatchObject({ relation: 'external', metAt: 'LinkedIn', metOn: '2024-03-15' });
  });

  it('reports a "connected on" it cannot read, and keeps the contact', () => {
    const { candidates, problems } = parseText('First Name,Last Name,Email Address,Company,Position,Connected On\nAnna,Berg,,,,irgendwann\n');
    expect(candidates[0]?.contact).toMatchObject({ firstName: 'Anna', metAt: 'LinkedIn' });
    expect(candidates[0]?.contact.metOn).toBeUndefined();
    expect(problems).toEqual([{ record: 1, code: 'invalidDate', field: 'metOn', value: 'irgendwann' }]);
  });
});

describe('XING contact lists', () => {
  it('reads the German list: name, company, position, e-mail, contact since, tags, memo and profile', () => {
    const { format, candidates, problems } = contactsOf('xing-contacts.csv');
    expect(format).toBe('csv-xing');
    expect(problems).toEqual([]);
    const [carla, henrik] = candidates.map((c) => c.contact);
    expect(carla).toMatchObject({
      firstName: 'Carla',
      lastName: 'Brandt',
      organisation: 'Brandt Immobilien GmbH',
      role: 'Assistenz des Vorstands',
      emails: ['c.brandt@brandt-immobilien.example'],
      metOn: '2016-05-12',
      metAt: 'XING',
      relation: 'external',
      tags: ['Assistenz-Netzwerk', 'Hamburg'],
      notes: 'Kennen uns vom Office-Management-Tag\nXING: https://www.xing.com/profile/Carla_Brandt_example',
    });
    expect(henrik).toMatchObject({ firstName: 'Henrik', metOn: '2021-11-03', metAt: 'XING', relation: 'external' });
  });

  it('reads a list made from XING\'s contact list in English, with the last name under "Name"', () => {
    const { format, candidates } = parseText(
      'Name,First Name,Organisation,Title,Note,Xing-Profile\nBrandt,Carla,Brandt Immobilien GmbH,Assistenz des Vorstands,,https://www.xing.com/profile/Carla_Brandt_example\n',
    );
    expect(format).toBe('csv-xing');
    expect(candidates[0]?.contact).toMatchObject({
      firstName: 'Carla',
      lastName: 'Brandt',
      organisation: 'Brandt Immobilien GmbH',
      role: 'Assistenz des Vorstands',
      relation: 'external',
      metAt: 'XING',
      notes: 'XING: https://www.xing.com/profile/Carla_Brandt_example',
    });
  });
});

describe('the header after a preamble', () => {
  it('is looked for only after lines of one cell: a file that is neither still gets the unknown-layout error', () => {
    expect(() => parseText('Firma,Ort\nNotes:\nFirst Name,Last Name\nAnna,Berg\n')).toThrow(
      expect.objectContaining({ code: 'importUnknownLayout', details: expect.objectContaining({ found: ['Firma', 'Ort'] }) }),
    );
    expect(() => parseText('Notes:\n"Ein Absatz, mit Komma"\n\nFirma,Ort\nACME,Köln\n')).toThrow(
      expect.objectContaining({ code: 'importUnknownLayout', details: expect.objectContaining({ found: ['Notes:'] }) }),
    );
  });
});

describe('the day two people connected', () => {
  it.each([
    ['15 Mar 2024', '2024-03-15'],
    ['5 May 2020', '2020-05-05'],
    ['02 Dec 2019', '2019-12-02'],
    ['15. März 2024', '2024-03-15'],
    ['1 Okt 2022', '2022-10-01'],
    ['2024-03-15', '2024-03-15'],
    ['15.03.2024', '2024-03-15'],
    ['2021-11-03T09:15:00Z', '2021-11-03'],
    ['31 Feb 2024', '31 Feb 2024'],
    ['15 Foo 2024', '15 Foo 2024'],
    ['--03-15', '--03-15'],
  ])('%s → %s', (value, expected) => {
    expect(connectedOnDate(value)).toBe(expected);
  });
});
