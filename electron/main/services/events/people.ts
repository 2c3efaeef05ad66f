// "Met someone": a name and an organisation typed in a hurry, matched against the journal. Names compare without
// case, accents or extra spaces, so "anna  müller" finds "Anna Müller" and "Muller" finds her too.
import { displayName, type Contact } from '../../../../shared/model';

/** Umlauts written out ("ue") and left off ("u") compare alike, since both appear when typing in a hurry. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/([aou])e/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Anna Maria Weber" becomes first name "Anna Maria" and last name "Weber"; a single word is a first name. */
export function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' };
}

/**
 * The contact meant: same name and same organisation. Where either side has no organisation, a name alone is
 * enough when exactly one contact carries it; with two of the same name a new contact is the safer guess than
 * merging two people.
 */
export function findContact(contacts: Iterable<Contact>, name: string, organisation: string): Contact | undefined {
  const wantedName = comparable(name);
  const wantedOrganisation = comparable(organisation);
  const sameName = [...contacts].filter((contact) => comparable(displayName(contact)) === wantedName);
  const sameOrganisation = sameName.filter((contact) => comparable(contact.organisation) === wantedOrganisation);
  if (sameOrganisation.length > 0) return sameOrganisation.find((contact) => !contact.archived) ?? sameOrganisation[0];
  const only = sameName.length === 1 ? sameName[0] : undefined;
  return only && (wantedOrganisation === '' || only.organisation === '') ? only : undefined;
}
