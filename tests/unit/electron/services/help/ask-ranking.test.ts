// The rules of the "Wer kann helfen?" ranking, one at a time, on small journals read on a fixed day.
import { describe, expect, it } from 'vitest';
import { contactInputSchema, interactionInputSchema, type Contact, type Interaction } from '../../../../../shared/model';
import { aContact, anInteraction } from '../../../../support/journal-fixtures';
import { servicesHarness } from '../../../../support/services-harness';

const NOW = '2025-06-02T10:00:00.000Z';

function ask(contacts: Contact[], interactions: Interaction[], need: string) {
  const { services } = servicesHarness({ contacts, interactions }, NOW);
  return services.help.ask({ text: need, limit: 10 });
}

const names = (answer: { people: { name: string }[] }) => answer.people.map((person) => person.name);

describe('"Wer kann helfen?" ranking', () => {
  it('ranks someone the user owes two favours below an equal helper and warns with youOwe', () => {
    const owed = aContact({ firstName: 'Petra', lastName: 'Brandt', canHelpWith: ['Raumbuchung'] });
    const other = aContact({ firstName: 'Sabine', lastName: 'Keller', canHelpWith: ['Raumbuchung'] });
    const favours = [
      anInteraction({ contactIds: [owed.id], type: 'favourReceived', date: '2025-05-20', note: 'Unterlagen gebracht' }),
      anInteraction({ contactIds: [owed.id], type: 'favourReceived', date: '2025-05-28', note: 'Drucker repariert' }),
      anInteraction({ contactIds: [other.id], type: 'coffee', date: '2025-01-02' }),
    ];
    const answer = ask([owed, other], favours, 'Raumbuchung');
    expect(names(answer)).toEqual(['Sabine Keller', 'Petra Brandt']);
    expect(answer.people[1]?.reasons).toContainEqual({ kind: 'youOwe', count: 2 });
    expect(answer.people[0]?.reasons.some((reason) => reason.kind === 'youOwe')).toBe(false);
  });

  it('prefers the person the user has helped, and says how often', () => {
    const helped = aContact({ firstName: 'Jonas', lastName: 'Weber', canHelpWith: ['Laptop'] });
    const other = aContact({ firstName: 'Mia', lastName: 'Adler', canHelpWith: ['Laptop'] });
    const given = [1, 2].map((n) => anInteraction({ contactIds: [helped.id], type: 'favourGiven', date: `2024-0${n}-10` }));
    const answer = ask([other, helped], given, 'Laptop');
    expect(names(answer)).toEqual(['Jonas Weber', 'Mia Adler']);
    expect(answer.people[0]?.reasons).toContainEqual({ kind: 'youHelped', count: 2 });
  });

  it('leaves out archived contacts and people with no fit, however warm', () => {
    const archived = aContact({ firstName: 'Ralf', lastName: 'Meier', canHelpWith: ['Schlüssel'], archived: true });
    const warm = aContact({ firstName: 'Birgit', lastName: 'Lange', cadenceDays: 14 });
    const helper = aContact({ firstName: 'Sabine', lastName: 'Keller', canHelpWith: ['Schlüssel'] });
    const recent = [anInteraction({ contactIds: [warm.id], type: 'lunch', date: '2025-06-01' })];
    expect(names(ask([archived, warm, helper], recent, 'Schlüssel für das Lager'))).toEqual(['Sabine Keller']);
    expect(ask([archived, warm], recent, 'Schlüssel').people).toEqual([]);
  });

  it('lets warmth decide between equal fits: the recent encounter and the kept rhythm first', () => {
    const cold = aContact({ firstName: 'Anna', lastName: 'Alt', canHelpWith: ['Catering'], cadenceDays: 30 });
    const warm = aContact({ firstName: 'Zoe', lastName: 'Zett', canHelpWith: ['Catering'], cadenceDays: 30 });
    const encounters = [
      anInteraction({ contactIds: [cold.id], type: 'coffee', date: '2024-10-01' }),
      anInteraction({ contactIds: [warm.id], type: 'coffee', date: '2025-05-30' }),
    ];
    const answer = ask([cold, warm], encounters, 'Catering');
    expect(names(answer)).toEqual(['Zoe Zett', 'Anna Alt']);
    expect(answer.people.map((person) => person.warmth)).toEqual(['ok', 'overdue']);
    expect(answer.people[0]?.reasons.at(-1)).toEqual({ kind: 'lastContact', date: '2025-05-30', warmth: 'ok' });
  });

  it('tolerates typos, swapped letters and missing umlauts', () => {
    const rooms = aContact({ firstName: 'Sabine', lastName: 'Keller', canHelpWith: ['Konferenzraum'] });
    const translator = aContact({ firstName: 'Sophie', lastName: 'Laurent', canHelpWith: ['Übersetzung'] });
    const travel = aContact({ firstName: 'Claudia', lastName: 'Hartmann', canHelpWith: ['Reisebüro'] });
    const all = [rooms, translator, travel];
    expect(names(ask(all, [], 'Konferenzraun'))[0]).toBe('Sabine Keller');
    expect(names(ask(all, [], 'Konfernezraum'))[0]).toBe('Sabine Keller');
    expect(names(ask(all, [], 'Uebersetzung'))).toEqual(['Sophie Laurent']);
    expect(names(ask(all, [], 'Reiseburo'))).toEqual(['Claudia Hartmann']);
  });

  it('matches a word of the need with a part of a compound, either way round', () => {
    const rooms = aContact({ firstName: 'Sabine', lastName: 'Keller', canHelpWith: ['Raumbuchung'] });
    const video = aContact({ firstName: 'Jonas', lastName: 'Weber', canHelpWith: ['Konferenztechnik'] });
    expect(names(ask([rooms, video], [], 'Raum'))).toEqual(['Sabine Keller']);
    expect(names(ask([rooms, video], [], 'Videokonferenz'))).toEqual(['Jonas Weber']);
    const answer = ask([rooms], [], 'Besprechungsraum');
    expect(answer.people[0]?.reasons[0]).toEqual({ kind: 'canHelp', entry: 'Raumbuchung' });
  });

  it('learns abilities from role and department', () => {
    const facility = aContact({ firstName: 'Sabine', lastName: 'Keller', role: 'Facility Manager' });
    const travel = aContact({ firstName: 'Claudia', lastName: 'Hartmann', department: 'Reisestelle' });
    const board = aContact({ firstName: 'Miriam', lastName: 'Schulz', role: 'Assistenz des Vorstands' });
    const all = [facility, travel, board];
    expect(names(ask(all, [], 'Besprechungsraum'))).toEqual(['Sabine Keller']);
    expect(ask(all, [], 'Hotel in Hamburg').people[0]?.reasons[0]).toEqual({ kind: 'roleOrDepartment', field: 'department', value: 'Reisestelle' });
    expect(names(ask(all, [], 'Termin beim Vorstand'))[0]).toBe('Miriam Schulz');
  });

  it('puts forward who works with a person the need names, not that person', () => {
    const roth = aContact({ firstName: 'Anna', lastName: 'Roth', role: 'Vorständin', department: 'Vorstand', organisation: 'Nordlicht AG', canHelpWith: ['Termine'] });
    const assistant = aContact({ firstName: 'Miriam', lastName: 'Schulz', role: 'Assistenz', department: 'Vorstandsbüro', organisation: 'Nordlicht AG' });
    const elsewhere = aContact({ firstName: 'Lukas', lastName: 'Brenner', role: 'Assistenz', department: 'Vertrieb', organisation: 'Nordlicht AG' });
    const introducer = aContact({ firstName: 'Karl', lastName: 'Vogt', organisation: 'Anderswo' });
    const named = { ...roth, introducedById: introducer.id };
    const answer = ask([named, assistant, elsewhere, introducer], [], 'Termin mit Dr. Roth diese Woche');
    expect(names(answer)[0]).toBe('Miriam Schulz');
    expect(names(answer)).not.toContain('Anna Roth');
    expect(answer.people[0]?.reasons[0]).toEqual({ kind: 'worksWith', person: 'Anna Roth', link: 'assistant' });
    expect(answer.people.find((person) => person.name === 'Karl Vogt')?.reasons[0]).toEqual({ kind: 'worksWith', person: 'Anna Roth', link: 'introducer' });
  });

  it('tells a past favour with its date and what it was, and an open request as already asked', () => {
    const sabine = aContact({ firstName: 'Sabine', lastName: 'Keller' });
    const interactions = [
      anInteraction({ contactIds: [sabine.id], type: 'favourReceived', date: '2025-03-12', topics: ['Konferenzraum 4.12'], note: 'Raum freigegeben' }),
      anInteraction({ contactIds: [sabine.id], type: 'favourReceived', date: '2025-05-30', note: 'Konferenzraum für Freitag', pending: true }),
    ];
    const answer = ask([sabine], interactions, 'Konferenzraum');
    expect(answer.people[0]?.reasons).toEqual([
      { kind: 'helpedBefore', date: '2025-03-12', what: 'Konferenzraum 4.12' },
      { kind: 'youOwe', count: 1 },
      { kind: 'alreadyAsked', date: '2025-05-30' },
      { kind: 'lastContact', date: '2025-05-30', warmth: 'none' },
    ]);
  });

  it('does not count an open request as evidence of help', () => {
    const jonas = aContact({ firstName: 'Jonas', lastName: 'Weber' });
    const asked = [anInteraction({ contactIds: [jonas.id], type: 'favourReceived', date: '2025-05-30', note: 'Beamer für den Saal', pending: true })];
    expect(ask([jonas], asked, 'Beamer').people).toEqual([]);
  });

  it('follows commits: a new "kann helfen bei" entry, a new favour and an archiving count at the next question', async () => {
    const sabine = aContact({ firstName: 'Sabine', lastName: 'Keller' });
    const jonas = aContact({ firstName: 'Jonas', lastName: 'Weber' });
    const { services } = servicesHarness({ contacts: [sabine, jonas] }, NOW);
    expect(services.help.ask({ text: 'Beamer', limit: 10 }).people).toEqual([]);

    await services.contacts.update(sabine.id, contactInputSchema.parse({ ...sabine, canHelpWith: ['Beamer'] }));
    expect(names(services.help.ask({ text: 'Beamer', limit: 10 }))).toEqual(['Sabine Keller']);

    await services.interactions.create(interactionInputSchema.parse({ contactIds: [jonas.id], type: 'favourReceived', date: '2025-06-01', note: 'Beamer aufgebaut' }));
    expect(names(services.help.ask({ text: 'Beamer', limit: 10 }))).toEqual(['Sabine Keller', 'Jonas Weber']);

    await services.contacts.setArchived(sabine.id, true);
    expect(names(services.help.ask({ text: 'Beamer', limit: 10 }))).toEqual(['Jonas Weber']);
  });

  it('answers a need of stop words only with nobody, and keeps to the limit', () => {
    const many = Array.from({ length: 5 }, (_, i) => aContact({ firstName: `P${i}`, lastName: 'Test', canHelpWith: ['Catering'] }));
    const { services } = servicesHarness({ contacts: many }, NOW);
    expect(services.help.ask({ text: 'heute Nachmittag bitte', limit: 10 })).toEqual({ need: 'heute Nachmittag bitte', people: [] });
    expect(services.help.ask({ text: 'Catering', limit: 3 }).people).toHaveLength(3);
  });
});
