import { beforeAll, describe, expect, it } from 'vitest';
import type { Contact, ContactInput } from '../../../../shared/model';
import type { SearchHit } from '../../../../shared/views';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';

type Person = Partial<ContactInput> & { firstName: string; lastName: string; archived?: boolean };

// About fifty people as an executive assistant in a German company would know them.
const people: Person[] = [
  { firstName: 'Sabine', lastName: 'Schmitt', role: 'Leiterin Einkauf', organisation: 'Stadtwerke München' },
  { firstName: 'Sabrina', lastName: 'Schneider', role: 'Assistenz der Geschäftsführung', organisation: 'Allianz' },
  { firstName: 'Sebastian', lastName: 'Schmid', role: 'Controller', organisation: 'BMW Group' },
  { firstName: 'Stefan', lastName: 'Schmidtke', role: 'Vertrieb', organisation: 'Bosch' },
  { firstName: 'Jürgen', lastName: 'Müller', role: 'CFO', organisation: 'Henkel', tags: ['Vorstand'] },
  { firstName: 'Monika', lastName: 'Möller', role: 'Personalleiterin', organisation: 'Henkel' },
  { firstName: 'Günther', lastName: 'Mahler', role: 'Hausmeister', organisation: 'Eigenes Haus', relation: 'internal' },
  { firstName: 'Petra', lastName: 'Weiß', role: 'Office Managerin', organisation: 'Siemens Healthineers' },
  { firstName: 'Thomas', lastName: 'Weber', role: 'IT-Leiter', organisation: 'Eigenes Haus' },
  { firstName: 'Andrea', lastName: 'Wagner', role: 'Empfang', organisation: 'Eigenes Haus', interests: ['Yoga', 'Wandern'] },
  { firstName: 'Klaus', lastName: 'Becker', role: 'Geschäftsführer', organisation: 'Becker & Söhne' },
  { firstName: 'Ursula', lastName: 'Hoffmann', role: 'Vorstandsassistenz', organisation: 'Deutsche Bank' },
  { firstName: 'Michael', lastName: 'Schäfer', role: 'Einkauf', organisation: 'Lufthansa' },
  { firstName: 'Katrin', lastName: 'Koch', role: 'Eventmanagerin', organisation: 'Messe Frankfurt' },
  { firstName: 'Frank', lastName: 'Richter', role: 'Justiziar', organisation: 'Eigenes Haus' },
  { firstName: 'Birgit', lastName: 'Klein', role: 'Assistenz CFO', organisation: 'Eigenes Haus' },
  { firstName: 'Wolfgang', lastName: 'Wolf', role: 'Aufsichtsrat', organisation: 'Eigenes Haus' },
  { firstName: 'Sandra', lastName: 'Schröder', role: 'Pressesprecherin', organisation: 'Eigenes Haus' },
  { firstName: 'Markus', lastName: 'Neumann', role: 'Projektleiter', organisation: 'SAP' },
  { firstName: 'Claudia', lastName: 'Schwarz', role: 'Teamassistenz', organisation: 'SAP' },
  { firstName: 'Heike', lastName: 'Zimmermann', role: 'Reisestelle', organisation: 'Eigenes Haus' },
  { firstName: 'Ralf', lastName: 'Braun', role: 'Fahrer', organisation: 'Eigenes Haus' },
  { firstName: 'Susanne', lastName: 'Krüger', role: 'Steuerberaterin', organisation: 'KPMG' },
  { firstName: 'Jörg', lastName: 'Hofmann', role: 'Architekt', organisation: 'Hofmann Architekten' },
  { firstName: 'Nicole', lastName: 'Hartmann', role: 'Assistenz', organisation: 'Deloitte' },
  { firstName: 'Dirk', lastName: 'Lange', role: 'Kantinenchef', organisation: 'Eigenes Haus' },
  { firstName: 'Tanja', lastName: 'Schmitz', role: 'Assistenz Vorstand', organisation: 'RWE' },
  { firstName: 'Jens', lastName: 'Krause', role: 'Facility Manager', organisation: 'Eigenes Haus' },
  { firstName: 'Anja', lastName: 'Meier', role: 'Sekretariat', organisation: 'Universität Köln' },
  { firstName: 'Uwe', lastName: 'Lehmann', role: 'Vertriebsleiter', organisation: 'Continental' },
  { firstName: 'Karin', lastName: 'Schulz', role: 'Assistentin', organisation: 'Bayer', notes: 'Wohnt in der Goethestraße, Nachbarin der Chefin' },
  { firstName: 'Bernd', lastName: 'Köhler', role: 'Kundenbetreuer', organisation: 'Commerzbank' },
  { firstName: 'Melanie', lastName: 'Walter', role: 'Assistenz', organisation: 'Eon' },
  { firstName: 'Olaf', lastName: 'König', role: 'Bürgermeister', organisation: 'Stadt Erlangen' },
  { firstName: 'Emily', lastName: 'Johnson', role: 'Executive Assistant', organisation: 'Google', relation: 'external' },
  { firstName: 'James', lastName: 'Smith', role: 'Chief of Staff', organisation: 'Microsoft', relation: 'external' },
  { firstName: 'Sarah', lastName: 'Williams', role: 'Office Manager', organisation: 'Amazon Web Services' },
  { firstName: 'David', lastName: 'Brown', role: 'Travel Manager', organisation: 'Booking.com' },
  { firstName: 'Olivia', lastName: 'Taylor', role: 'Personal Assistant', organisation: 'HSBC' },
  { firstName: 'Liam', lastName: "O'Connor", role: 'Event Planner', organisation: 'Dublin Events' },
  { firstName: 'Chloé', lastName: 'Dubois', role: 'Assistante de direction', organisation: 'Airbus' },
  { firstName: 'Ana', lastName: 'García', role: 'Marketing', organisation: 'Telefónica' },
  { firstName: 'Mehmet', lastName: 'Yılmaz', role: 'Einkäufer', organisation: 'Ford Köln' },
  { firstName: 'Zofia', lastName: 'Nowak', role: 'Übersetzerin', organisation: 'Freiberuflich' },
  { firstName: 'Lars', lastName: 'Jensen', role: 'Chauffeur', organisation: 'Limousinenservice Nord' },
  { firstName: 'Ingrid', lastName: 'Bauer', role: 'Assistenz', organisation: 'Porsche', family: [{ id: 'f1', name: 'Lukas', relation: 'child' }] },
  { firstName: 'Hans', lastName: 'Straße', role: 'Hausverwalter', organisation: 'Immobilien Straße GmbH' },
  { firstName: 'Gabriele', lastName: 'Fuchs', role: 'Assistenz', organisation: 'Merck', commonGround: ['beide aus Würzburg'] },
  { firstName: 'Paul', lastName: 'Mueller', role: 'Praktikant', organisation: 'Eigenes Haus', archived: true },
  { firstName: 'Renate', lastName: 'Scholz', role: 'Sekretärin', organisation: 'Landratsamt', tags: ['Behörden'] },
];

