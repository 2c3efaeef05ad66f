// The encounters and events already made from calendar occurrences, by occurrence key: so that a logged meeting is
// never suggested again and an event is offered once. Built on first use, then kept by the writer's commits, so a
// look-up never walks the journal.
import type { EventRecord, Interaction } from '../../../../shared/model';
import type { Change, JournalStore } from '../../store/types';
import type { JournalWriter } from '../journal-writer';

export interface LinkedRecords {
  interactionOf(key: string): Interaction | undefined;
  eventOf(key: string): EventRecord | undefined;
}

/** Records by occurrence key, and each record's key by id, to drop it when it is deleted or loses its link. */
class KeyIndex<T extends { id: string }> {
  private readonly byKey = new Map<string, T>();
  private readonly keyById = new Map<string, string>();

  put(record: T, key: string | undefined): void {
    this.remove(record.id);
    if (key === undefined) return;
    this.byKey.set(key, record);
    this.keyById.set(record.id, key);
  }

  remove(id: string): void {
    const key = this.keyById.get(id);
    if (key === undefined) return;
    this.keyById.delete(id);
    if (this.byKey.get(key)?.id === id) this.byKey.delete(key);
  }

  get(key: string): T | undefined {
    return this.byKey.get(key);
  }
}

export function createLinkedRecords({ store, writer }: { store: JournalStore; writer: Pick<JournalWriter, 'onCommitted'> }): LinkedRecords {
  let built = false;
  const interactions = new KeyIndex<Interaction>();
  const events = new KeyIndex<EventRecord>();

  function apply(change: Change): void {
    if (change.op === 'settings') return;
    if (change.op === 'delete') {
      if (change.collection === 'interactions') interactions.remove(change.id);
      else if (change.collection === 'coach') events.remove(change.id);
      return;
    }
    if (change.collection === 'interactions') interactions.put(change.value, change.value.calendarKey);
    else if (change.collection === 'coach') {
      if (change.value.kind === 'event') events.put(change.value, change.value.calendarKey);
      else events.remove(change.value.id);
    }
  }

  function ensureBuilt(): void {
    if (built) return;
    built = true;
    for (const interaction of store.interactions.values()) if (interaction.calendarKey) interactions.put(interaction, interaction.calendarKey);
    for (const record of store.coach.values()) if (record.kind === 'event' && record.calendarKey) events.put(record, record.calendarKey);
  }

  writer.onCommitted(({ changes }) => {
    // Before the first look-up there is nothing to follow: the build reads the store as it is then.
    if (built) changes.forEach(apply);
  });

  return {
    interactionOf(key) {
      ensureBuilt();
      return interactions.get(key);
    },
    eventOf(key) {
      ensureBuilt();
      return events.get(key);
    },
  };
}
