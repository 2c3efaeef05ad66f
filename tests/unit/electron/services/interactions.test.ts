import { describe, expect, it } from 'vitest';
import { interactionInputSchema, type InteractionInput } from '../../../../shared/model';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { NOW, servicesHarness } from '../../../support/services-harness';

const input = (fields: Partial<InteractionInput> & { contactIds: string[] }) =>
  interactionInputSchema.parse({ type: 'lunch', date: '2025-06-01', ...fields });

describe('interactions', () => {
  const anna = aContact({ firstName: 'Anna', lastName: 'Berg' });
  const ben = aContact({ firstName: 'Ben', lastName: 'Ott' });

  it('logs a lunch with two people once, without duplicate ids', async () => {
    const { services, store } = servicesHarness({ contacts: [anna, ben] });
    const lunch = await services.interactions.create(input({ contactIds: [anna.id, ben.id, anna.id], note: 'Kantine' }));
    expect(lunch).toMatchObject({ contactIds: [anna.id, ben.id], createdAt: NOW, note: 'Kantine', followUpDone: false });
    expect(store.interactions.get(lunch.id)).toEqual(lunch);
  });

  it('refuses unknown contacts on the field that names them and writes nothing', async () => {
    const { services, store } = servicesHarness({ contacts: [anna] });
    await expect(services.interactions.create(input({ contactIds: [anna.id, 'ghost'] }))).rejects.toMatchObject({
      code: 'invalidInput',
      details: { issues: [{ path: 'contactIds.1' }] },
    });
    expect(store.commits).toHaveLength(0);
  });

  it('updates by full replace and keeps createdAt', async () => {
    const original = anInteraction({ contactIds: [anna.id], note: 'alt', place: 'Kantine' });
    const { services } = servicesHarness({ contacts: [anna, ben], interactions: [original] });
    const updated = await services.interactions.update(original.id, input({ contactIds: [ben.id], note: 'neu' }));
    expect(updated).toMatchObject({ id: original.id, contactIds: [ben.id], note: 'neu', place: '', createdAt: original.createdAt, updatedAt: NOW });
    await expect(services.interactions.update('missing', input({ contactIds: [ben.id] }))).rejects.toMatchObject({ code: 'notFound' });
  });

  it('deletes with undo', async () => {
    const original = anInteraction({ contactIds: [anna.id, ben.id] });
    const { services, store } = servicesHarness({ contacts: [anna, ben], interactions: [original] });
    const { undoToken } = await services.interactions.delete(original.id);
    expect(store.interactions.size).toBe(0);
    await services.applyUndo(undoToken);
    expect(store.interactions.get(original.id)).toEqual(original);
  });

  it('runs writes one after another, so a write never works from a state about to change', async () => {
    const { services, store } = servicesHarness({ contacts: [anna, ben] });
    const deleting = services.contacts.delete(anna.id);
    const logging = services.interactions.create(input({ contactIds: [anna.id] }));
    await deleting;
    await expect(logging).rejects.toMatchObject({ code: 'invalidInput' });
    expect(store.interactions.size).toBe(0);
  });

  describe('the journal', () => {
    const entries = [
      anInteraction({ contactIds: [anna.id], date: '2025-05-01', createdAt: '2025-05-01T09:00:00.000Z' }),
      anInteraction({ contactIds: [ben.id], date: '2025-05-03', createdAt: '2025-05-03T09:00:00.000Z' }),
      anInteraction({ contactIds: [anna.id, ben.id], date: '2025-05-03', createdAt: '2025-05-04T09:00:00.000Z' }),
      anInteraction({ contactIds: [anna.id], date: '2025-04-20', createdAt: '2025-05-05T09:00:00.000Z' }),
      anInteraction({ contactIds: [ben.id], date: '2025-05-10', createdAt: '2025-05-10T09:00:00.000Z' }),
    ];
    const newestFirst = [entries[4]!, entries[2]!, entries[1]!, entries[0]!, entries[3]!].map((i) => i.id);

    it('lists newest first by date, then by when it was entered, with the names it mentions', () => {
      const { services } = servicesHarness({ contacts: [anna, ben], interactions: entries });
      const page = services.interactions.list();
      expect(page.items.map((i) => i.id)).toEqual(newestFirst);
      expect(page.total).toBe(5);
      expect(page.nextCursor).toBeUndefined();
      expect(page.names).toEqual({ [anna.id]: 'Anna Berg', [ben.id]: 'Ben Ott' });
    });

    it('pages with an opaque cursor that stays put when newer entries arrive', async () => {
      const { services } = servicesHarness({ contacts: [anna, ben], interactions: entries });
      const first = services.interactions.list({ limit: 2 });
      expect(first.items.map((i) => i.id)).toEqual(newestFirst.slice(0, 2));
      expect(first.nextCursor).toEqual(expect.any(String));

      await services.interactions.create(input({ contactIds: [anna.id], date: '2025-06-01' }));
      const second = services.interactions.list({ limit: 2, cursor: first.nextCursor });
      expect(second.items.map((i) => i.id)).toEqual(newestFirst.slice(2, 4));
      const third = services.interactions.list({ limit: 2, cursor: second.nextCursor });
      expect(third.items.map((i) => i.id)).toEqual(newestFirst.slice(4));
      expect(third.nextCursor).toBeUndefined();
      expect(third.total).toBe(6);
    });

    it('filters by contact', () => {
      const { services } = servicesHarness({ contacts: [anna, ben], interactions: entries });
      const page = services.interactions.list({ contactId: anna.id });
      expect(page.items.map((i) => i.id)).toEqual([entries[2]!, entries[0]!, entries[3]!].map((i) => i.id));
      expect(page.total).toBe(3);
    });

    it('refuses a cursor it did not make', () => {
      const { services } = servicesHarness({ contacts: [anna], interactions: entries });
      expect(() => services.interactions.list({ cursor: 'bm9wZQ' })).toThrow(expect.objectContaining({ code: 'invalidInput' }));
    });
  });
});