let hits: (text: string) => SearchHit[];
let contacts: Contact[];
let idOf: (name: string) => string;

beforeAll(() => {
  contacts = people.map((person) => aContact(person));
  idOf = (name) => {
    const contact = contacts.find((c) => `${c.firstName} ${c.lastName}` === name);
    if (!contact) throw new Error(`no fixture ${name}`);
    return contact.id;
  };
  const interactions = [
    anInteraction({
      contactIds: [idOf('Ingrid Bauer')],
      type: 'smallTalk',
      date: '2025-05-05',
      note: 'Sie erzählte von der Einschulung ihres Sohnes Lukas im September, er freut sich schon auf die Schultüte.',
      topics: ['Familie'],
    }),
    anInteraction({
      contactIds: [idOf('Katrin Koch'), idOf('Thomas Weber')],
      type: 'lunch',
      date: '2025-05-10',
      place: 'Kantine',
      note: 'Planung Sommerfest, Katrin empfiehlt den Caterer aus Sachsenhausen.',
    }),
    anInteraction({
      contactIds: [idOf('Sabine Schmitt')],
      type: 'coffee',
      date: '2025-05-12',
      note: 'Hat nach dem Termin mit Herrn Müller gefragt.',
    }),
  ];
  const { services } = servicesHarness({ contacts, interactions });
  hits = (text) => services.search.query({ text, limit: 10 });
});

