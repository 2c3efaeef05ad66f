// Who in a calendar entry is in the journal. Built once from the contacts and settings, then each person costs a
// map look-up or two: by e-mail address first, then by name, folded so that "Keller, Sabine", "sabine keller" and
// "Sabine Keller" meet, and "Müller", "Mueller" and "Muller" too. A name counts only when one contact has it.
//
// Archived contacts still match by address: the person is known, so they are never offered as a new contact; but
// they are left out of what is suggested (the user put them away). By name, only active contacts match.
import type { CalendarContact, CalendarNewcomer, CalendarOccurrence, CalendarPerson } from '../../../../shared/calendar';
import { displayName, type Contact, type Settings } from '../../../../shared/model';
import { ownDomainOf } from '../../../../shared/email-domains';
import { fold, wordsOf } from '../search-text';
import { addressSpellsName, nameFromAddress, newcomerOf } from './newcomer';

/** The people of one calendar entry as the journal sees them. */
export interface OccurrencePeople {
  /** Active contacts, organiser first, each once. */
  contacts: CalendarContact[];
  /** People with an address who match no contact. */
  newcomers: CalendarNewcomer[];
  /** One of the user's own addresses declined the invitation: the meeting did not happen for her. */
  userDeclined: boolean;
  /** Everyone with an address is at one of the user's own domains (colleagues only). */
  internalOnly: boolean;
}

export interface Matcher {
  match(occurrence: CalendarOccurrence): OccurrencePeople;
  /** The contact an address belongs to (archived ones too), for telling whether a newcomer has been added. */
  contactIdOfEmail(email: string): string | undefined;
}

const TITLE_WORDS = new Set(['dr', 'prof', 'herr', 'frau', 'hr', 'fr', 'mr', 'mrs', 'ms', 'dipl', 'ing', 'med']);
const AMBIGUOUS = '';

/** The words of a name, folded and sorted, titles and initials left out: the same for any order and spelling. */
export function nameKey(name: string): string | undefined {
  const words = wordsOf(fold(name)).filter((word) => word.length > 1 && !TITLE_WORDS.has(word));
  // A single word names too many people to be anyone in particular.
  return words.length >= 2 ? words.sort().join(' ') : undefined;
}

/** Words that make an attendee a room or a piece of equipment rather than a person. */
const ROOM_WORDS = new Set(['room', 'rooms', 'meetingroom', 'raum', 'resource', 'resources', 'ressource', 'ressourcen', 'beamer', 'projector', 'boardroom']);
const ROOM_SUFFIXES = ['raum', 'raume', 'zimmer', 'saal', 'room'];

function looksLikeRoomWord(word: string): boolean {
  if (ROOM_WORDS.has(word)) return true;
  // Compounds only ("Konferenzraum", "Sitzungssaal"): "Zimmer" and "Saal" are also surnames.
  return ROOM_SUFFIXES.some((suffix) => word.length > suffix.length + 2 && word.endsWith(suffix));
}

export function looksLikeRoom(person: Pick<CalendarPerson, 'email' | 'name'>): boolean {
  const domain = person.email.slice(person.email.lastIndexOf('@') + 1);
  if (domain.startsWith('resource.calendar.')) return true;
  const local = person.email.split('@')[0] ?? '';
  return [...wordsOf(fold(person.name)), ...local.split(/[._+-]+/)].some(looksLikeRoomWord);
}

/** Mailboxes that are no person: lists, teams, shared inboxes. They are never offered as new contacts. */
const LIST_MAILBOXES = new Set([
  'team', 'info', 'all', 'alle', 'everyone', 'verteiler', 'list', 'liste', 'group', 'gruppe', 'noreply', 'no-reply',
  'donotreply', 'calendar', 'kalender', 'newsletter', 'support', 'service', 'kontakt', 'contact', 'office', 'admin',
  'mail', 'post', 'hello', 'hallo', 'sales', 'vertrieb', 'empfang', 'reception', 'sekretariat',
]);
const LIST_PREFIXES = ['dl-', 'dl_', 'dl.', 'verteiler', 'list-', 'grp-', 'team-', 'all-', 'alle-', 'noreply', 'no-reply'];

export function looksLikeList(email: string): boolean {
  const [local = '', domain = ''] = email.split('@');
  if (domain.startsWith('group.calendar.') || domain.includes('googlegroups.')) return true;
  return LIST_MAILBOXES.has(local) || LIST_PREFIXES.some((prefix) => local.startsWith(prefix));
}

