// Which contacts a commit touched, for the views that keep an answer per contact and recompute only those: a changed
// or removed contact, and everyone in an encounter before and after it changed. A deletion names only the id, so the
// people of each encounter are remembered from the last time it was seen.
import type { Change, JournalStore } from '../store/types';

export interface TouchedContacts {
  /** Forgets what it remembered and reads every encounter's people from the store as it is now. */
  reset(store: Pick<JournalStore, 'interactions'>): void;
  /** Adds the contacts the changes touched to `into`. */
  collect(changes: readonly Change[], into: Set<string>): void;
}

export function createTouchedContacts(): TouchedContacts {
  const peopleOf = new Map<string, readonly string[]>();
  return {
    reset(store) {
      peopleOf.clear();
      for (const interaction of store.interactions.values()) peopleOf.set(interaction.id, interaction.contactIds);
    },
    collect(changes, into) {
      for (const change of changes) {
        if (change.op === 'settings' || change.collection === 'coach') continue;
        const id = change.op === 'put' ? change.value.id : change.id;
        if (change.collection === 'contacts') {
          into.add(id);
          continue;
        }
        for (const contactId of peopleOf.get(id) ?? []) into.add(contactId);
        if (change.op === 'put') {
          for (const contactId of change.value.contactIds) into.add(contactId);
          peopleOf.set(id, change.value.contactIds);
        } else peopleOf.delete(id);
      }
    },
  };
}
