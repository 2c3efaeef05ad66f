import { describe, expect, it } from 'vitest';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';

describe('reciprocity', () => {
  const anna = aContact({ firstName: 'Anna', lastName: 'Berg' });
  const ben = aContact({ firstName: 'Ben', lastName: 'Ott' });
  const favour = (type: 'favourGiven' | 'favourReceived', date: string, contactIds = [anna.id]) =>
    anInteraction({ contactIds, type, date, note: `${type} ${date}` });

  it('returns the oldest open favour received with each favour given (FIFO) and keeps the balance', () => {
    const r1 = favour('favourReceived', '2025-01-10');
    const r2 = favour('favourReceived', '2025-02-10');
    const g1 = favour('favourGiven', '2025-03-01');
    const r3 = favour('favourReceived', '2025-04-01');
    const lunch = anInteraction({ contactIds: [anna.id], type: 'lunch', date: '2025-04-02' });
    const { services } = servicesHarness({ contacts: [anna], interactions: [r3, g1, lunch, r2, r1] });

    const { reciprocity } = services.contacts.get(anna.id);

    expect(reciprocity).toMatchObject({ given: 1, received: 3, balance: -2 });
    expect(reciprocity.open.map((i) => i.id)).toEqual([r2.id, r3.id]);
  });

  it('does not let a favour given before any received one cancel a later favour', () => {
    const g = favour('favourGiven', '2025-01-01');
    const r = favour('favourReceived', '2025-02-01');
    const { services } = servicesHarness({ contacts: [anna], interactions: [g, r] });
    const { reciprocity } = services.contacts.get(anna.id);
    expect(reciprocity).toMatchObject({ given: 1, received: 1, balance: 0 });
    expect(reciprocity.open.map((i) => i.id)).toEqual([r.id]);
  });

  it('lists every open favour across active contacts, oldest first, with the name', () => {
    const archived = aContact({ firstName: 'Alt', archived: true });
    const fromBen = favour('favourReceived', '2025-01-05', [ben.id]);
    const fromAnna = favour('favourReceived', '2025-03-05');
    const returnedToBen = favour('favourReceived', '2024-12-01', [ben.id]);
    const givenToBen = favour('favourGiven', '2024-12-24', [ben.id]);
    const fromArchived = favour('favourReceived', '2024-01-01', [archived.id]);
    const { services } = servicesHarness({
      contacts: [anna, ben, archived],
      interactions: [fromBen, fromAnna, returnedToBen, givenToBen, fromArchived],
    });

    expect(services.reciprocity.openFavours().map((f) => [f.name, f.interaction.id])).toEqual([
      ['Ben Ott', fromBen.id],
      ['Anna Berg', fromAnna.id],
    ]);
  });
});
