// The journal newest first, and each contact's timeline newest first, kept in order as commits arrive, so listing a
// page or opening a contact reads what it shows instead of sorting every interaction on every call. Built on first
// use; after that each change the writer commits moves one record by binary search.
import type { Interaction } from '../../../shared/model';
import type { JournalStore } from '../store/types';
import type { JournalWriter } from './journal-writer';
import { compareNewestFirst } from './records';

/** The first position in `list` (newest first) whose record comes after `key`. */
export function positionAfter(list: readonly Interaction[], key: Pick<Interaction, 'date' | 'createdAt' | 'id'>): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareNewestFirst(list[middle] as Interaction, key as Interaction) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function insert(list: Interaction[], interaction: Interaction): void {
  list.splice(positionAfter(list, interaction), 0, interaction);
}

function remove(list: Interaction[], interaction: Interaction): void {
  const at = positionAfter(list, interaction) - 1;
  if (list[at]?.id === interaction.id) list.splice(at, 1);
}

export function createInteractionIndex({ store, writer }: { store: JournalStore; writer: JournalWriter }) {
  let built = false;
  const newestFirst: Interaction[] = [];
  const byContact = new Map<string, Interaction[]>();
  /** The version of each record as placed in the lists, to find it again once the store holds a newer one. */
  const placed = new Map<string, Interaction>();

  function place(interaction: Interaction): void {
    placed.set(interaction.id, interaction);
    insert(newestFirst, interaction);
    for (const contactId of interaction.contactIds) {
      let timeline = byContact.get(contactId);
      if (!timeline) byContact.set(contactId, (timeline = []));
      insert(timeline, interaction);
    }
  }

  function unplace(id: string): void {
    const interaction = placed.get(id);
    if (!interaction) return;
    placed.delete(id);
    remove(newestFirst, interaction);
    for (const contactId of interaction.contactIds) {
      const timeline = byContact.get(contactId);
      if (!timeline) continue;
      remove(timeline, interaction);
      if (timeline.length === 0) byContact.delete(contactId);
    }
  }

  function ensureBuilt(): void {
    if (built) return;
    built = true;
    newestFirst.push(...store.interactions.values());
    newestFirst.sort(compareNewestFirst);
    for (const interaction of newestFirst) {
      placed.set(interaction.id, interaction);
      for (const contactId of interaction.contactIds) {
        const timeline = byContact.get(contactId);
        if (timeline) timeline.push(interaction);
        else byContact.set(contactId, [interaction]);
      }
    }
  }

  writer.onCommitted(({ changes }) => {
    // Before the first read there is nothing to follow: the build reads the store as it is then.
    if (!built) return;
    for (const change of changes) {
      if (change.op === 'settings' || change.collection !== 'interactions') continue;
      unplace(change.op === 'delete' ? change.id : change.value.id);
      if (change.op === 'put') place(change.value);
    }
  });

  return {
    /** Every interaction, newest first. The list is the index's own: read it, never change it. */
    newestFirst(): readonly Interaction[] {
      ensureBuilt();
      return newestFirst;
    },

    /** The interactions involving `contactId`, newest first; read only, like `newestFirst`. */
    ofContact(contactId: string): readonly Interaction[] {
      ensureBuilt();
      return byContact.get(contactId) ?? [];
    },
  };
}

export type InteractionIndex = ReturnType<typeof createInteractionIndex>;
