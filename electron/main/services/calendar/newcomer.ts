// What a new contact would be made of, for someone in a meeting who is not in the journal: the name the calendar
// gives ("Keller, Sabine", "Dr. Sabine Keller") or else the one the address spells (sabine.keller@…), and the
// organisation its domain names (nordlicht-ag.de → "Nordlicht AG").
import type { CalendarNewcomer } from '../../../../shared/calendar';
import { isFreeMailDomain, ownDomainOf } from '../../../../shared/email-domains';

/** Titles and salutations that are no part of a name. */
const TITLES = new Set(['dr', 'prof', 'herr', 'frau', 'hr', 'fr', 'mr', 'mrs', 'ms', 'dipl', 'ing', 'med', 'rer', 'nat', 'phil', 'mag', 'mba', 'msc', 'bsc', 'llm']);
/** Words that belong to the surname that follows them ("Anna von der Heide"). */
const SURNAME_PARTICLES = new Set(['von', 'vom', 'van', 'de', 'der', 'den', 'zu', 'zur', 'di', 'da', 'del', 'la', 'le', 'ten', 'ter']);

/** Legal forms and the like, written as they are written in a company's name. */
const LEGAL_FORMS: Record<string, string> = {
  ag: 'AG',
  gmbh: 'GmbH',
  mbh: 'mbH',
  se: 'SE',
  kg: 'KG',
  kgaa: 'KGaA',
  ohg: 'OHG',
  ug: 'UG',
  gbr: 'GbR',
  ev: 'e.V.',
  eg: 'eG',
  llc: 'LLC',
  inc: 'Inc.',
  ltd: 'Ltd.',
  plc: 'PLC',
  bv: 'B.V.',
  nv: 'N.V.',
  sa: 'SA',
  sarl: 'SARL',
  spa: 'S.p.A.',
  ab: 'AB',
  oy: 'Oy',
};
/** Short words in a domain that are words, not abbreviations written in capitals (bmw, sap, rwe). */
const SHORT_WORDS = new Set(['uni', 'von', 'der', 'die', 'das', 'und', 'and', 'the', 'bei', 'zum', 'für', 'fur', 'net', 'web', 'bau', 'neu', 'new', 'art', 'tec']);
/** Second-level labels under which the name comes one label further left (firma.co.uk). */
const SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gv', 'or', 'ltd', 'plc', 'gov', 'edu']);

export interface PersonName {
  firstName: string;
  lastName: string;
}

function capitalised(word: string): string {
  return word
    .split('-')
    .map((part) => part.charAt(0).toLocaleUpperCase('de') + part.slice(1))
    .join('-');
}

function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/, '').replace(/\.-?.*$/, ''));
}

/** First name(s) and surname from words in reading order; particles go with the surname. */
function splitWords(words: readonly string[]): PersonName {
  if (words.length === 0) return { firstName: '', lastName: '' };
  if (words.length === 1) return { firstName: '', lastName: words[0] as string };
  let surnameStart = words.length - 1;
  while (surnameStart > 1 && SURNAME_PARTICLES.has((words[surnameStart - 1] as string).toLowerCase())) surnameStart -= 1;
  return { firstName: words.slice(0, surnameStart).join(' '), lastName: words.slice(surnameStart).join(' ') };
}

/** The name in a calendar's `CN`: "Keller, Sabine", "Dr. Sabine Keller", "Sabine Keller (Nordlicht AG)". */
export function nameFromDisplayName(displayName: string): PersonName & { organisation: string } {
  let text = displayName.replace(/["']/g, ' ').trim();
  const bracket = /\(([^)]*)\)\s*$/.exec(text);
  const organisation = bracket?.[1]?.trim() ?? '';
  if (bracket) text = text.slice(0, bracket.index).trim();
  const wordsOf = (part: string) => part.split(/\s+/).filter((word) => word !== '' && !isTitle(word));
  const comma = text.split(',');
  if (comma.length === 2 && (comma[0] as string).trim() && (comma[1] as string).trim()) {
    const last = wordsOf(comma[0] as string);
    const first = wordsOf(comma[1] as string);
    return { firstName: first.join(' '), lastName: last.join(' '), organisation };
  }
  return { ...splitWords(wordsOf(text)), organisation };
}

/** The name an address spells: `sabine.keller`, `hans-peter_mueller`, `s.keller2` (the part before `@`). */
export function nameFromAddress(email: string): PersonName {
  const local = (email.split('@')[0] ?? '').replace(/\+.*$/, '');
  const words = local
    .split(/[._]+/)
    .map((word) => word.replace(/\d+/g, '').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .map((word) => (word.length === 1 ? `${word.toLocaleUpperCase('de')}.` : capitalised(word.toLowerCase())));
  return splitWords(words);
}

/** Whether the address's part before `@` reads like a name (`vorname.nachname`), not like a mailbox (`info`). */
export function addressSpellsName(email: string): boolean {
  const local = (email.split('@')[0] ?? '').replace(/\+.*$/, '');
  const words = local.split(/[._]+/).filter((word) => /^\p{L}[\p{L}-]+$/u.test(word));
  return words.length >= 2;
}

function domainWord(word: string): string {
  const legal = LEGAL_FORMS[word];
  if (legal) return legal;
  if (word.length <= 3 && !SHORT_WORDS.has(word)) return word.toUpperCase();
  return capitalised(word);
}

/** The organisation a domain names, or '' for free-mail providers and domains that name nothing. */
export function organisationFromDomain(domain: string): string {
  const lower = domain.toLowerCase();
  if (lower === '' || isFreeMailDomain(lower)) return '';
  const labels = lower.split('.').filter(Boolean);
  labels.pop();
  if (labels.length >= 2 && SECOND_LEVELS.has(labels.at(-1) as string)) labels.pop();
  const name = labels.at(-1);
  if (!name) return '';
  return name.split('-').filter(Boolean).map(domainWord).join(' ');
}

/** The new contact someone with `email` and display name `name` would become. */
export function newcomerOf(email: string, name: string, ownDomains: readonly string[]): CalendarNewcomer {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const fromDisplay = name && !name.includes('@') ? nameFromDisplayName(name) : undefined;
  const spelled = fromDisplay && (fromDisplay.firstName || fromDisplay.lastName) ? fromDisplay : nameFromAddress(email);
  const fallback = spelled.firstName || spelled.lastName ? spelled : { firstName: '', lastName: email.split('@')[0] ?? email };
  return {
    email,
    firstName: fallback.firstName.slice(0, 200),
    lastName: fallback.lastName.slice(0, 200),
    organisation: (fromDisplay?.organisation || organisationFromDomain(domain)).slice(0, 200),
    relation: ownDomainOf(domain, ownDomains) ? 'internal' : 'external',
  };
}
