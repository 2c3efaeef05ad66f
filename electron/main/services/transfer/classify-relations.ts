// Intern or extern for imported contacts, by the domains of their e-mail addresses: an address at one of the user's
// own domains makes a colleague, any other address someone from outside. The preview shows the result per domain
// group, and the user's correction of a group applies to all of its contacts.
import { domainOfEmail, ownDomainOf, relationForEmails, suggestOwnDomain } from '../../../../shared/email-domains';
import type { ContactRelation } from '../../../../shared/model';
import type { ImportDomainGroup } from '../../../../shared/transfer';

export interface RelationClassifier {
  /** The group a contact with these addresses belongs to: its own domain, else its first address's domain, else `''`. */
  groupOf(emails: readonly string[]): string;
  relationOf(emails: readonly string[]): ContactRelation;
  reasonOf(group: string): ImportDomainGroup['reason'];
}

/**
 * With own domains set, they decide. Without, the file's most frequent company domain stands in for them (an
 * assistant's address book holds more colleagues than people of any one other firm), so the import neither calls
 * everyone intern nor everyone extern; the preview says so and lets the user correct it. Contacts without an address
 * give nothing to go by and are proposed as extern, the smaller harm: an extern colleague is corrected with a click,
 * while a customer filed as intern would miss the attention outside contacts get.
 */
export function createRelationClassifier(ownDomains: readonly string[], allEmails: readonly (readonly string[])[]): RelationClassifier {
  const suggested = ownDomains.length > 0 ? undefined : suggestOwnDomain(domainCounts(allEmails));
  const deciding = suggested ? [suggested] : ownDomains;
  const groupOf = (emails: readonly string[]) => {
    const domains = emails.map(domainOfEmail).filter((domain): domain is string => domain !== undefined);
    for (const domain of domains) {
      const own = ownDomainOf(domain, deciding);
      if (own) return own;
    }
    return domains[0] ?? '';
  };
  return {
    groupOf,
    relationOf: (emails) => relationForEmails(emails, deciding) ?? 'external',
    reasonOf(group) {
      if (group === '') return 'noEmail';
      if (group === suggested) return 'suggested';
      return ownDomains.includes(group) ? 'own' : 'other';
    },
  };
}

/** How many contacts have an address at each domain, each contact counted once per domain. */
function domainCounts(allEmails: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const emails of allEmails) {
    const domains = new Set(emails.map(domainOfEmail).filter((domain): domain is string => domain !== undefined));
    for (const domain of domains) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return counts;
}

/**
 * The groups of the new contacts, largest first, then by name; the group without addresses last. `stated`: the file
 * gave the contact's relation (LinkedIn, XING, Plausch's own export), which the group then proposes, saying so.
 */
export function domainGroupsOf(
  items: readonly { domain: string; relation: ContactRelation; stated: boolean }[],
  classifier: RelationClassifier,
): ImportDomainGroup[] {
  const groups = new Map<string, ImportDomainGroup>();
  for (const { domain, relation, stated } of items) {
    const group = groups.get(domain);
    if (group) group.count += 1;
    else groups.set(domain, { domain, count: 1, relation, reason: stated ? 'stated' : classifier.reasonOf(domain) });
  }
  return [...groups.values()].sort(
    (a, b) => Number(a.domain === '') - Number(b.domain === '') || b.count - a.count || a.domain.localeCompare(b.domain),
  );
}
