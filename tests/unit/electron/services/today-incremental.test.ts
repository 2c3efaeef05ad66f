// Today updates its kept view from each commit instead of computing the day again. Whatever the commits, the view
// after each must be the one computed from nothing (`today.afresh()`): a seeded random run of every kind of commit
// Today follows (encounters logged, changed and deleted, follow-ups set and settled, contacts changed, archived and
// deleted, keep-in-touch settings, reminders snoozed and settled, suggestions put off, and the day turning over).
import { describe, expect, it } from 'vitest';
import { interactionTypes, type Contact, type Interaction } from '../../../../shared/model';
import { addDays } from '../../../../shared/dates';
import { seededRandom } from '../../../support/seeded-random';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { recordingLogger, servicesHarness } from '../../../support/services-harness';
import { createJournalWriter } from '../../../../electron/main/services/journal-writer';
import { createOpenFollowUps, openFollowUpsIn } from '../../../../electron/main/services/today-follow-ups';
import type { Change } from '../../../../electron/main/store/types';
import { runInTimeZone } from './time-zone';

const SEEDS = [1, 2, 3, 20261202];
const COMMITS = 70;

const contactInput = ({ id: _id, createdAt: _c, updatedAt: _u, archived: _a, ...fields }: Contact) => fields;
const interactionInput = ({ id: _id, createdAt: _c, updatedAt: _u, ...fields }: Interaction) => fields;

function journalFor(random: () => number) {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const day = (from: string, span: number) => addDays(from, Math.floor(random() * span));
  const contacts = Array.from({ length: 24 }, (_, n) =>
    aContact({
      id: `c${n}`,
      firstName: pick(['Anna', 'Bernd', 'Cleo', 'Dora', 'Emil']),
      lastName: pick(['Lang', 'Kurz', 'Weber']),
      tags: random() < 0.5 ? [pick(['Vorstand', 'Kunde'])] : [],
      ...(random() < 0.3 ? { cadenceDays: pick([14, 30, 60]) } : {}),
      ...(random() < 0.6 ? { birthday: `${random() < 0.5 ? '1976' : '-'}-${day('2025-05-25', 30).slice(5)}` } : {}),
      metOn: day('2024-06-01', 300),
    }),
  );
  const interactions = Array.from({ length: 60 }, (_, n) =>
    anInteraction({
      id: `i${n}`,
      contactIds: [pick(contacts).id, ...(random() < 0.2 ? [pick(contacts).id] : [])].filter((id, i, all) => all.indexOf(id) === i),
      type: pick(interactionTypes),
      date: day('2024-09-01', 270),
      ...(random() < 0.25 ? { followUpOn: day('2025-05-10', 40) } : {}),
    }),
  );
  return { contacts, interactions };
}

