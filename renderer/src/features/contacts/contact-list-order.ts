// Which contacts the list shows and in what order: the text filter, intern/extern and a tag narrow it down; the sort
// puts the most overdue, the longest unseen or the alphabet first. Pure, so it is tested without a window.
import { displayName, type Contact } from '../../../../shared/model';
import type { ContactOverview } from '../../../../shared/views';
import { matchesQuery } from './search-text';

export const contactListSorts = ['name', 'overdue', 'lastContact'] as const;
export type ContactListSort = (typeof contactListSorts)[number];

export interface ContactListFilters {
  text: string;
  relation: Contact['relation'] | 'all';
  /** A tag the contact must carry (compared without case); empty for any. */
  tag: string;
}

export const noFilters: ContactListFilters = { text: '', relation: 'all', tag: '' };

export function hasFilters(filters: ContactListFilters): boolean {
  return filters.text.trim() !== '' || filters.relation !== 'all' || filters.tag !== '';
}

const sameTag = (a: string, b: string) => a.toLocaleLowerCase('de') === b.toLocaleLowerCase('de');

export function filterContacts(contacts: readonly Contact[], { text, relation, tag }: ContactListFilters): Contact[] {
  return contacts.filter(
    (contact) =>
      (relation === 'all' || contact.relation === relation) &&
      (tag === '' || contact.tags.some((own) => sameTag(own, tag))) &&
      matchesQuery([displayName(contact), contact.role, contact.organisation, contact.department, ...contact.tags].join(' '), text),
  );
}

/** Every tag the contacts carry, once (whatever its case), in the language's alphabetical order. */
export function tagsOf(contacts: readonly Contact[], language: string): string[] {
  const byFolded = new Map<string, string>();
  for (const contact of contacts) {
    for (const tag of contact.tags) {
      const folded = tag.toLocaleLowerCase('de');
      if (!byFolded.has(folded)) byFolded.set(folded, tag);
    }
  }
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...byFolded.values()].sort(collator.compare);
}

function nameKey(contact: Contact): string {
  return `${contact.lastName || contact.firstName} ${contact.firstName}`;
}

/**
 * How pressing a contact is: red before yellow before green, and within each the longest overdue (or the soonest
 * due) first. Contacts without a rhythm come last, whatever their last contact: the list has no reason to push them.
 */
function urgencyOf(overview: ContactOverview | undefined): [group: number, days: number] {
  const state = overview?.keepInTouch;
  switch (state?.status) {
    case 'overdue':
      return [0, -state.daysOverdue];
    case 'due':
      return [1, -state.daysOverdue];
    case 'ok':
      return [2, state.dueInDays];
    default:
      return [3, 0];
  }
}

export function sortContacts(
  contacts: readonly Contact[],
  overviews: ReadonlyMap<string, ContactOverview>,
  sort: ContactListSort,
  language: string,
): Contact[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const byName = (a: Contact, b: Contact) => collator.compare(nameKey(a), nameKey(b));
  const sorted = [...contacts];
  if (sort === 'name') return sorted.sort(byName);
  if (sort === 'overdue') {
    const urgency = new Map(contacts.map((contact) => [contact.id, urgencyOf(overviews.get(contact.id))]));
    return sorted.sort((a, b) => {
      const [groupA, daysA] = urgency.get(a.id) as [number, number];
      const [groupB, daysB] = urgency.get(b.id) as [number, number];
      return groupA - groupB || daysA - daysB || byName(a, b);
    });
  }
  // Longest without contact: never first, then the oldest last contact.
  const last = (contact: Contact) => overviews.get(contact.id)?.lastContactOn ?? '';
  return sorted.sort((a, b) => {
    const lastA = last(a);
    const lastB = last(b);
    return lastA < lastB ? -1 : lastA > lastB ? 1 : byName(a, b);
  });
}
