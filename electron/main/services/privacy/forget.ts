// Forgetting a person (GDPR Art. 17): the person goes from the journal, from every backup in the data folder and from
// the photos, in that order, and the report says what went. It cannot be undone, by design.
import { displayName } from '../../../../shared/model';
import type { ForgetPreview, ForgetReport } from '../../../../shared/privacy';
import type { Change, JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter } from '../journal-writer';
import { requireContact } from '../records';
import type { UndoLedger } from '../undo';
import { removePerson, type PersonRecords } from './person-removal';

export interface ForgetDeps {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: Pick<UndoLedger, 'clear'>;
  /** Whether a photo of the contact is stored. */
  hasPhoto: (contactId: string) => boolean;
  /** Deletes the contact's photo and any copy kept of it; resolves to whether there was one. */
  erasePhoto: (contactId: string) => Promise<boolean>;
}

function recordsOf(store: JournalStore): PersonRecords {
  return {
    contacts: [...store.contacts.values()],
    interactions: [...store.interactions.values()],
    coach: [...store.coach.values()],
    settings: store.settings,
  };
}

/** The changes that turn `before` into `after`; the removal returns unchanged records as the same objects. */
function changesBetween(before: PersonRecords, after: PersonRecords): Change[] {
  const changes: Change[] = [];
  const kept = <T extends { id: string }>(records: T[]) => new Map(records.map((record) => [record.id, record]));
  const afterContacts = kept(after.contacts);
  for (const contact of before.contacts) {
    const next = afterContacts.get(contact.id);
    if (!next) changes.push({ op: 'delete', collection: 'contacts', id: contact.id });
    else if (next !== contact) changes.push({ op: 'put', collection: 'contacts', value: next });
  }
  const afterInteractions = kept(after.interactions);
  for (const interaction of before.interactions) {
    const next = afterInteractions.get(interaction.id);
    if (!next) changes.push({ op: 'delete', collection: 'interactions', id: interaction.id });
    else if (next !== interaction) changes.push({ op: 'put', collection: 'interactions', value: next });
  }
  const afterCoach = kept(after.coach);
  for (const record of before.coach) {
    const next = afterCoach.get(record.id);
    if (!next) changes.push({ op: 'delete', collection: 'coach', id: record.id });
    else if (next !== record) changes.push({ op: 'put', collection: 'coach', value: next });
  }
  if (after.settings !== before.settings) changes.push({ op: 'settings', value: after.settings });
  return changes;
}

export function createForget({ store, clock, writer, undo, hasPhoto, erasePhoto }: ForgetDeps) {
  /** What forgetting would remove from the journal and the photos; reads the journal only. */
  function forgetCounts(contactId: string): Omit<ForgetPreview, 'backups'> {
    const contact = requireContact(store, contactId);
    const { counts } = removePerson(recordsOf(store), contactId);
    return { contactId, name: displayName(contact), counts: { ...counts, photo: hasPhoto(contactId) } };
  }

  return {
    forgetCounts,

    /** What forgetting would remove, the backups that hold the person included; writes nothing. */
    async forgetPreview(contactId: string): Promise<ForgetPreview> {
      const preview = forgetCounts(contactId);
      let backups = 0;
      // Read only: the edit counts the backups that hold the person and leaves every file as it is.
      await store.rewriteBackups((document) => {
        if (removePerson(document, contactId).changed) backups += 1;
        return null;
      });
      return { ...preview, backups };
    },

    /** Removes the person everywhere in one commit, then from the files that still hold them. */
    async forget(contactId: string): Promise<ForgetReport> {
      const { name, counts, hadPhoto } = await writer.write(() => {
        const contact = requireContact(store, contactId);
        const before = recordsOf(store);
        const removal = removePerson(before, contactId);
        return {
          changes: changesBetween(before, removal.document),
          result: { name: displayName(contact), counts: removal.counts, hadPhoto: hasPhoto(contactId) },
          // An undo token holds a function that recomputes the records it brings back, and may bring back this
          // person (a deleted encounter with them, the contact itself deleted a minute ago). Which ones would cannot
          // be told from outside, so every pending undo goes: the user loses the chance to undo her last few steps,
          // and the person cannot come back.
          afterCommit: () => undo.clear(),
        };
      });
      const photoErased = await erasePhoto(contactId);
      // The log still holds the lines that wrote the person; folding it into the data files clears it.
      await store.flush();
      const backups = await store.rewriteBackups((document) => {
        const removal = removePerson(document, contactId);
        return removal.changed ? removal.document : null;
      });
      return {
        name,
        forgottenAt: clock.now().toISOString(),
        counts: { ...counts, photo: hadPhoto || photoErased },
        backupsRewritten: backups.rewritten,
        unreadableFiles: backups.unreadable,
      };
    },
  };
}
