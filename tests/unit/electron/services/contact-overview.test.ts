// The contact list's overview: last contact, keep-in-touch status (none without a rhythm, never "all good") and the
// next occasion, read through the real services and router on a clock that stands still.
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../electron/main/ipc/router';
import { fixedClock } from '../../../../electron/main/services/clock';
import { createContactOverview } from '../../../../electron/main/services/contact-overview';
import { createInteractionIndex, type InteractionIndex } from '../../../../electron/main/services/interaction-index';
import { createJournalWriter, type JournalWriter } from '../../../../electron/main/services/journal-writer';
import { createOccasionsAhead } from '../../../../electron/main/services/occasions-ahead';
import type { Change, JournalStore } from '../../../../electron/main/store/types';
import { createMemoryStore } from '../../../support/memory-store';
import type { Contact } from '../../../../shared/model';
import type { ContactOverview } from '../../../../shared/views';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { NOW, recordingLogger, servicesHarness } from '../../../support/services-harness';
import { runInTimeZone } from './time-zone';

const byId = (entries: ContactOverview[]) => new Map(entries.map((entry) => [entry.contactId, entry]));

// The harness's clock stands at 2025-06-02 (Berlin).
describe('contact overview', () => {
  runInTimeZone('Europe/Berlin');

  it('has no status without a rhythm, and ok, due or overdue with one', () => {
    const cadence = 20; // due after 20 days, overdue from 30 days on with the default factor 1.5
    const noRhythm = aContact({ firstName: 'Keiner', tags: ['Ohne Rhythmus'], metOn: '2020-01-01' });
    const ok = aContact({ firstName: 'Gut', cadenceDays: cadence, metOn: '2025-05-24' }); // 9 days ago
    const dueToday = aContact({ firstName: 'Heute', cadenceDays: cadence, metOn: '2025-05-13' }); // 20 days ago
    const due = aContact({ firstName: 'Faellig', cadenceDays: cadence, metOn: '2025-05-04' }); // 29 days ago
    const overdue = aContact({ firstName: 'Rot', tags: ['Kunden'], metOn: '2025-05-03' }); // 30 days ago
    const { services } = servicesHarness({
      contacts: [noRhythm, ok, dueToday, due, overdue],
      settings: { tagCadences: { kunden: cadence } },
    });

    const overview = byId(services.contactOverview.list());

    expect(overview.get(noRhythm.id)?.keepInTouch).toEqual({ status: 'none' });
    expect(overview.get(ok.id)?.keepInTouch).toEqual({ status: 'ok', cadenceDays: 20, nextDueOn: '2025-06-13', dueInDays: 11 });
    expect(overview.get(dueToday.id)?.keepInTouch).toEqual({ status: 'due', cadenceDays: 20, nextDueOn: '2025-06-02', daysOverdue: 0 });
    expect(overview.get(due.id)?.keepInTouch).toEqual({ status: 'due', cadenceDays: 20, nextDueOn: '2025-05-24', daysOverdue: 9 });
    expect(overview.get(overdue.id)?.keepInTouch).toEqual({ status: 'overdue', cadenceDays: 20, nextDueOn: '2025-05-23', daysOverdue: 10 });
  });

  it('takes the newest encounter as the last contact, else the day they met, else none', () => {
    const met = aContact({ firstName: 'Met', metOn: '2025-04-01' });
    const seen = aContact({ firstName: 'Seen', metOn: '2024-01-01' });
    // Entered long ago with a rhythm: the rhythm counts from the day of entry, but that was no contact.
    const never = aContact({ firstName: 'Never', cadenceDays: 30, createdAt: '2025-01-15T10:00:00.000Z' });
    const { services } = servicesHarness({
      contacts: [met, seen, never],
      interactions: [
        anInteraction({ contactIds: [seen.id], date: '2025-05-20', createdAt: '2025-05-20T12:00:00.000Z' }),
        // Entered later, but an older encounter: the date decides, not the order of entry.
        anInteraction({ contactIds: [seen.id], date: '2025-03-10', createdAt: '2025-06-01T12:00:00.000Z' }),
      ],
    });

    const overview = byId(services.contactOverview.list());

    expect(overview.get(seen.id)).toMatchObject({ lastContactOn: '2025-05-20', daysSinceLastContact: 13 });
    expect(overview.get(met.id)).toMatchObject({ lastContactOn: '2025-04-01', daysSinceLastContact: 62 });
    expect(overview.get(never.id)).toEqual({
      contactId: never.id,
      keepInTouch: { status: 'overdue', cadenceDays: 30, nextDueOn: '2025-02-14', daysOverdue: 108 },
    });
  });

  it('names the soonest occasion in the coming two weeks, across the turn of the year', () => {
    const birthday = aContact({ firstName: 'Birgit', birthday: '1976-01-03' });
    const family = aContact({
      firstName: 'Frank',
      birthday: '--01-05',
      family: [{ id: 'kid', name: 'Mia', relation: 'child', birthday: '--12-31' }],
    });
    const anniversary = aContact({ firstName: 'Anna', anniversaries: [{ id: 'work', kind: 'work', label: '', date: '2017-01-02' }] });
    const later = aContact({ firstName: 'Later', birthday: '--01-20' });
    const { services } = servicesHarness({ contacts: [birthday, family, anniversary, later] }, '2026-12-25T10:00:00.000Z');

    const overview = byId(services.contactOverview.list());

    expect(overview.get(birthday.id)?.nextOccasion).toEqual({ kind: 'birthday', date: '2027-01-03', years: 51, round: false, inDays: 9 });
    expect(overview.get(family.id)?.nextOccasion).toEqual({
      kind: 'familyBirthday',
      date: '2026-12-31',
      detail: 'Mia',
      relation: 'child',
      round: false,
      inDays: 6,
    });
    expect(overview.get(anniversary.id)?.nextOccasion).toEqual({
      kind: 'anniversary',
      date: '2027-01-02',
      anniversaryKind: 'work',
      years: 10,
      round: true,
      inDays: 8,
    });
    expect(overview.get(later.id)?.nextOccasion).toBeUndefined();
  });

  it('leaves archived contacts out unless asked, and without a status', () => {
    const active = aContact({ firstName: 'Aktiv', cadenceDays: 7 });
    const archived = aContact({ firstName: 'Archiv', cadenceDays: 7, archived: true, birthday: '--06-03' });
    const { services } = servicesHarness({ contacts: [active, archived] });

    expect(services.contactOverview.list().map((entry) => entry.contactId)).toEqual([active.id]);
    const withArchived = byId(services.contactOverview.list({ includeArchived: true }));
    expect(withArchived.get(archived.id)).toEqual({ contactId: archived.id, keepInTouch: { status: 'none' } });
  });

  it('follows each change: an encounter logged, a rhythm set in the settings, a contact edited', async () => {
    const contact = aContact({ firstName: 'Paula', tags: ['Vorstand'], metOn: '2025-01-02' });
    const { services } = servicesHarness({ contacts: [contact] });
    const current = () => services.contactOverview.list()[0];
    expect(current()?.keepInTouch).toEqual({ status: 'none' });

    await services.settings.update({ tagCadences: { Vorstand: 30 } });
    expect(current()?.keepInTouch).toMatchObject({ status: 'overdue', cadenceDays: 30, daysOverdue: 121 });

    await services.interactions.create({ contactIds: [contact.id], type: 'coffee', date: '2025-06-01', place: '', topics: [], note: '', followUpDone: false });
    expect(current()).toMatchObject({ lastContactOn: '2025-06-01', daysSinceLastContact: 1, keepInTouch: { status: 'ok', dueInDays: 29 } });

    const { id: _id, createdAt: _c, updatedAt: _u, archived: _a, ...fields } = contact;
    await services.contacts.update(contact.id, { ...fields, emails: [], birthday: '--06-10' });
    expect(current()?.nextOccasion).toEqual({ kind: 'birthday', date: '2025-06-10', round: false, inDays: 8 });
  });

  it('is a read channel: validated input, a plain JSON answer', async () => {
    const contact = aContact({ firstName: 'Sabine', cadenceDays: 10 });
    const { services, log } = servicesHarness({ contacts: [contact] });
    const router = createRouter(services, log);

    const answer = await router.handle('contacts:overview', undefined);
    expect(answer.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
    expect(await router.handle('contacts:overview', { includeArchived: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await router.handle('contacts:overview', { everything: true })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  /** The overview over `store`, with the interaction index's reads counted and commits made by hand. */
  function followed(store: JournalStore) {
    const writer = createJournalWriter({ store, log: recordingLogger() });
    const index = createInteractionIndex({ store, writer });
    const reads: string[] = [];
    const countingIndex: InteractionIndex = {
      newestFirst: () => index.newestFirst(),
      ofContact: (contactId) => (reads.push(contactId), index.ofContact(contactId)),
    };
    const overview = createContactOverview({ store, clock: fixedClock(NOW), writer, index: countingIndex, occasionsAhead: createOccasionsAhead({ store, writer }) });
    const commit = (...changes: Change[]) => writer.write(() => ({ changes, result: null }));
    return { overview, reads, commit };
  }

  /** The same overview computed from nothing over the store as it is now. */
  function fresh(store: JournalStore) {
    const idle: JournalWriter = { onCommitted: () => () => undefined, write: () => Promise.reject(new Error('read only')) };
    const overview = createContactOverview({
      store,
      clock: fixedClock(NOW),
      writer: idle,
      index: createInteractionIndex({ store, writer: idle }),
      occasionsAhead: createOccasionsAhead({ store, writer: idle }),
    });
    return overview.list({ includeArchived: true });
  }

  const sorted = (entries: ContactOverview[]) => [...entries].sort((a, b) => (a.contactId < b.contactId ? -1 : 1));

  it('after logging an encounter reads only the people in it', async () => {
    const people = Array.from({ length: 20 }, (_, i) => aContact({ firstName: `P${i}`, cadenceDays: 30, metOn: '2025-01-01' }));
    const store = createMemoryStore({ contacts: people });
    const { overview, reads, commit } = followed(store);
    overview.list();
    expect(reads).toHaveLength(20);

    reads.length = 0;
    const [first, second] = people as [Contact, Contact];
    await commit({ op: 'put', collection: 'interactions', value: anInteraction({ contactIds: [first.id, second.id], date: '2025-06-01' }) });
    const after = byId(overview.list());

    expect(reads.sort()).toEqual([first.id, second.id].sort());
    expect(after.get(first.id)).toMatchObject({ lastContactOn: '2025-06-01', keepInTouch: { status: 'ok' } });
    expect(after.get(people[2]!.id)?.keepInTouch.status).toBe('overdue');
  });

  it('follows edits, deletions, archiving and rhythm settings to the same answer as computing afresh', async () => {
    const [anna, bert, cleo, dora] = ['Anna', 'Bert', 'Cleo', 'Dora'].map((firstName) =>
      aContact({ firstName, tags: ['Team'], metOn: '2025-01-10', birthday: '--06-05' }),
    ) as [Contact, Contact, Contact, Contact];
    const lunch = anInteraction({ contactIds: [anna.id, bert.id], date: '2025-05-30' });
    const call = anInteraction({ contactIds: [cleo.id], date: '2025-05-31' });
    const store = createMemoryStore({ contacts: [anna, bert, cleo, dora], interactions: [lunch, call], settings: { tagCadences: { Team: 14 } } });
    const { overview, commit } = followed(store);
    overview.list();

    // Bert was not at the lunch after all; the call is deleted; Dora is archived; a reminder is logged; the rhythm changes.
    await commit({ op: 'put', collection: 'interactions', value: { ...lunch, contactIds: [anna.id] } });
    expect(byId(overview.list()).get(bert.id)?.lastContactOn).toBe('2025-01-10');
    await commit({ op: 'delete', collection: 'interactions', id: call.id });
    expect(byId(overview.list()).get(cleo.id)?.lastContactOn).toBe('2025-01-10');
    await commit({ op: 'put', collection: 'contacts', value: { ...dora, archived: true } });
    expect(overview.list().map((entry) => entry.contactId)).not.toContain(dora.id);
    await commit({ op: 'settings', value: { ...store.settings, reminderLog: [] } });
    expect(sorted(overview.list({ includeArchived: true }))).toEqual(sorted(fresh(store)));
    await commit({ op: 'settings', value: { ...store.settings, tagCadences: { Team: 365 } } });
    expect(byId(overview.list()).get(anna.id)?.keepInTouch.status).toBe('ok');
    await commit({ op: 'delete', collection: 'contacts', id: bert.id });

    expect(sorted(overview.list({ includeArchived: true }))).toEqual(sorted(fresh(store)));
  });
});
