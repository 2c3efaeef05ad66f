// "Vorgestellt von" across an import: a file names a contact's introducer by the id Plausch's export gave them, or by
// name (Outlook's `Empfohlen von`). Once every record of the file has its contact, the reference is looked up: first
// the file's own contacts by that id, then the journal's, then the one contact of that name. A name two contacts
// share names nobody for sure, and is left out rather than guessed.
import { displayName, type Contact } from '../../../../shared/model';
import { fold } from '../search-text';

export interface IntroducerLookup {
  /** The ids the file's records had in Plausch's export, to the contacts they became or updated. */
  bySourceId: ReadonlyMap<string, string>;
  /** The journal's contacts and those the import creates. */
  contacts: Iterable<Contact>;
}

export function introducerResolver({ bySourceId, contacts }: IntroducerLookup) {
  const ids = new Set<string>();
  const byName = new Map<string, string | null>();
  for (const contact of contacts) {
    ids.add(contact.id);
    const key = fold(displayName(contact));
    byName.set(key, byName.has(key) ? null : contact.id);
  }
  return (reference: { sourceId?: string; name: string }, self: string): string | undefined => {
    const byId = reference.sourceId ? (bySourceId.get(reference.sourceId) ?? (ids.has(reference.sourceId) ? reference.sourceId : undefined)) : undefined;
    const found = byId ?? (reference.name ? byName.get(fold(reference.name)) ?? undefined : undefined);
    // Nobody introduced themselves.
    return found === self ? undefined : found;
  };
}
