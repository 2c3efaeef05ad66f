// Small helpers the services share for reading the journal.
import { PlauschError } from '../../../shared/errors';
import { displayName, type Contact, type Interaction } from '../../../shared/model';
import type { JournalStore } from '../store/types';

/** Date descending, then the later-entered first; the id keeps the order total. */
export function compareNewestFirst(a: Interaction, b: Interaction): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function requireContact(store: JournalStore, id: string): Contact {
  const contact = store.contacts.get(id);
  if (!contact) throw new PlauschError('notFound', { id });
  return contact;
}

export function requireInteraction(store: JournalStore, id: string): Interaction {
  const interaction = store.interactions.get(id);
  if (!interaction) throw new PlauschError('notFound', { id });
  return interaction;
}

/** A payload pointing at a contact that does not exist is the caller's mistake, reported on the field. */
export function unknownContact(path: string): PlauschError {
  return new PlauschError('invalidInput', { issues: [{ path, message: 'unknownContact' }] });
}

export function namesOf(store: JournalStore, ids: Iterable<string>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const id of ids) {
    const contact = store.contacts.get(id);
    if (contact) names[id] = displayName(contact);
  }
  return names;
}

/** Drops keys whose value is undefined, so records stay plain data that survives JSON as it is. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
