// The people and dates a vCard relates to its contact, in Plausch's terms. Apple and Google (3.0) write a related
// name or a date with its label in a second property of the same group:
//   item1.X-ABRELATEDNAMES:Paul          item2.X-ABDATE:2010-06-12
//   item1.X-ABLabel:_$!<Child>!$_        item2.X-ABLabel:_$!<Anniversary>!$_
// and the label may come before or after it, so the lot is read first and paired at the end. vCard 4 writes
// `RELATED;TYPE=child;VALUE=text:Paul`; Outlook `X-MS-SPOUSE`. The words go through relation-labels.ts, the one table
// for every format.
import { parseImportedDate, type RawCandidate, type RawFamilyMember } from './candidate';
import { anniversaryOfLabel, plainLabel, relatedPerson } from './relation-labels';

/** Labels that make an X-ABDATE the birthday rather than an anniversary. */
const BIRTHDAY_LABELS = ['birthday', 'geburtstag'];

interface Labelled {
  group: string | undefined;
  value: string;
  /** TYPE values other than `pref`: the label when the group has none (`X-ABRELATEDNAMES;TYPE=friend:Grace`). */
  types: string[];
}

export interface RelatedFound {
  /** Family from the standard properties; a card of Plausch's own replaces it with its X-PLAUSCH-FAMILY lines. */
  family: RawFamilyMember[];
  /** People who are not family (a manager, a friend): `Manager: Anna Berg`, for the notes. */
  noteLines: string[];
  anniversaries: RawCandidate['anniversaries'];
  /** The first date labelled as a birthday, for a card without BDAY. */
  birthday: string;
}

const withoutPref = (types: readonly string[]) => types.map((type) => type.trim()).filter((type) => type !== '' && type.toLowerCase() !== 'pref');

export class VcardRelated {
  private readonly labels = new Map<string, string>();
  private readonly names: Labelled[] = [];
  private readonly dates: Labelled[] = [];
  /** Read straight from RELATED and X-MS-SPOUSE, which carry their relation in themselves. */
  private readonly direct: Pick<RelatedFound, 'family' | 'noteLines'> = { family: [], noteLines: [] };

  /** `item1.X-ABLabel`: the first label of a group counts. */
  label(group: string | undefined, text: string): void {
    if (group !== undefined && !this.labels.has(group)) this.labels.set(group, text);
  }

  /** `item1.X-ABRELATEDNAMES`, labelled by its group. */
  relatedName(group: string | undefined, name: string, types: readonly string[]): void {
    if (name.trim()) this.names.push({ group, value: name, types: withoutPref(types) });
  }

  /** `item2.X-ABDATE`, labelled by its group; the date as the file writes it. */
  date(group: string | undefined, date: string, types: readonly string[]): void {
    if (date.trim()) this.dates.push({ group, value: date, types: withoutPref(types) });
  }

  /**
   * vCard 4's `RELATED`, its TYPE values already read (`child`, `spouse`, `friend`, several at once). A child who is
   * also a friend is family: the first type that names a family relation wins, then one that names somebody else.
   */
  related(name: string, types: readonly string[]): void {
    if (!name.trim()) return;
    const words = withoutPref(types);
    const readings = words.map((word) => relatedPerson(word, name));
    const reading =
      readings.find((person) => person.family && person.relation !== 'other') ??
      readings.find((person) => !person.family) ??
      relatedPerson(words[0] ?? '', name);
    this.add(reading, this.direct);
  }

  /** A person the file names with a known relation, such as Outlook's `X-MS-SPOUSE`. */
  familyMember(member: RawFamilyMember): void {
    if (member.name.trim()) this.direct.family.push(member);
  }

  /** Everything read, each labelled property paired with the label of its group (or its own TYPE). */
  result(): RelatedFound {
    const found: RelatedFound = { family: [...this.direct.family], noteLines: [...this.direct.noteLines], anniversaries: [], birthday: '' };
    const labelOf = ({ group, types }: Labelled) => (group !== undefined ? this.labels.get(group) : undefined) ?? types[0] ?? '';
    for (const name of this.names) this.add(relatedPerson(labelOf(name), name.value), found);
    for (const date of this.dates) {
      const label = labelOf(date);
      if (BIRTHDAY_LABELS.includes(plainLabel(label).toLowerCase())) {
        found.birthday ||= date.value;
        continue;
      }
      found.anniversaries.push({ ...anniversaryOfLabel(label), date: date.value });
    }
    return found;
  }

  private add(person: ReturnType<typeof relatedPerson>, into: Pick<RelatedFound, 'family' | 'noteLines'>): void {
    if (person.family) into.family.push({ relation: person.relation, name: person.name });
    else into.noteLines.push(person.line);
  }
}

/**
 * The same date said twice, as Nextcloud does (`X-ABDATE` labelled Anniversary beside `X-ANNIVERSARY`), is one
 * anniversary; a plain one ("other", no label) gives way to one of the same date that says more (a wedding, a label).
 */
export function withoutRepeatedAnniversaries(anniversaries: RawCandidate['anniversaries']): RawCandidate['anniversaries'] {
  const plain = (a: RawCandidate['anniversaries'][number]) => a.kind === 'other' && a.label === '';
  const days = anniversaries.map((anniversary) => parseImportedDate(anniversary.date) ?? anniversary.date.trim());
  const saidMoreOn = new Set(days.filter((_, index) => !plain(anniversaries[index] as RawCandidate['anniversaries'][number])));
  const seen = new Set<string>();
  return anniversaries.filter((anniversary, index) => {
    const day = days[index] as string;
    const key = `${anniversary.kind}|${anniversary.label.toLowerCase()}|${day}`;
    if (seen.has(key) || (plain(anniversary) && saidMoreOn.has(day))) return false;
    seen.add(key);
    return true;
  });
}
