// The dates worth a word or a gift: birthdays (the contact's and the family's), children's first school day and
// anniversaries. Pure: "today" is always passed in.
import { Temporal } from 'temporal-polyfill';
import { splitPartialDate } from './dates';
import { displayName, type AnniversaryKind, type Contact, type FamilyRelation } from './model';

export type OccasionKind = 'birthday' | 'familyBirthday' | 'schoolStart' | 'anniversary';

export interface Occasion {
  kind: OccasionKind;
  contactId: string;
  /** The record the date belongs to: the contact (own birthday), a family member or an anniversary. */
  recordId: string;
  /** The contact's name. */
  name: string;
  /** The family member's name or the anniversary's label. */
  detail?: string;
  relation?: FamilyRelation;
  anniversaryKind?: AnniversaryKind;
  /** The day it falls on (`YYYY-MM-DD`). */
  date: string;
  /** Age or years since, only when the original year is known. */
  years?: number;
  /** A round birthday or anniversary (see `isRound`): time to order flowers. */
  round: boolean;
}

/**
 * The day a `--MM-DD` or `YYYY-MM-DD` date falls on in `year`. Feb 29 falls on Feb 28 in common years: the day
 * before March, which is when most people born on a leap day celebrate.
 */
export function occurrenceInYear(partialDate: string, year: number): string {
  const { month, day } = splitPartialDate(partialDate);
  return Temporal.PlainDate.from({ year, month, day }, { overflow: 'constrain' }).toString();
}

/** The first day on or after `onOrAfter` the date comes round. */
export function nextOccurrence(partialDate: string, onOrAfter: string): string {
  const year = Temporal.PlainDate.from(onOrAfter).year;
  const thisYear = occurrenceInYear(partialDate, year);
  return thisYear >= onOrAfter ? thisYear : occurrenceInYear(partialDate, year + 1);
}

/** Full years from the original date to `occurrence`; undefined when the original year is not known. */
export function yearsAt(partialDate: string, occurrence: string): number | undefined {
  const { year } = splitPartialDate(partialDate);
  return year === undefined ? undefined : Temporal.PlainDate.from(occurrence).year - year;
}

/**
 * Round birthdays are the tens (30, 40, …) and, from 50 on, the fives too: 55, 65 and 75 are celebrated in
 * German offices as "halbrunde" birthdays. Anniversaries (work, wedding) are marked every five years, as firms
 * and families mark them (5, 10, 15, 20, 25 silver, …). Without a known year nothing is round.
 */
export function isRound(kind: 'birthday' | 'anniversary', years: number | undefined): boolean {
  if (years === undefined || years <= 0) return false;
  if (kind === 'anniversary') return years % 5 === 0;
  return years % 10 === 0 || (years >= 50 && years % 5 === 0);
}

/** Every day from `from` to `to` (both included) on which `partialDate` comes round, with the years since. */
function occurrencesBetween(partialDate: string, from: string, to: string): { date: string; years?: number }[] {
  const dates: { date: string; years?: number }[] = [];
  const fromYear = Temporal.PlainDate.from(from).year;
  const toYear = Temporal.PlainDate.from(to).year;
  for (let year = fromYear; year <= toYear; year += 1) {
    const date = occurrenceInYear(partialDate, year);
    if (date < from || date > to) continue;
    const years = yearsAt(partialDate, date);
    // The original day itself (or a day before it) is no anniversary of it.
    if (years !== undefined && years <= 0) continue;
    dates.push(years === undefined ? { date } : { date, years });
  }
  return dates;
}

/** The contact's occasions from `from` to `to` (both included), in date order. */
export function occasionsOf(contact: Contact, from: string, to: string): Occasion[] {
  const name = displayName(contact);
  const base = { contactId: contact.id, name };
  const occasions: Occasion[] = [];
  if (contact.birthday) {
    for (const { date, years } of occurrencesBetween(contact.birthday, from, to)) {
      occasions.push({ ...base, kind: 'birthday', recordId: contact.id, date, ...withYears(years), round: isRound('birthday', years) });
    }
  }
  for (const member of contact.family) {
    const memberBase = { ...base, recordId: member.id, detail: member.name, relation: member.relation };
    if (member.birthday) {
      for (const { date, years } of occurrencesBetween(member.birthday, from, to)) {
        occasions.push({ ...memberBase, kind: 'familyBirthday', date, ...withYears(years), round: isRound('birthday', years) });
      }
    }
    // The first school day happens once, on its exact date.
    if (member.schoolStart && member.schoolStart >= from && member.schoolStart <= to) {
      occasions.push({ ...memberBase, kind: 'schoolStart', date: member.schoolStart, round: false });
    }
  }
  for (const anniversary of contact.anniversaries) {
    for (const { date, years } of occurrencesBetween(anniversary.date, from, to)) {
      occasions.push({
        ...base,
        kind: 'anniversary',
        recordId: anniversary.id,
        ...(anniversary.label ? { detail: anniversary.label } : {}),
        anniversaryKind: anniversary.kind,
        date,
        ...withYears(years),
        round: isRound('anniversary', years),
      });
    }
  }
  return occasions.sort(byDate);
}

/** The occasions of all active contacts in the window [today, today + days], in date order, then by name. */
export function occasionsInWindow(contacts: Iterable<Contact>, today: string, days: number): Occasion[] {
  const to = Temporal.PlainDate.from(today).add({ days }).toString();
  const occasions: Occasion[] = [];
  for (const contact of contacts) if (!contact.archived) occasions.push(...occasionsOf(contact, today, to));
  return occasions.sort(byDate);
}

function withYears(years: number | undefined): { years?: number } {
  return years === undefined ? {} : { years };
}

const collator = new Intl.Collator('de');

function byDate(a: Occasion, b: Occasion): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.name, b.name) || collator.compare(a.detail ?? '', b.detail ?? '');
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Temporal.PlainDate.from({ year, month, day }).toString();
}
