// The people of the network page: every active contact in the group of its organisation and department, with its
// warmth. Organisations and departments are told apart by their folded spelling ("Einkauf", "einkauf", "EINKAUF" are
// one department) and shown in the spelling most of their people have.
import { displayName, type Contact, type ContactRelation } from '../../../../shared/model';
import type { Warmth } from '../../../../shared/help-contract';
import type { NetworkMap, NetworkMapGroup, NetworkMapPerson } from '../../../../shared/network-map-contract';
import { fold } from '../search-text';

/** A network has a few hundred names of organisations and departments, each folded once. */
const nameKeys = new Map<string, string>();
const NAME_KEYS_KEPT = 10_000;

/** How a name of an organisation or department is compared: folded (case, umlauts, ß) with its spaces evened out. */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = fold(name.trim().replace(/\s+/g, ' '));
    if (nameKeys.size >= NAME_KEYS_KEPT) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

const tieBreak = new Intl.Collator('de', { caseFirst: 'upper' });

/** Counts the spellings of one folded name, to show the one most people use. */
class Spellings {
  private readonly counts = new Map<string, number>();

  add(spelling: string): void {
    this.counts.set(spelling, (this.counts.get(spelling) ?? 0) + 1);
  }

  /** The spelling most people use; on a tie the one written with capitals ("Einkauf" over "einkauf"). */
  mostCommon(): string {
    let best = '';
    let bestCount = 0;
    for (const [spelling, count] of this.counts) {
      if (count > bestCount || (count === bestCount && tieBreak.compare(spelling, best) < 0)) {
        best = spelling;
        bestCount = count;
      }
    }
    return best;
  }
}

interface GroupDraft {
  relation: ContactRelation;
  organisationKey: string;
  departmentKey: string;
  people: NetworkMapPerson[];
}

export interface PeopleMap {
  ownOrganisation: string;
  /** The folded name of the own organisation; empty when none is known. */
  ownOrganisationKey: string;
  groups: NetworkMapGroup[];
  totals: NetworkMap['totals'];
}

/**
 * The organisation most internal contacts work for. Only the active ones vote: the network as it is now. Ties go to
 * the name first in the alphabet, so the answer does not depend on the order the journal was read in.
 */
function ownOrganisationOf(active: readonly Contact[], spellings: Map<string, Spellings>, collator: Intl.Collator): string {
  const votes = new Map<string, number>();
  for (const contact of active) {
    const key = nameKey(contact.organisation);
    if (contact.relation === 'internal' && key !== '') votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  let best = '';
  let bestVotes = 0;
  for (const [key, count] of votes) {
    const name = spellings.get(key)?.mostCommon() ?? key;
    const bestName = spellings.get(best)?.mostCommon() ?? best;
    if (count > bestVotes || (count === bestVotes && collator.compare(name, bestName) < 0)) {
      best = key;
      bestVotes = count;
    }
  }
  return best;
}

export function peopleMapOf(contacts: Iterable<Contact>, warmthOf: (contact: Contact) => Warmth): PeopleMap {
  const collator = new Intl.Collator('de');
  const spellings = new Map<string, Spellings>();
  const spell = (key: string, spelling: string) => {
    let known = spellings.get(key);
    if (!known) spellings.set(key, (known = new Spellings()));
    known.add(spelling.trim().replace(/\s+/g, ' '));
  };
  const drafts = new Map<string, GroupDraft>();
  const active: Contact[] = [];
  const totals: NetworkMap['totals'] = { internal: 0, external: 0, byWarmth: { ok: 0, due: 0, overdue: 0, none: 0 } };

  for (const contact of contacts) {
    if (contact.archived) continue;
    active.push(contact);
    const organisationKey = nameKey(contact.organisation);
    const departmentKey = nameKey(contact.department);
    spell(organisationKey, contact.organisation);
    spell(`${organisationKey}\u0000${departmentKey}`, contact.department);
    const groupKey = `${contact.relation}\u0000${organisationKey}\u0000${departmentKey}`;
    let draft = drafts.get(groupKey);
    if (!draft) drafts.set(groupKey, (draft = { relation: contact.relation, organisationKey, departmentKey, people: [] }));
    const warmth = warmthOf(contact);
    draft.people.push({ contactId: contact.id, name: displayName(contact), warmth });
    totals[contact.relation] += 1;
    totals.byWarmth[warmth] += 1;
  }

  // The own organisation first, then larger organisations (the picture starts with where the user knows most people),
  // then by name; within an organisation the departments by name, the people without one last.
  const ownOrganisationKey = ownOrganisationOf(active, spellings, collator);
  const organisationSize = new Map<string, number>();
  for (const draft of drafts.values()) {
    const key = `${draft.relation}\u0000${draft.organisationKey}`;
    organisationSize.set(key, (organisationSize.get(key) ?? 0) + draft.people.length);
  }
  const groups = [...drafts.values()].map((draft) => ({
    draft,
    size: organisationSize.get(`${draft.relation}\u0000${draft.organisationKey}`) ?? 0,
    organisation: spellings.get(draft.organisationKey)?.mostCommon() ?? '',
    department: spellings.get(`${draft.organisationKey}\u0000${draft.departmentKey}`)?.mostCommon() ?? '',
  }));
  groups.sort(
    (a, b) =>
      (a.draft.relation === b.draft.relation ? 0 : a.draft.relation === 'internal' ? -1 : 1) ||
      Number(b.draft.organisationKey === ownOrganisationKey) - Number(a.draft.organisationKey === ownOrganisationKey) ||
      Number(a.organisation === '') - Number(b.organisation === '') ||
      b.size - a.size ||
      collator.compare(a.organisation, b.organisation) ||
      a.draft.organisationKey.localeCompare(b.draft.organisationKey) ||
      Number(a.department === '') - Number(b.department === '') ||
      collator.compare(a.department, b.department),
  );
  const byName = (a: NetworkMapPerson, b: NetworkMapPerson) => collator.compare(a.name, b.name);
  return {
    ownOrganisation: spellings.get(ownOrganisationKey)?.mostCommon() ?? '',
    ownOrganisationKey,
    groups: groups.map(({ draft, organisation, department }) => {
      const byWarmth: Record<Warmth, number> = { ok: 0, due: 0, overdue: 0, none: 0 };
      for (const person of draft.people) byWarmth[person.warmth] += 1;
      return { organisation, department, relation: draft.relation, size: draft.people.length, byWarmth, people: draft.people.sort(byName) };
    }),
    totals,
  };
}
