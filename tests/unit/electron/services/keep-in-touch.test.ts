import { describe, expect, it } from 'vitest';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';
import { runInTimeZone } from './time-zone';

// The clock stands at 2025-06-02 (Berlin), and the day a contact was entered is read in Berlin too.
describe('keep in touch', () => {
  runInTimeZone('Europe/Berlin');

  it('is due on the day last contact + cadence falls, overdue once cadence × factor has passed', () => {
    const cadence = 20; // overdue from 30 days on with the default factor 1.5
    const notYet = aContact({ firstName: 'A', cadenceDays: cadence, metOn: '2025-05-14' }); // 19 days
    const dueToday = aContact({ firstName: 'B', cadenceDays: cadence, metOn: '2025-05-13' }); // 20 days
    const lastDue = aContact({ firstName: 'C', cadenceDays: cadence, metOn: '2025-05-04' }); // 29 days
    const overdue = aContact({ firstName: 'D', cadenceDays: cadence, metOn: '2025-05-03' }); // 30 days
    const { services } = servicesHarness({ contacts: [notYet, dueToday, lastDue, overdue] });

    const drifting = services.keepInTouch.drifting();

    expect(drifting.map((d) => [d.name, d.status, d.daysOverdue])).toEqual([
      ['D Mustermann', 'overdue', 10],
      ['C Mustermann', 'due', 9],
      ['B Mustermann', 'due', 0],
    ]);
    expect(drifting[2]).toMatchObject({ nextDueOn: '2025-06-02', lastContactOn: '2025-05-13', cadenceSource: { kind: 'contact' } });
  });

  it('takes the smallest cadence among the tags unless the contact has its own', () => {
    const tagged = aContact({ firstName: 'Tag', tags: ['Kunden', 'vorstand'], metOn: '2025-05-01' });
    const own = aContact({ firstName: 'Own', tags: ['Vorstand'], cadenceDays: 60, metOn: '2025-05-01' });
    const none = aContact({ firstName: 'None', tags: ['Sonstige'], metOn: '2020-01-01' });
    const { services } = servicesHarness({
      contacts: [tagged, own, none],
      settings: { tagCadences: { Kunden: 90, Vorstand: 30 } },
    });

    expect(services.contacts.get(tagged.id).keepInTouch).toEqual({
      cadenceDays: 30,
      cadenceSource: { kind: 'tag', tag: 'vorstand' },
      lastContactOn: '2025-05-01',
      nextDueOn: '2025-05-31',
      status: 'due',
    });
    expect(services.contacts.get(own.id).keepInTouch).toMatchObject({ cadenceDays: 60, status: 'ok' });
    expect(services.contacts.get(none.id).keepInTouch).toEqual({ lastContactOn: '2020-01-01', status: 'ok' });
    expect(services.keepInTouch.drifting().map((d) => d.contactId)).toEqual([tagged.id]);
  });

  it('counts from the newest interaction, else the meeting date, else the day the contact was entered', async () => {
    const met = aContact({ cadenceDays: 10, metOn: '2025-05-01', createdAt: '2025-05-20T12:00:00.000Z' });
    const entered = aContact({ cadenceDays: 10, createdAt: '2025-05-20T12:00:00.000Z' });
    const { services } = servicesHarness({ contacts: [met, entered] });
    expect(services.contacts.get(met.id).keepInTouch.lastContactOn).toBe('2025-05-01');
    expect(services.contacts.get(entered.id).keepInTouch.lastContactOn).toBe('2025-05-20');
    expect(services.keepInTouch.drifting().map((d) => d.contactId)).toEqual([met.id, entered.id]);

    await services.interactions.create({ contactIds: [met.id, entered.id], type: 'smallTalk', date: '2025-06-01', place: '', topics: [], note: '', followUpDone: false });

    expect(services.contacts.get(met.id).keepInTouch).toMatchObject({ lastContactOn: '2025-06-01', status: 'ok' });
    expect(services.keepInTouch.drifting()).toEqual([]);
  });

  it('leaves archived contacts off the drifting list and honours the overdue factor', async () => {
    const archived = aContact({ cadenceDays: 10, metOn: '2025-01-01', archived: true });
    const active = aContact({ cadenceDays: 10, metOn: '2025-05-10' }); // 23 days since
    const interaction = anInteraction({ contactIds: [active.id], date: '2025-05-12' }); // 21 days since
    const { services } = servicesHarness({ contacts: [archived, active], interactions: [interaction] });

    expect(services.keepInTouch.drifting().map((d) => [d.contactId, d.status])).toEqual([[active.id, 'overdue']]);
    await services.settings.update({ overdueFactor: 3 });
    expect(services.keepInTouch.drifting().map((d) => [d.contactId, d.status])).toEqual([[active.id, 'due']]);
  });
});
