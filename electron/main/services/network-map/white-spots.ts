// "Weiße Flecken": departments of the user's own organisation where she knows nobody among her active contacts. Which
// departments there are comes from what the user listed herself (settings.ownDepartments) and from the journal: the
// departments of her organisation's contacts she has archived (someone left, the department stayed). Compared folded,
// so "Geschäftsführung" on the list and "Geschaeftsfuehrung" on a contact are the same department.
import type { Contact } from '../../../../shared/model';
import { nameKey } from './groups';

/** Whether `contact` works in the user's own organisation: it names it, or is internal and names none. */
export function isOwnOrganisation(contact: Contact, ownOrganisationKey: string): boolean {
  const key = nameKey(contact.organisation);
  return key === '' ? contact.relation === 'internal' : key === ownOrganisationKey;
}

export function whiteSpotsOf(contacts: Iterable<Contact>, ownOrganisationKey: string, ownDepartments: readonly string[]): string[] {
  const known = new Set<string>();
  // The user's own spelling wins over one found on a contact; among contacts, the first one read.
  const candidates = new Map<string, string>();
  for (const department of ownDepartments) {
    const key = nameKey(department);
    if (key !== '' && !candidates.has(key)) candidates.set(key, department.trim());
  }
  for (const contact of contacts) {
    if (!isOwnOrganisation(contact, ownOrganisationKey)) continue;
    const key = nameKey(contact.department);
    if (key === '') continue;
    if (!contact.archived) known.add(key);
    else if (!candidates.has(key)) candidates.set(key, contact.department.trim());
  }
  const collator = new Intl.Collator('de');
  return [...candidates]
    .filter(([key]) => !known.has(key))
    .map(([, department]) => department)
    .sort(collator.compare);
}