export function createMatcher(contacts: Iterable<Contact>, settings: Pick<Settings, 'ownEmailAddresses' | 'ownEmailDomains'>): Matcher {
  const byEmail = new Map<string, Contact>();
  /** Contact id by name key; AMBIGUOUS when two active contacts share the name. */
  const byName = new Map<string, string>();
  const active = new Map<string, Contact>();
  const ownAddresses = new Set((settings.ownEmailAddresses ?? []).map((email) => email.trim().toLowerCase()));
  const ownDomains = settings.ownEmailDomains;

  for (const contact of contacts) {
    for (const email of contact.emails) {
      const key = email.trim().toLowerCase();
      const known = byEmail.get(key);
      // Two contacts with one address are a duplicate; the active one, else the older one, answers to it.
      if (!key || (known && (known.archived === contact.archived ? known.createdAt <= contact.createdAt : !known.archived))) continue;
      byEmail.set(key, contact);
    }
    if (contact.archived) continue;
    active.set(contact.id, contact);
    const key = nameKey(`${contact.firstName} ${contact.lastName}`);
    if (key) byName.set(key, byName.has(key) ? AMBIGUOUS : contact.id);
  }

  function contactByName(name: string): Contact | undefined {
    const key = name ? nameKey(name) : undefined;
    const id = key ? byName.get(key) : undefined;
    return id ? active.get(id) : undefined;
  }

  /** The contact a person's display name, or else the name their address spells, belongs to. */
  function contactNamed(person: CalendarPerson): Contact | undefined {
    // Google writes the address where it knows no name: that is no name.
    const name = person.name.includes('@') ? '' : person.name;
    const named = contactByName(name);
    if (named) return named;
    // Without a name, an address such as sabine.keller@… still spells one.
    if (!name && person.email && addressSpellsName(person.email)) {
      const spelled = nameFromAddress(person.email);
      return contactByName(`${spelled.firstName} ${spelled.lastName}`);
    }
    return undefined;
  }

  /** What a person is to the journal, ignoring how they answered the invitation. */
  type Verdict = { contact: Contact; name: string } | { newcomer: CalendarNewcomer } | { ignored: true } | { nobody: true };

  const isInternal = (email: string) => ownDomainOf(email.slice(email.lastIndexOf('@') + 1), ownDomains) !== undefined;

  function verdictOf(person: CalendarPerson): Verdict {
    if (person.cutype === 'room' || person.cutype === 'resource' || person.cutype === 'group') return { ignored: true };
    // A known address is a person, whatever it looks like.
    const known = person.email ? byEmail.get(person.email) : undefined;
    if (known) return { contact: known, name: displayName(known) };
    if (looksLikeRoom(person)) return { ignored: true };
    const contact = contactNamed(person);
    if (contact) return { contact, name: displayName(contact) };
    if (person.email && !looksLikeList(person.email)) return { newcomer: newcomerOf(person.email, person.name, ownDomains) };
    return { nobody: true };
  }

  // The same people meet week after week: each person is judged once per matcher, then looked up.
  const verdicts = new Map<string, Verdict>();
  function judged(person: CalendarPerson): Verdict {
    const key = `${person.email}\u0000${person.name}\u0000${person.cutype}`;
    let verdict = verdicts.get(key);
    if (!verdict) verdicts.set(key, (verdict = verdictOf(person)));
    return verdict;
  }

  const cache = new WeakMap<CalendarOccurrence, OccurrencePeople>();

  function matchPeople(occurrence: CalendarOccurrence): OccurrencePeople {
    const found: CalendarContact[] = [];
    const newcomers: CalendarNewcomer[] = [];
    const seen = new Set<string>();
    let userDeclined = false;
    let internalOnly = true;
    let anyAddress = false;
    const people = occurrence.organiser ? [occurrence.organiser, ...occurrence.attendees] : occurrence.attendees;
    for (const person of people) {
      if (person.email && ownAddresses.has(person.email)) {
        if (person.partstat === 'declined') userDeclined = true;
        continue;
      }
      if (person.partstat === 'declined') continue;
      const verdict = judged(person);
      if ('ignored' in verdict) continue;
      if (person.email) {
        anyAddress = true;
        if (internalOnly && !isInternal(person.email)) internalOnly = false;
      }
      if ('contact' in verdict) {
        const { contact, name } = verdict;
        if (contact.archived || seen.has(contact.id)) continue;
        seen.add(contact.id);
        found.push({ contactId: contact.id, name });
      } else if ('newcomer' in verdict && !seen.has(person.email)) {
        seen.add(person.email);
        newcomers.push(verdict.newcomer);
      }
    }
    return { contacts: found, newcomers, userDeclined, internalOnly: anyAddress && internalOnly };
  }

  return {
    match(occurrence) {
      let people = cache.get(occurrence);
      if (!people) cache.set(occurrence, (people = matchPeople(occurrence)));
      return people;
    },
    contactIdOfEmail: (email) => byEmail.get(email.trim().toLowerCase())?.id,
  };
}
