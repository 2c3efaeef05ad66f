// Sample data to try Plausch with, and to take out again with one click. The settings remember exactly which records
// the sample added and when (`sampleData`); every record is written with that instant as `updatedAt`, so a record
// still carrying it is untouched since. Removing takes out only those, never what the user entered or changed: a
// sample contact the user edited, or that one of the user's own records names, stays and is reported.
import { randomUUID } from 'node:crypto';
import {
  contactSchema,
  displayName,
  eventRecordSchema,
  interactionSchema,
  type CoachRecord,
  type Contact,
  type Interaction,
  type Language,
  type SampleDataStamp,
  type Settings,
} from '../../../shared/model';
import type { KeptSampleContact, SampleDataRemoval, SampleDataStatus } from '../../../shared/sample-data-contract';
import type { Change, JournalStore } from '../store/types';
import type { Clock } from './clock';
import { checklistFromTemplate, standardTemplate } from './events/checklist';
import type { JournalWriter } from './journal-writer';
import { withoutUndefined } from './records';
import { sampleRecords } from './sample-records';
import type { UndoLedger } from './undo';

interface SampleDataDeps {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: UndoLedger;
  newId?: () => string;
}

export function createSampleData({ store, clock, writer, undo, newId = randomUUID }: SampleDataDeps) {
  function remainingContacts(stamp: SampleDataStamp): Contact[] {
    return stamp.contactIds.flatMap((id) => store.contacts.get(id) ?? []);
  }

  function status(): SampleDataStatus {
    const stamp = store.settings.sampleData;
    if (!stamp) return { present: false, contacts: 0 };
    const contacts = remainingContacts(stamp).length;
    const others = [...stamp.interactionIds.filter((id) => store.interactions.has(id)), ...stamp.coachIds.filter((id) => store.coach.has(id))];
    return { present: contacts + others.length > 0, contacts };
  }

  function withStamp(stamp: SampleDataStamp | undefined): Settings {
    const { sampleData: _old, ...settings } = store.settings;
    return stamp ? { ...settings, sampleData: stamp } : settings;
  }

  function build(language: Language, now: string): { changes: Change[]; stamp: SampleDataStamp } {
    const records = sampleRecords(clock.today(), newId);
    const timestamps = { createdAt: now, updatedAt: now };
    const ids = new Map<string, string>();
    const contacts = Object.entries(records.contacts).map(([key, input]) => {
      const id = newId();
      ids.set(key, id);
      return withoutUndefined(contactSchema.parse({ ...input, id, archived: false, ...timestamps }));
    });
    const idOf = (key: string) => ids.get(key) as string;
    const interactions = records.interactions.map(({ people, ...input }) =>
      withoutUndefined(interactionSchema.parse({ ...input, contactIds: people.map(idOf), id: newId(), ...timestamps })),
    );
    const { expected, toMeet, ...fields } = records.event;
    const template = standardTemplate(fields.eventKind, language);
    const event = withoutUndefined(
      eventRecordSchema.parse({
        ...fields,
        kind: 'event',
        id: newId(),
        expectedIds: expected.map(idOf),
        toMeetIds: toMeet.map(idOf),
        checklist: checklistFromTemplate(template),
        templateId: template.id,
        ...timestamps,
      }),
    );
    const stamp: SampleDataStamp = {
      addedAt: now,
      contactIds: contacts.map((contact) => contact.id),
      interactionIds: interactions.map((interaction) => interaction.id),
      coachIds: [event.id],
    };
    return {
      stamp,
      changes: [
        ...contacts.map((value): Change => ({ op: 'put', collection: 'contacts', value })),
        ...interactions.map((value): Change => ({ op: 'put', collection: 'interactions', value })),
        { op: 'put', collection: 'coach', value: event },
      ],
    };
  }

  /** Ids of contacts named by records that stay: the user's own encounters, events, plans, introductions, campaigns. */
  function contactsInUse(staying: { interactions: Interaction[]; coach: CoachRecord[]; contacts: Contact[] }): Set<string> {
    const used = new Set<string>();
    for (const interaction of staying.interactions) interaction.contactIds.forEach((id) => used.add(id));
    for (const contact of staying.contacts) if (contact.introducedById) used.add(contact.introducedById);
    for (const campaign of store.settings.campaigns ?? []) campaign.recipients.forEach(({ contactId }) => used.add(contactId));
    // Coach records name people in many fields (attendees, members, organisers, plans); ids are UUIDs, so finding one
    // anywhere in a record's text means that record names the person, without a list of fields to keep up to date.
    const coachText = staying.coach.map((record) => JSON.stringify(record)).join('\n');
    return new Set([...used, ...[...store.contacts.keys()].filter((id) => coachText.includes(id))]);
  }

  return {
    status,

    add(language: Language): Promise<SampleDataStatus> {
      return writer.write(() => {
        if (status().present) return { changes: [], result: status() };
        const { changes, stamp } = build(language, clock.now().toISOString());
        changes.push({ op: 'settings', value: withStamp(stamp) });
        return { changes, result: { present: true, contacts: stamp.contactIds.length } };
      });
    },

    remove(): Promise<SampleDataRemoval> {
      return writer.write(() => {
        const stamp = store.settings.sampleData;
        const nothing: SampleDataRemoval = { removedContacts: 0, removedInteractions: 0, removedEvents: 0, kept: [] };
        if (!stamp) return { changes: [], result: nothing };
        const untouched = (record: { updatedAt: string } | undefined) => record !== undefined && record.updatedAt === stamp.addedAt;
        const interactions = stamp.interactionIds.map((id) => store.interactions.get(id)).filter(untouched) as Interaction[];
        const coach = stamp.coachIds.map((id) => store.coach.get(id)).filter((record) => untouched(record as { updatedAt: string } | undefined)) as CoachRecord[];
        const removedInteractionIds = new Set(interactions.map((interaction) => interaction.id));
        const removedCoachIds = new Set(coach.map((record) => record.id));
        const sampleContactIds = new Set(stamp.contactIds);
        const inUse = contactsInUse({
          interactions: [...store.interactions.values()].filter((interaction) => !removedInteractionIds.has(interaction.id)),
          coach: [...store.coach.values()].filter((record) => !removedCoachIds.has(record.id)),
          contacts: [...store.contacts.values()].filter((contact) => !sampleContactIds.has(contact.id)),
        });
        const kept: KeptSampleContact[] = [];
        const contacts: Contact[] = [];
        for (const contact of remainingContacts(stamp)) {
          const reason = !untouched(contact) ? 'edited' : inUse.has(contact.id) ? 'inUse' : undefined;
          if (reason) kept.push({ contactId: contact.id, name: displayName(contact), reason });
          else contacts.push(contact);
        }
        const changes: Change[] = [
          ...contacts.map((contact): Change => ({ op: 'delete', collection: 'contacts', id: contact.id })),
          ...interactions.map((interaction): Change => ({ op: 'delete', collection: 'interactions', id: interaction.id })),
          ...coach.map((record): Change => ({ op: 'delete', collection: 'coach', id: record.id })),
          // What stays is the user's from now on: the stamp goes, so nothing of it is taken out later.
          { op: 'settings', value: withStamp(undefined) },
        ];
        const undoToken = undo.remember(() => [
          ...contacts.filter((contact) => !store.contacts.has(contact.id)).map((value): Change => ({ op: 'put', collection: 'contacts', value })),
          ...interactions
            .filter((interaction) => !store.interactions.has(interaction.id))
            .map((value): Change => ({ op: 'put', collection: 'interactions', value })),
          ...coach.filter((record) => !store.coach.has(record.id)).map((value): Change => ({ op: 'put', collection: 'coach', value })),
          { op: 'settings', value: withStamp(stamp) },
        ]);
        return {
          changes,
          result: { removedContacts: contacts.length, removedInteractions: interactions.length, removedEvents: coach.length, kept, undoToken },
        };
      });
    },
  };
}

export type SampleDataService = ReturnType<typeof createSampleData>;
