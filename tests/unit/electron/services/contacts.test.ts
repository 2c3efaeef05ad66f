import { describe, expect, it } from 'vitest';
import { PlauschError } from '../../../../shared/errors';
import type { ContactInput } from '../../../../shared/model';
import { contactInputSchema } from '../../../../shared/model';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { NOW, servicesHarness } from '../../../support/services-harness';

const input = (fields: Partial<ContactInput>) => contactInputSchema.parse({ firstName: 'Erika', lastName: 'Mustermann', ...fields });

describe('contacts', () => {
  it('creates a contact with id and timestamps from the clock, and tells listeners', async () => {
    const { services, store } = servicesHarness();
    const events: unknown[] = [];
    services.onDataChanged((event) => events.push(event));

    const contact = await services.contacts.create(input({ firstName: 'Sabine', lastName: 'Schmitt', tags: ['Vorstand'] }));

    expect(contact.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(contact.createdAt).toBe(NOW);
    expect(contact.updatedAt).toBe(NOW);
    expect(contact.archived).toBe(false);
    expect(store.contacts.get(contact.id)).toEqual(contact);
    expect(store.commits).toHaveLength(1);
    expect(events).toEqual([{ collections: ['contacts'] }]);
  });

  it('replaces every user field on update and keeps id, createdAt and archived', async () => {
    const original = aContact({ firstName: 'Jan', lastName: 'Peters', role: 'CFO', notes: 'alt', archived: true });
    const { services, clock } = servicesHarness({ contacts: [original] });
    clock.set('2025-07-01T08:00:00.000Z');

    const updated = await services.contacts.update(original.id, input({ firstName: 'Jan', lastName: 'Petersen' }));

    expect(updated).toMatchObject({ id: original.id, lastName: 'Petersen', role: '', notes: '', archived: true });
    expect(updated.createdAt).toBe(original.createdAt);
    expect(updated.updatedAt).toBe('2025-07-01T08:00:00.000Z');
  });

  it('lists by last name then first name in German order and leaves archived contacts out unless asked', async () => {
    const contacts = [
      aContact({ firstName: 'Zoe', lastName: 'Özdemir' }),
      aContact({ firstName: 'Anna', lastName: 'Müller' }),
      aContact({ firstName: 'Bernd', lastName: 'Mueller' }),
      aContact({ firstName: 'Carla', lastName: 'Adler' }),
      aContact({ firstName: 'Dieter', lastName: 'Zander', archived: true }),
      aContact({ firstName: 'Aaron', lastName: 'Müller' }),
    ];
    const { services } = servicesHarness({ contacts });

    const names = services.contacts.list().map((c) => `${c.lastName}, ${c.firstName}`);
    expect(names).toEqual(['Adler, Carla', 'Mueller, Bernd', 'Müller, Aaron', 'Müller, Anna', 'Özdemir, Zoe']);
    expect(services.contacts.list({ includeArchived: true })).toHaveLength(6);
  });

  it('archives and unarchives', async () => {
    const contact = aContact();
    const { services, store } = servicesHarness({ contacts: [contact] });
    await services.contacts.setArchived(contact.id, true);
    expect(store.contacts.get(contact.id)?.archived).toBe(true);
    await services.contacts.setArchived(contact.id, false);
    expect(store.contacts.get(contact.id)?.archived).toBe(false);
  });

  it('refuses an introducer that does not exist or is the contact itself', async () => {
    const contact = aContact();
    const { services, store } = servicesHarness({ contacts: [contact] });

    await expect(services.contacts.create(input({ introducedById: 'nobody' }))).rejects.toMatchObject({
      code: 'invalidInput',
      details: { issues: [{ path: 'introducedById', message: 'unknownContact' }] },
    });
    await expect(services.contacts.update(contact.id, input({ introducedById: contact.id }))).rejects.toBeInstanceOf(PlauschError);
    expect(store.commits).toHaveLength(0);
  });

  it('reports notFound for a contact that does not exist', async () => {
    const { services } = servicesHarness();
    expect(() => services.contacts.get('missing')).toThrow(expect.objectContaining({ code: 'notFound' }));
    await expect(services.contacts.setArchived('missing', true)).rejects.toMatchObject({ code: 'notFound' });
    await expect(services.contacts.delete('missing')).rejects.toMatchObject({ code: 'notFound' });
  });

  it('puts together the detail view: timeline newest first, keep in touch, reciprocity and names', () => {
    const anna = aContact({ firstName: 'Anna', lastName: 'Berg', cadenceDays: 30 });
    const ben = aContact({ firstName: 'Ben', lastName: 'Ott', introducedById: anna.id });
    const older = anInteraction({ contactIds: [ben.id], date: '2025-04-01', type: 'favourReceived' });
    const newer = anInteraction({ contactIds: [ben.id, anna.id], date: '2025-05-20', type: 'lunch' });
    const other = anInteraction({ contactIds: [anna.id], date: '2025-05-25' });
    const { services } = servicesHarness({ contacts: [anna, ben], interactions: [older, newer, other] });

    const detail = services.contacts.get(ben.id);

    expect(detail.timeline.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(detail.names).toEqual({ [anna.id]: 'Anna Berg', [ben.id]: 'Ben Ott' });
    expect(detail.reciprocity).toMatchObject({ given: 0, received: 1, balance: -1 });
    expect(detail.keepInTouch).toEqual({ lastContactOn: '2025-05-20', status: 'ok' });
    expect(services.contacts.get(anna.id).keepInTouch).toMatchObject({ cadenceDays: 30, nextDueOn: '2025-06-24' });
  });

  it('counts tags over active contacts in German order', () => {
    const { services } = servicesHarness({
      contacts: [
        aContact({ tags: ['Vorstand', 'Ärzte'] }),
        aContact({ tags: ['Vorstand', 'Vorstand'] }),
        aContact({ tags: ['Alumni', 'Vorstand'], archived: true }),
      ],
      settings: { tagCadences: { Presse: 60 } },
    });
    expect(services.contacts.tags()).toEqual([
      { tag: 'Alumni', count: 0 },
      { tag: 'Ärzte', count: 1 },
      { tag: 'Presse', count: 0 },
      { tag: 'Vorstand', count: 2 },
    ]);
  });
});

describe('deleting a contact', () => {
  function journal() {
    const anna = aContact({ firstName: 'Anna', lastName: 'Berg' });
    const ben = aContact({ firstName: 'Ben', lastName: 'Ott', introducedById: anna.id });
    const carla = aContact({ firstName: 'Carla', lastName: 'Wolf' });
    const onlyAnna = anInteraction({ contactIds: [anna.id], note: 'Kaffee mit Anna' });
    const shared = anInteraction({ contactIds: [ben.id, anna.id, carla.id], type: 'lunch' });
    const unrelated = anInteraction({ contactIds: [carla.id] });
    return { anna, ben, carla, onlyAnna, shared, unrelated };
  }

  it('removes the contact from every interaction and introduction, and undo brings back exactly what was', async () => {
    const j = journal();
    const { services, store } = servicesHarness({ contacts: [j.anna, j.ben, j.carla], interactions: [j.onlyAnna, j.shared, j.unrelated] });
    const before = { contacts: new Map(store.contacts), interactions: new Map(store.interactions) };

    const { undoToken } = await services.contacts.delete(j.anna.id);

    expect(store.contacts.has(j.anna.id)).toBe(false);
    expect(store.interactions.has(j.onlyAnna.id)).toBe(false);
    expect(store.interactions.get(j.shared.id)?.contactIds).toEqual([j.ben.id, j.carla.id]);
    expect(store.contacts.get(j.ben.id)?.introducedById).toBeUndefined();
    expect(store.interactions.get(j.unrelated.id)).toEqual(j.unrelated);
    expect(store.commits).toHaveLength(1);
    expect(services.search.query({ text: 'Kaffee mit Anna' })).toEqual([]);

    await services.applyUndo(undoToken);

    expect(store.contacts).toEqual(before.contacts);
    expect(store.interactions).toEqual(before.interactions);
    expect(services.search.query({ text: 'Anna Berg' })[0]).toMatchObject({ kind: 'contact', contactId: j.anna.id });
    await expect(services.applyUndo(undoToken)).rejects.toMatchObject({ code: 'undoExpired' });
  });

  it('keeps edits made after the delete when undoing, putting back only the link', async () => {
    const j = journal();
    const { services, store, clock } = servicesHarness({ contacts: [j.anna, j.ben, j.carla], interactions: [j.onlyAnna, j.shared] });
    const { undoToken } = await services.contacts.delete(j.anna.id);
    clock.set('2025-06-02T10:05:00.000Z');
    const edited = store.interactions.get(j.shared.id);
    await services.interactions.update(j.shared.id, { ...edited!, note: 'nachgetragen', contactIds: [j.carla.id] });

    await services.applyUndo(undoToken);

    expect(store.interactions.get(j.shared.id)).toMatchObject({ note: 'nachgetragen', contactIds: [j.anna.id, j.carla.id] });
    expect(store.contacts.get(j.ben.id)?.introducedById).toBe(j.anna.id);
  });

  it('lets an undo token expire after ten minutes', async () => {
    const contact = aContact();
    const { services, store, clock } = servicesHarness({ contacts: [contact] });
    const { undoToken } = await services.contacts.delete(contact.id);
    clock.set('2025-06-02T10:10:00.000Z');
    await expect(services.applyUndo(undoToken)).rejects.toMatchObject({ code: 'undoExpired' });
    expect(store.contacts.has(contact.id)).toBe(false);
  });

  it('keeps only the newest 50 undo tokens', async () => {
    const contacts = Array.from({ length: 51 }, (_, n) => aContact({ firstName: `P${n}` }));
    const { services, store } = servicesHarness({ contacts });
    const tokens: string[] = [];
    for (const contact of contacts) tokens.push((await services.contacts.delete(contact.id)).undoToken);

    await expect(services.applyUndo(tokens[0]!)).rejects.toMatchObject({ code: 'undoExpired' });
    await services.applyUndo(tokens[1]!);
    expect(store.contacts.has(contacts[1]!.id)).toBe(true);
  });

  it('changes nothing and tells no one when the commit fails', async () => {
    const j = journal();
    const { services, store, log } = servicesHarness({ contacts: [j.anna, j.ben, j.carla], interactions: [j.onlyAnna, j.shared] });
    const before = { contacts: new Map(store.contacts), interactions: new Map(store.interactions) };
    const events: unknown[] = [];
    services.onDataChanged((event) => events.push(event));
    store.failCommitsWith(new Error('disk full'));

    await expect(services.contacts.delete(j.anna.id)).rejects.toMatchObject({ code: 'storageFailed' });
    await expect(services.contacts.create(input({}))).rejects.toMatchObject({ code: 'storageFailed' });

    expect(store.contacts).toEqual(before.contacts);
    expect(store.interactions).toEqual(before.interactions);
    expect(events).toEqual([]);
    expect(log.errors).toHaveLength(2);
    expect(services.search.query({ text: 'Kaffee mit Anna' })).toHaveLength(1);
  });

  it('keeps an undo token usable when applying it fails to commit', async () => {
    const contact = aContact();
    const { services, store } = servicesHarness({ contacts: [contact] });
    const { undoToken } = await services.contacts.delete(contact.id);
    store.failCommitsWith(new Error('locked'));
    await expect(services.applyUndo(undoToken)).rejects.toMatchObject({ code: 'storageFailed' });
    store.failCommitsWith(undefined);
    await services.applyUndo(undoToken);
    expect(store.contacts.get(contact.id)).toEqual(contact);
  });
});

describe('searching what a contact can help with', () => {
  it('finds a contact by an entry of "kann helfen bei", also written without umlauts', () => {
    const keeper = aContact({ firstName: 'Petra', lastName: 'Brandt', canHelpWith: ['Schlüsselausgabe'] });
    const other = aContact({ firstName: 'Jonas', lastName: 'Weber', interests: ['Segeln'] });
    const { services } = servicesHarness({ contacts: [keeper, other] });
    const hits = services.search.query({ text: 'Schluesselausgabe' });
    expect(hits[0]).toMatchObject({ kind: 'contact', contactId: keeper.id });
    expect(hits.some((hit) => hit.contactId === other.id)).toBe(false);
  });
});
