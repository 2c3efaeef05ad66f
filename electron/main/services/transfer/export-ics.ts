// Birthdays, anniversaries and school starts as yearly all-day events for Outlook's or Google's calendar. Each UID
// is made of record ids, so importing a newer export updates the events instead of adding them a second time.
import ical, { escape, ICalEventTransparency } from 'ical-generator';
import { splitPartialDate } from '../../../../shared/dates';
import { displayName, type AnniversaryKind, type Contact, type Language } from '../../../../shared/model';

const UID_DOMAIN = 'plausch.app';

const WORDS: Record<Language, { birthday: string; family: string; schoolStart: string; anniversary: Record<AnniversaryKind, string> }> = {
  de: {
    birthday: 'Geburtstag',
    family: 'Familie von',
    schoolStart: 'Schulstart',
    anniversary: { work: 'Dienstjubiläum', wedding: 'Hochzeitstag', other: 'Jahrestag' },
  },
  en: {
    birthday: 'Birthday',
    family: 'family of',
    schoolStart: 'School start',
    anniversary: { work: 'Work anniversary', wedding: 'Wedding anniversary', other: 'Anniversary' },
  },
};

interface Occasion {
  uid: string;
  summary: string;
  date: string;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A yearly event needs a first day. A date without a year starts in the current one, and its summary shows no age;
 * a date with one starts on the day itself, which calendars use to count the years.
 */
function firstDay(value: string, currentYear: number): { start: string; feb29: boolean; year?: number } {
  const { year, month, day } = splitPartialDate(value);
  const feb29 = month === 2 && day === 29;
  const startYear = year ?? currentYear;
  const startDay = feb29 && !isLeapYear(startYear) ? 28 : day;
  const start = `${String(startYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(startDay).padStart(2, '0')}`;
  return { start, feb29, ...(year !== undefined ? { year } : {}) };
}

function occasionsOf(contact: Contact, language: Language): Occasion[] {
  const words = WORDS[language];
  const name = displayName(contact);
  const occasions: Occasion[] = [];
  if (contact.birthday) occasions.push({ uid: `${contact.id}-birthday`, summary: `${words.birthday}: ${name}`, date: contact.birthday });
  for (const member of contact.family) {
    const whose = `${member.name} (${words.family} ${name})`;
    if (member.birthday) occasions.push({ uid: `${contact.id}-family-${member.id}-birthday`, summary: `${words.birthday}: ${whose}`, date: member.birthday });
    if (member.schoolStart) occasions.push({ uid: `${contact.id}-family-${member.id}-school-start`, summary: `${words.schoolStart}: ${whose}`, date: member.schoolStart });
  }
  for (const anniversary of contact.anniversaries) {
    const label = anniversary.label ? ` (${anniversary.label})` : '';
    occasions.push({ uid: `${contact.id}-anniversary-${anniversary.id}`, summary: `${words.anniversary[anniversary.kind]}: ${name}${label}`, date: anniversary.date });
  }
  return occasions;
}

export function contactsToIcs(contacts: readonly Contact[], options: { language: Language; now: Date; today: string }): string {
  const calendar = ical({ name: 'Plausch', prodId: { company: 'Plausch', product: 'Plausch', language: options.language.toUpperCase() } });
  const currentYear = Number(options.today.slice(0, 4));
  for (const contact of contacts) {
    if (contact.archived) continue;
    for (const occasion of occasionsOf(contact, options.language)) {
      const { start, feb29, year } = firstDay(occasion.date, currentYear);
      calendar.createEvent({
        // ical-generator escapes the text it writes but not the UID; ids are plain by schema, and escaped all the same.
        id: escape(`${occasion.uid}@${UID_DOMAIN}`, false),
        start,
        allDay: true,
        stamp: options.now,
        summary: year !== undefined && occasion.uid.endsWith('birthday') ? `${occasion.summary} (*${year})` : occasion.summary,
        transparency: ICalEventTransparency.TRANSPARENT,
        // In years without a 29 February the day is celebrated on the last day of February.
        repeating: feb29 ? 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'FREQ=YEARLY',
      });
    }
  }
  return calendar.toString();
}