const titles = (list: SearchHit[]) => list.map((hit) => hit.title);

describe('search quality', () => {
  it.each([
    ['Sabin Schmidt', 'Sabine Schmitt'],
    ['Sabine Schmit', 'Sabine Schmitt'],
    ['Schmitt Sabine', 'Sabine Schmitt'],
    ['Jurgen Mueler', 'Jürgen Müller'],
    ['Emely Jonson', 'Emily Johnson'],
    ['Hofman', 'Jörg Hofmann'],
    ['Zimmerman', 'Heike Zimmermann'],
  ])('finds the right person first despite typos: %s', (query, expected) => {
    expect(hits(query)[0]).toMatchObject({ kind: 'contact', title: expected });
  });

  it.each(['Muller', 'Mueller', 'Müller', 'MÜLLER', 'müller'])('folds umlauts both ways: %s finds Müller', (query) => {
    expect(hits(query)[0]).toMatchObject({ kind: 'contact', contactId: idOf('Jürgen Müller') });
  });

  it('treats the spellings as the same word, not as a near miss', () => {
    const exact = hits('Müller')[0]?.score;
    expect(hits('Mueller')[0]?.score).toBe(exact);
    expect(hits('Muller')[0]?.score).toBe(exact);
    expect(hits('Strasse')[0]?.score).toBe(hits('Straße')[0]?.score);
  });

  it('folds ß and other accents alike', () => {
    expect(hits('Strasse')[0]).toMatchObject({ contactId: idOf('Hans Straße') });
    expect(hits('Weiss')[0]).toMatchObject({ contactId: idOf('Petra Weiß') });
    expect(hits('Chloe Dubois')[0]).toMatchObject({ contactId: idOf('Chloé Dubois') });
    expect(hits('Garcia')[0]).toMatchObject({ contactId: idOf('Ana García') });
    expect(hits('Yilmaz')[0]).toMatchObject({ contactId: idOf('Mehmet Yılmaz') });
    expect(hits('Koenig')[0]).toMatchObject({ contactId: idOf('Olaf König') });
    expect(hits('Schroeder')[0]).toMatchObject({ contactId: idOf('Sandra Schröder') });
  });

  it('finds people by the beginning of a name', () => {
    expect(titles(hits('Sab'))).toEqual(expect.arrayContaining(['Sabine Schmitt', 'Sabrina Schneider']));
    expect(titles(hits('Sab')).slice(0, 2).sort()).toEqual(['Sabine Schmitt', 'Sabrina Schneider']);
    expect(hits('Wolfg')[0]).toMatchObject({ title: 'Wolfgang Wolf' });
    expect(hits('Krü')[0]).toMatchObject({ title: 'Susanne Krüger' });
  });

  it('finds people by their company', () => {
    expect(hits('Henkel').slice(0, 2).map((hit) => hit.title).sort()).toEqual(['Jürgen Müller', 'Monika Möller']);
    expect(hits('Siemens')[0]).toMatchObject({ title: 'Petra Weiß', subtitle: 'Office Managerin · Siemens Healthineers' });
    expect(hits('Telefonica')[0]).toMatchObject({ title: 'Ana García' });
    expect(hits('Microsft')[0]).toMatchObject({ title: 'James Smith' });
  });

  it('finds details: role, tags, family, interests, notes and common ground, with a snippet', () => {
    expect(hits('Justiziar')[0]).toMatchObject({ title: 'Frank Richter' });
    expect(hits('Behörden')[0]).toMatchObject({ title: 'Renate Scholz', match: 'Behörden' });
    expect(hits('Yoga')[0]).toMatchObject({ title: 'Andrea Wagner', match: 'Yoga' });
    expect(hits('Würzburg')[0]).toMatchObject({ title: 'Gabriele Fuchs', match: 'beide aus Würzburg' });
    expect(hits('Goethestrasse')[0]).toMatchObject({ title: 'Karin Schulz', match: expect.stringContaining('Goethestraße') });
  });

  it('finds the interaction that mentions a word in its note, with a snippet around it', () => {
    const [first] = hits('Einschulung');
    expect(first).toMatchObject({ kind: 'interaction', contactId: idOf('Ingrid Bauer'), title: 'Ingrid Bauer', subtitle: '2025-05-05' });
    expect(first?.match).toContain('Einschulung');
    expect(first!.match!.length).toBeLessThan(100);
    expect(hits('Schultuete')[0]).toMatchObject({ kind: 'interaction' });
    expect(hits('Sommerfest')[0]).toMatchObject({ kind: 'interaction', title: 'Katrin Koch, Thomas Weber' });
  });

  it('ranks a person above a note that mentions the same name', () => {
    const result = hits('Müller');
    const person = result.findIndex((hit) => hit.kind === 'contact' && hit.title === 'Jürgen Müller');
    const note = result.findIndex((hit) => hit.kind === 'interaction');
    expect(person).toBe(0);
    expect(note).toBeGreaterThan(person);
    expect(hits('Lukas')[0]).toMatchObject({ kind: 'contact', title: 'Ingrid Bauer' });
  });

  it('ranks an encounter whose note holds the word level with a person whose notes do, not under her', async () => {
    const colleague = aContact({ firstName: 'Nina', lastName: 'Roth', notes: 'Golfturnier in Bad Saarow' });
    const other = aContact({ firstName: 'Otto', lastName: 'Lenz' });
    const note = anInteraction({ contactIds: [other.id], note: 'Golfturnier in Bad Saarow' });
    const { services } = servicesHarness({ contacts: [other, colleague], interactions: [note] });
    const result = services.search.query({ text: 'Golfturnier' });
    expect(result.map((hit) => hit.kind)).toEqual(['interaction', 'contact']);
    expect(result.map((hit) => hit.title)).toEqual(['Otto Lenz', 'Nina Roth']);
    expect(result[0]?.score).toBe(result[1]?.score);
  });

  it('leaves archived contacts out', () => {
    expect(hits('Paul Mueller').some((hit) => hit.title === 'Paul Mueller')).toBe(false);
    expect(hits('Praktikant').some((hit) => hit.kind === 'contact' && hit.title === 'Paul Mueller')).toBe(false);
  });

  it('returns nothing for blank input and little for nonsense', () => {
    expect(hits('   ')).toEqual([]);
    expect(hits('xqzvw')).toEqual([]);
  });
});