describe('Today after each commit', () => {
  runInTimeZone('Europe/Berlin');

  for (const seed of SEEDS) {
    it(`equals the day computed from nothing (seed ${seed})`, async () => {
      console.info(`today-incremental seed: ${seed}`);
      const random = seededRandom(seed);
      const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
      const { contacts, interactions } = journalFor(random);
      const { services, store, clock } = servicesHarness({ contacts, interactions });
      let now = new Date('2025-06-02T10:00:00.000Z');
      expect(services.today.today()).toEqual(services.today.afresh());
      const someContact = () => pick([...store.contacts.values()]);
      const someInteraction = () => pick([...store.interactions.values()]);

      const commits: [string, () => Promise<unknown> | void][] = [
        ['log an encounter', () => services.interactions.create({ ...interactionInput(anInteraction({ contactIds: [someContact().id] })), date: clock.today() })],
        ['set a follow-up', () => {
          const interaction = someInteraction();
          return services.interactions.update(interaction.id, { ...interactionInput(interaction), followUpOn: addDays(clock.today(), Math.floor(random() * 12) - 4), followUpDone: false });
        }],
        ['settle a follow-up', () => {
          const interaction = someInteraction();
          return services.interactions.update(interaction.id, { ...interactionInput(interaction), followUpDone: true });
        }],
        ['turn an encounter into a favour', () => {
          const interaction = someInteraction();
          return services.interactions.update(interaction.id, { ...interactionInput(interaction), type: pick(['favourGiven', 'favourReceived'] as const) });
        }],
        ['move an encounter to other people', () => {
          const interaction = someInteraction();
          return services.interactions.update(interaction.id, { ...interactionInput(interaction), contactIds: [someContact().id] });
        }],
        ['delete an encounter', () => services.interactions.delete(someInteraction().id)],
        ['change a birthday', () => {
          const contact = someContact();
          return services.contacts.update(contact.id, { ...contactInput(contact), birthday: `--${addDays(clock.today(), Math.floor(random() * 16)).slice(5)}` });
        }],
        ['change a rhythm', () => {
          const contact = someContact();
          return services.contacts.update(contact.id, { ...contactInput(contact), cadenceDays: pick([7, 21, 90]) });
        }],
        ['archive or bring back', () => {
          const contact = someContact();
          return services.contacts.setArchived(contact.id, !contact.archived);
        }],
        ['delete a contact', () => services.contacts.delete(someContact().id)],
        ['change the tag rhythms', () => services.settings.update({ tagCadences: { Vorstand: pick([20, 45]), Kunde: pick([30, 120]) }, overdueFactor: pick([1, 1.5, 2]) })],
        ['change the default rhythm', () => services.settings.update({ defaultCadenceDays: pick([null, 60, 180]) })],
        ['snooze a reminder', () => {
          const row = services.today.today().agenda.flatMap((day) => day.items).find((item) => item.kind === 'occasion' || item.kind === 'followUp');
          return row && (row.kind === 'occasion' || row.kind === 'followUp') ? services.reminders.snooze(row.reminderId, pick(['day', 'week'] as const)) : undefined;
        }],
        ['settle a reminder', () => {
          const row = services.today.today().agenda.flatMap((day) => day.items).find((item) => item.kind === 'occasion' || item.kind === 'followUp');
          return row && (row.kind === 'occasion' || row.kind === 'followUp') ? services.reminders.done(row.reminderId) : undefined;
        }],
        ['put off a suggestion', () => {
          const suggestion = services.today.today().suggestions[0];
          return suggestion ? services.today.snoozeSuggestion(suggestion.contactId) : undefined;
        }],
        ['the clock moves on', () => {
          now = new Date(now.getTime() + Math.floor(random() * 30) * 3_600_000);
          clock.set(now);
        }],
      ];

      const done: string[] = [];
      for (let n = 0; n < COMMITS; n += 1) {
        const [what, commit] = pick(commits);
        if (store.contacts.size === 0 || store.interactions.size === 0) break;
        await commit();
        done.push(what);
        const kept = services.today.today();
        expect(kept, `seed ${seed}, after: ${done.join(' → ')}`).toEqual(services.today.afresh());
        // No thing twice, whatever happened.
        const keys = kept.agenda.flatMap((day) => day.items.map((item) => item.key));
        expect(new Set(keys).size).toBe(keys.length);
      }
      expect(done.length).toBeGreaterThan(COMMITS / 2);
    });
  }
});

describe('the open follow-ups, shared by Today and the reminders', () => {
  it('stay what a look at every interaction finds, through puts and deletes (seed 5)', async () => {
    console.info('open-follow-ups seed: 5');
    const random = seededRandom(5);
    const { store } = servicesHarness({ contacts: [aContact({ id: 'c0' })] });
    const writer = createJournalWriter({ store, log: recordingLogger() });
    const open = createOpenFollowUps({ store, writer });
    expect(open.list()).toEqual([]);
    for (let n = 0; n < 120; n += 1) {
      const id = `i${Math.floor(random() * 15)}`;
      const change: Change =
        random() < 0.2
          ? { op: 'delete', collection: 'interactions', id }
          : {
              op: 'put',
              collection: 'interactions',
              value: anInteraction({
                id,
                contactIds: ['c0'],
                ...(random() < 0.7 ? { followUpOn: addDays('2025-06-01', Math.floor(random() * 5)) } : {}),
                followUpDone: random() < 0.3,
              }),
            };
      if (change.op === 'delete' && !store.interactions.has(id)) continue;
      await writer.write(() => ({ changes: [change], result: null }));
      expect(open.list(), `seed 5, change ${n}`).toEqual(openFollowUpsIn(store));
    }
  });
});
