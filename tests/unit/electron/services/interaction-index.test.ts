// The journal and the timelines are kept in order as commits arrive, instead of being sorted on every read: after the
// first read every later change must land where a full sort would put it.
import { describe, expect, it } from 'vitest';
import { compareNewestFirst } from '../../../../electron/main/services/records';
import { interactionInputSchema, type InteractionInput } from '../../../../shared/model';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';

const input = (fields: Partial<InteractionInput> & { contactIds: string[] }) => interactionInputSchema.parse({ type: 'coffee', ...fields });

describe('the interaction index', () => {
  it('keeps the journal and every timeline sorted through creates, moves, re-assignments and deletes', async () => {
    const anna = aContact({ firstName: 'Anna', lastName: 'Berg' });
    const ben = aContact({ firstName: 'Ben', lastName: 'Ott' });
    const seeded = ['2024-01-05', '2025-03-01', '2023-07-19'].map((date) => anInteraction({ contactIds: [anna.id], date }));
    const { services, store } = servicesHarness({ contacts: [anna, ben], interactions: seeded });
    const ids = (list: { id: string }[]) => list.map((i) => i.id);
    const sortedFromStore = (contactId?: string) =>
      ids([...store.interactions.values()].filter((i) => !contactId || i.contactIds.includes(contactId)).sort(compareNewestFirst));
    const check = (people = [anna, ben]) => {
      expect(ids(services.interactions.list({ limit: 100 }).items)).toEqual(sortedFromStore());
      for (const person of people) {
        expect(ids(services.interactions.list({ contactId: person.id, limit: 100 }).items)).toEqual(sortedFromStore(person.id));
        expect(ids(services.contacts.get(person.id).timeline)).toEqual(sortedFromStore(person.id));
      }
    };
    check();

    const middle = await services.interactions.create(input({ contactIds: [ben.id, anna.id], date: '2024-06-01' }));
    const oldest = await services.interactions.create(input({ contactIds: [ben.id], date: '2020-02-29' }));
    check();
    await services.interactions.update(oldest.id, input({ contactIds: [anna.id], date: '2026-01-01' }));
    check();
    await services.interactions.update(middle.id, input({ contactIds: [ben.id], date: '2024-06-01' }));
    check();
    await services.interactions.delete((seeded[0] as { id: string }).id);
    check();
    await services.contacts.delete(ben.id);
    check([anna]);
    expect(services.interactions.list({ contactId: ben.id }).items).toEqual([]);
    expect(services.interactions.list().total).toBe(store.interactions.size);
  });

  it('pages through the journal with the cursor after records were added in between', async () => {
    const anna = aContact({ firstName: 'Anna', lastName: 'Berg' });
    const days = Array.from({ length: 30 }, (_, n) => `2025-01-${String(n + 1).padStart(2, '0')}`);
    const { services } = servicesHarness({ contacts: [anna], interactions: days.map((date) => anInteraction({ contactIds: [anna.id], date })) });
    const first = services.interactions.list({ limit: 10 });
    await services.interactions.create(input({ contactIds: [anna.id], date: '2025-02-01' }));
    const second = services.interactions.list({ limit: 10, cursor: first.nextCursor });
    expect(second.items.map((i) => i.date)).toEqual(days.slice(10, 20).reverse());
  });
});
