import { describe, expect, it } from 'vitest';
import { contactSchema, interactionSchema } from '../../../../shared/model';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';

const LATER = '2025-06-03T08:00:00.000Z';

async function withSampleData(seed: Parameters<typeof servicesHarness>[0] = {}) {
  const harness = servicesHarness(seed);
  await harness.services.sampleData.add('de');
  return harness;
}

describe('sample data', () => {
  it('adds eight contacts with birthdays, family and tags, encounters, a favour and an event in one commit', async () => {
    const { services, store } = servicesHarness();
    expect(services.sampleData.status()).toEqual({ present: false, contacts: 0 });

    const status = await services.sampleData.add('de');

    expect(status).toEqual({ present: true, contacts: 8 });
    expect(store.commits).toHaveLength(1);
    const contacts = [...store.contacts.values()];
    expect(contacts).toHaveLength(8);
    for (const contact of contacts) expect(contactSchema.safeParse(contact).success).toBe(true);
    for (const interaction of store.interactions.values()) expect(interactionSchema.safeParse(interaction).success).toBe(true);
    expect(contacts.filter((contact) => contact.birthday).length).toBeGreaterThanOrEqual(3);
    expect(contacts.some((contact) => contact.family.length > 0)).toBe(true);
    expect(new Set(contacts.map((contact) => contact.relation))).toEqual(new Set(['internal', 'external']));
    expect([...store.interactions.values()].some((interaction) => interaction.type === 'favourReceived')).toBe(true);
    const events = [...store.coach.values()].filter((record) => record.kind === 'event');
    expect(events).toHaveLength(1);
    expect(store.settings.sampleData?.contactIds).toHaveLength(8);
  });

  it('gives "Wer kann helfen?" someone for rooms, the board\'s calendar, IT and travel, and a room once lent', async () => {
    const { store } = await withSampleData();
    const helpers = (entry: string) =>
      [...store.contacts.values()].filter((contact) => contact.canHelpWith.includes(entry)).map((contact) => contact.firstName);
    expect(helpers('Raumbuchung')).toEqual(['Petra']);
    expect(helpers('Vorstandskalender')).toEqual(['Sabine']);
    expect(helpers('IT-Zugänge')).toEqual(['Jan']);
    expect(helpers('Reisebuchung')).toEqual(['Sabine']);
    const roomFavour = [...store.interactions.values()].find((i) => i.type === 'favourReceived' && /Konferenzraum \d/.test(i.note));
    expect(roomFavour?.contactIds.map((id) => store.contacts.get(id)?.firstName)).toEqual(['Petra']);
  });

  it('adds nothing more while its records are there', async () => {
    const { services, store } = await withSampleData();
    await services.sampleData.add('de');
    expect(store.contacts.size).toBe(8);
    expect(store.commits).toHaveLength(1);
  });

  it("removes exactly its own records, and none of the user's", async () => {
    const mine = aContact({ firstName: 'Ich', lastName: 'Selbst' });
    const myEncounter = anInteraction({ contactIds: [mine.id], note: 'Meins' });
    const { services, store } = await withSampleData({ contacts: [mine], interactions: [myEncounter] });

    const removal = await services.sampleData.remove();

    expect(removal).toMatchObject({ removedContacts: 8, removedInteractions: 6, removedEvents: 1, kept: [] });
    expect([...store.contacts.values()]).toEqual([mine]);
    expect([...store.interactions.values()]).toEqual([myEncounter]);
    expect(store.coach.size).toBe(0);
    expect(store.settings.sampleData).toBeUndefined();
    expect(services.sampleData.status()).toEqual({ present: false, contacts: 0 });
  });

  it('keeps a sample contact the user edited, and one the user logged an encounter with, and says so', async () => {
    const { services, store, clock } = await withSampleData();
    const [sabine, thomas] = store.settings.sampleData?.contactIds ?? [];
    clock.set(LATER);
    const { id: _id, archived: _archived, createdAt: _created, updatedAt: _updated, ...input } = store.contacts.get(sabine ?? '') ?? aContact();
    await services.contacts.update(sabine ?? '', { ...input, notes: 'Meine eigene Notiz' });
    const mine = await services.interactions.create({ contactIds: [thomas ?? ''], type: 'call', date: '2025-06-03', place: '', topics: [], note: '', followUpDone: false });

    const removal = await services.sampleData.remove();

    expect(removal.kept).toEqual([
      { contactId: sabine, name: 'Sabine Krüger', reason: 'edited' },
      { contactId: thomas, name: 'Thomas Weber', reason: 'inUse' },
    ]);
    expect(removal.removedContacts).toBe(6);
    expect(store.contacts.get(sabine ?? '')?.notes).toBe('Meine eigene Notiz');
    expect(store.contacts.has(thomas ?? '')).toBe(true);
    expect(store.interactions.get(mine.id)).toBeDefined();
    // What stays is the user's now: nothing of it is sample data any more.
    expect(store.settings.sampleData).toBeUndefined();
  });

  it('is idempotent: removing again changes nothing', async () => {
    const { services, store } = await withSampleData();
    await services.sampleData.remove();
    const commits = store.commits.length;
    expect(await services.sampleData.remove()).toEqual({ removedContacts: 0, removedInteractions: 0, removedEvents: 0, kept: [] });
    expect(store.commits).toHaveLength(commits);
  });

  it('brings the removed sample data back on undo, to be removed again', async () => {
    const { services, store } = await withSampleData();
    const before = [...store.contacts.values()];
    const removal = await services.sampleData.remove();
    await services.applyUndo(removal.undoToken ?? '');
    expect([...store.contacts.values()]).toEqual(before);
    expect(services.sampleData.status()).toEqual({ present: true, contacts: 8 });
    expect((await services.sampleData.remove()).removedContacts).toBe(8);
  });

  it('dates its records from the clock, so a birthday is always coming up', async () => {
    const { store } = await withSampleData();
    const sabine = [...store.contacts.values()].find((contact) => contact.firstName === 'Sabine');
    // The harness clock stands at 2 June 2025: four days on is 6 June.
    expect(sabine?.birthday).toBe('--06-06');
  });
});