describe('the search index', () => {
  it('follows every commit: new, renamed, archived and deleted contacts and interactions', async () => {
    const ingrid = aContact({ firstName: 'Ingrid', lastName: 'Bauer' });
    const { services } = servicesHarness({ contacts: [ingrid] });
    const find = (text: string) => services.search.query({ text });

    const created = await services.contacts.create({ ...aContact({ firstName: 'Hannelore', lastName: 'Kreutzer' }) });
    expect(find('Hannelore')[0]).toMatchObject({ contactId: created.id });

    await services.contacts.update(created.id, { ...created, lastName: 'Vogt' });
    expect(find('Kreutzer')).toEqual([]);
    expect(find('Hannelore Vogt')[0]).toMatchObject({ title: 'Hannelore Vogt' });

    const lunch = await services.interactions.create({ contactIds: [created.id, ingrid.id], type: 'lunch', date: '2025-05-01', note: 'Spargelsaison eröffnet', place: '', topics: [], followUpDone: false });
    expect(find('Spargel')[0]).toMatchObject({ kind: 'interaction', interactionId: lunch.id, title: 'Hannelore Vogt, Ingrid Bauer' });

    await services.contacts.setArchived(created.id, true);
    expect(find('Hannelore')).toEqual([]);
    expect(find('Spargel')[0]).toMatchObject({ title: 'Ingrid Bauer', contactId: ingrid.id });

    await services.interactions.delete(lunch.id);
    expect(find('Spargel')).toEqual([]);
  });
});
