// The words address books label related people and dates with, in Plausch's terms. Apple writes its own labels as
// `_$!<Child>!$_`, Google and vCard 4 plain words (`spouse`, `child`, `TYPE=child`), users anything (`Patenkind`).
// One table for every format, so that a child is a child whether it came from Outlook, Google or an iPhone.
import type { AnniversaryKind, FamilyRelation } from '../../../../shared/model';

/** `_$!<Child>!$_` → `Child`; any other label as it is, trimmed. */
export function plainLabel(label: string): string {
  const apple = /^_\$!<(.*)>!\$_$/.exec(label.trim());
  return (apple ? (apple[1] as string) : label).trim();
}

const key = (label: string) => plainLabel(label).toLowerCase().replace(/[\s_-]+/g, ' ');

const FAMILY: Record<Exclude<FamilyRelation, 'other'>, string[]> = {
  child: ['child', 'children', 'son', 'daughter', 'kind', 'kinder', 'sohn', 'tochter'],
  partner: [
    'spouse',
    'partner',
    'domestic partner',
    'wife',
    'husband',
    'sweetheart',
    'ehepartner',
    'ehepartnerin',
    'ehefrau',
    'ehemann',
    'lebenspartner',
    'lebenspartnerin',
    'partnerin',
  ],
  parent: ['parent', 'mother', 'father', 'mom', 'dad', 'mutter', 'vater', 'eltern', 'elternteil'],
  sibling: ['sibling', 'brother', 'sister', 'bruder', 'schwester', 'geschwister'],
};

/** Kin without a relation of their own in Plausch: the family's "other", with the file's word beside the name. */
const OTHER_KIN = ['kin', 'relative', 'other', 'verwandt', 'verwandte', 'verwandter', 'sonstige'];

/**
 * People an address book relates who are not family (a manager, a friend, an emergency contact): they stay with the
 * contact as a line of the notes, not under family, where their birthdays would become family reminders.
 */
const NOT_FAMILY = [
  'friend',
  'manager',
  'assistant',
  'co worker',
  'coworker',
  'colleague',
  'contact',
  'acquaintance',
  'met',
  'agent',
  'emergency',
  'referred by',
  'freund',
  'freundin',
  'vorgesetzter',
  'vorgesetzte',
  // German Outlook's own words for the manager and the assistant columns.
  'vorgesetzte(r)',
  'assistent',
  'assistentin',
  'assistent(in)',
  'kollege',
  'kollegin',
  'notfallkontakt',
  // vCard 4's other RELATED types (RFC 6350, 6.6.6).
  'co resident',
  'neighbor',
  'neighbour',
  'muse',
  'crush',
  'date',
  'nachbar',
  'nachbarin',
  'mitbewohner',
  'mitbewohnerin',
];

export type RelatedPerson =
  | { family: true; relation: FamilyRelation; name: string }
  | { family: false; line: string };

/**
 * A related name with its label as family (a child, a partner, a parent, a sibling, other kin) or as a line for the
 * notes. A label no table knows (`Patenkind`, `Schwager`) is other kin, its word kept in brackets after the name.
 */
export function relatedPerson(label: string, name: string): RelatedPerson {
  const word = key(label);
  const shown = plainLabel(label);
  for (const [relation, words] of Object.entries(FAMILY) as [FamilyRelation, string[]][]) {
    if (words.includes(word)) return { family: true, relation, name };
  }
  if (NOT_FAMILY.includes(word)) return { family: false, line: `${shown}: ${name}` };
  const kept = word === '' || OTHER_KIN.includes(word) ? name : `${name} (${shown})`;
  return { family: true, relation: 'other', name: kept };
}

const WEDDING = ['wedding', 'wedding anniversary', 'hochzeit', 'hochzeitstag'];
const WORK = ['work', 'work anniversary', 'dienstjubiläum', 'firmenjubiläum', 'jubiläum', 'arbeitsjubiläum'];
/** Labels that only say "an anniversary": Plausch's own "Jahrestag", without a label of its own. */
const GENERIC = ['', 'anniversary', 'jahrestag', 'other', 'sonstige'];

/** An anniversary's label as Plausch's kind and label: `Hochzeitstag` is a wedding, `Firmengründung` other with that label. */
export function anniversaryOfLabel(label: string): { kind: AnniversaryKind; label: string } {
  const word = key(label);
  if (WEDDING.includes(word)) return { kind: 'wedding', label: '' };
  if (WORK.includes(word)) return { kind: 'work', label: '' };
  return { kind: 'other', label: GENERIC.includes(word) ? '' : plainLabel(label) };
}
