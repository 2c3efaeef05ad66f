// Today keeps its view for the day until the journal changes. Every kind of change it depends on must give a fresh
// and correct answer at once: a contact, an interaction, the settings, and the day turning over.
import { describe, expect, it } from 'vitest';
import { createDayCache } from '../../../../electron/main/services/day-cache';
import type { ChangedCollection, CommittedListener } from '../../../../electron/main/services/journal-writer';
import { createOccasionsAhead } from '../../../../electron/main/services/occasions-ahead';
import { contactInputSchema, interactionInputSchema, type Contact } from '../../../../shared/model';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';
import { runInTimeZone } from './time-zone';

const contactInput = ({ id: _id, createdAt: _c, updatedAt: _u, archived: _a, ...fields }: Contact) => contactInputSchema.parse(fields);

describe('the day cache', () => {
  function fakeWriter() {
    const listeners: CommittedListener[] = [];
    return {
      onCommitted: (listener: CommittedListener) => {
        listeners.push(listener);
        return () => undefined;
      },
      commit: (collections: ChangedCollection[] = ['contacts']) => listeners.forEach((listener) => listener({ changes: [], collections })),
    };
  }

  it('computes once per day, again after each commit, and again for another day', () => {
    const writer = fakeWriter();
    const days: string[] = [];
    const cache = createDayCache(writer, (day) => {
      days.push(day);
      return { day };
    });

    const first = cache.get('2025-06-02');
    expect(cache.get('2025-06-02')).toBe(first);
    writer.commit();
    expect(cache.get('2025-06-02')).not.toBe(first);
    cache.get('2025-06-03');
    expect(days).toEqual(['2025-06-02', '2025-06-02', '2025-06-03']);
  });

  it('keeps a value computed from some collections through commits to others', () => {
    const writer = fakeWriter();
    let computed = 0;
    const cache = createDayCache(writer, () => (computed += 1), { dependsOn: ['contacts'] });

    cache.get('2025-06-02');
    writer.commit(['interactions', 'settings']);
    cache.get('2025-06-02');
    writer.commit(['contacts', 'interactions']);
    cache.get('2025-06-02');
    expect(computed).toBe(2);
  });
});

describe("the occasions ahead, shared by Today and the reminders", () => {
  it('stay as computed while encounters are logged, and follow a changed contact', async () => {
    const anna = aContact({ firstName: 'Anna', birthday: '--06-04' });
    const { services, store } = servicesHarness({ contacts: [anna] });
    const occasionsAhead = createOccasionsAhead({ store, writer: { onCommitted: services.onDataChanged } });
    const first = occasionsAhead.get('2025-06-02');

    await services.interactions.create(interactionInputSchema.parse({ type: 'coffee', contactIds: [anna.id], date: '2025-06-02' }));
    expect(occasionsAhead.get('2025-06-02')).toBe(first);

    await services.contacts.update(anna.id, { ...contactInput(anna), birthday: '--06-05' });
    expect(occasionsAhead.get('2025-06-02').map((o) => o.date)).toEqual(['2025-06-05']);
  });
});

// The clock stands at 2025-06-02, 12:00 in Berlin.
describe("Today's kept view", () => {
  runInTimeZone('Europe/Berlin');

  it('is the same answer while nothing changes', () => {
    const { services } = servicesHarness({ contacts: [aContact({ birthday: '--06-02' })] });
    const first = services.today.today();
    expect(services.today.today().birthdays).toBe(first.birthdays);
  });

  it('follows a changed contact: a new birthday, an archived contact', async () => {
    const anna = aContact({ firstName: 'Anna' });
    const { services } = servicesHarness({ contacts: [anna] });
    expect(services.today.today().birthdays).toEqual([]);

    await services.contacts.update(anna.id, { ...contactInput(anna), birthday: '--06-04' });
    expect(services.today.today().birthdays.map((o) => [o.contactId, o.date])).toEqual([[anna.id, '2025-06-04']]);

    await services.contacts.setArchived(anna.id, true);
    expect(services.today.today().birthdays).toEqual([]);
  });

  it('follows interactions: one logged ends the drift, a follow-up marked done leaves', async () => {
    const cleo = aContact({ firstName: 'Cleo', cadenceDays: 10, metOn: '2025-05-01' });
    const followUp = anInteraction({ contactIds: [cleo.id], date: '2025-05-01', followUpOn: '2025-06-01' });
    const { services } = servicesHarness({ contacts: [cleo], interactions: [followUp] });
    expect(services.today.today().drifting.map((d) => d.contactId)).toEqual([cleo.id]);
    expect(services.today.today().followUps).toHaveLength(1);

    await services.interactions.create(interactionInputSchema.parse({ type: 'coffee', contactIds: [cleo.id], date: '2025-06-02' }));
    expect(services.today.today().drifting).toEqual([]);

    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = followUp;
    await services.interactions.update(followUp.id, interactionInputSchema.parse({ ...fields, followUpDone: true }));
    expect(services.today.today().followUps).toEqual([]);
  });

  it('follows the settings: tag cadences and the overdue factor', async () => {
    const dora = aContact({ firstName: 'Dora', tags: ['Vorstand'], metOn: '2025-04-20' });
    const { services } = servicesHarness({ contacts: [dora] });
    expect(services.today.today().driftingCount).toBe(0);

    await services.settings.update({ tagCadences: { Vorstand: 30 }, overdueFactor: 3 });
    expect([services.today.today().driftingCount, services.today.today().driftingOverdue]).toEqual([1, false]);

    await services.settings.update({ overdueFactor: 1 });
    expect(services.today.today().driftingOverdue).toBe(true);
  });

  it('answers afresh after a change of language, which the view does not carry but may in time', async () => {
    const { services } = servicesHarness({ contacts: [aContact({ birthday: '--06-02' })] });
    const before = services.today.today();
    await services.settings.update({ language: 'en' });
    const after = services.today.today();
    expect(after.birthdays).not.toBe(before.birthdays);
    expect(after).toEqual(before);
  });

  it('turns over with the day', () => {
    const anna = aContact({ firstName: 'Anna', birthday: '--06-02' });
    const { services, clock } = servicesHarness({ contacts: [anna] });
    expect(services.today.today()).toMatchObject({ date: '2025-06-02', dueCount: 1 });

    clock.set('2025-06-02T22:30:00.000Z');
    expect(services.today.today()).toMatchObject({ date: '2025-06-03', birthdays: [], dueCount: 0 });
  });
});
