// What an import brings for a person beyond name and company, as the command line's preview prints it under them:
// the family members with their relation and the anniversaries with their dates, as the window's preview shows them.
import { splitPartialDate } from '../../shared/dates';
import type { AnniversaryKind, ContactInput, FamilyRelation } from '../../shared/model';
import type { Lang } from './messages';

const RELATION_WORDS: Record<Lang, Record<FamilyRelation, string>> = {
  de: { partner: 'Partner/in', child: 'Kind', parent: 'Elternteil', sibling: 'Geschwister', other: 'Andere' },
  en: { partner: 'Partner', child: 'Child', parent: 'Parent', sibling: 'Sibling', other: 'Other' },
};

const KIND_WORDS: Record<Lang, Record<AnniversaryKind, string>> = {
  de: { work: 'Dienstjubiläum', wedding: 'Hochzeitstag', other: 'Anderer Jahrestag' },
  en: { work: 'Work anniversary', wedding: 'Wedding anniversary', other: 'Other anniversary' },
};

/** `2005-06-12` → 12. Juni 2005 / 12 June 2005; `--06-12` without the year. */
function partialDate(value: string, lang: Lang): string {
  const { year, month, day } = splitPartialDate(value);
  const date = new Date(Date.UTC(year ?? 2000, month - 1, day));
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'long', ...(year ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(date);
}

export function foundDetailLines(contact: Pick<ContactInput, 'family' | 'anniversaries'>, lang: Lang): string[] {
  const lines: string[] = [];
  const family = contact.family ?? [];
  const anniversaries = contact.anniversaries ?? [];
  if (family.length > 0) {
    const members = family.map((member) => `${member.name} (${RELATION_WORDS[lang][member.relation]})`).join(', ');
    lines.push(`${lang === 'de' ? 'Familie' : 'Family'}: ${members}`);
  }
  if (anniversaries.length > 0) {
    const dates = anniversaries.map((a) => `${a.label || KIND_WORDS[lang][a.kind]} ${lang === 'de' ? 'am' : 'on'} ${partialDate(a.date, lang)}`).join(', ');
    lines.push(`${lang === 'de' ? 'Jahrestage' : 'Anniversaries'}: ${dates}`);
  }
  return lines;
}
