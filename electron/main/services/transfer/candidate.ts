// What a vCard or a CSV row yields, before it is a contact: raw strings from the file, cut to the journal's limits
// and checked against the contact schema. Whatever had to be dropped or shortened is reported, never silently lost.
import { randomUUID } from 'node:crypto';
import { parseEmail } from '../../../../shared/email';
import {
  contactInputSchema,
  addressForms,
  contactRelations,
  idSchema,
  isoDateSchema,
  partialDateSchema,
  type AnniversaryKind,
  type ContactInput,
  type ContactRelation,
  type FamilyRelation,
} from '../../../../shared/model';
import type { ImportProblem } from '../../../../shared/transfer';
import { splitName } from '../../store/migrations';
import { multiLineText, singleLineText } from './control-characters';

export interface RawCandidate {
  record: number;
  firstName: string;
  lastName: string;
  /** Used only when the file gives no separate first and last name. */
  fullName: string;
  role: string;
  organisation: string;
  department: string;
  emails: string[];
  phones: string[];
  tags: string[];
  notes: string;
  birthday: string;
  anniversaries: { kind: AnniversaryKind; label: string; date: string }[];
  /** Children, partners and other kin; dates as the file writes them. */
  family: RawFamilyMember[];
  interests: string[];
  /** Set when the file says it (LinkedIn and XING contacts are extern, Plausch's export says it); else by e-mail domain. */
  relation?: ContactRelation;
  /** What only Plausch's own export carries (its X-PLAUSCH- lines); other files leave these empty. */
  metOn: string;
  metAt: string;
  commonGround: string[];
  giftIdeas: string[];
  /** What the person can help with ("kann helfen bei"). */
  canHelpWith: string[];
  cadenceDays: string;
  /** "sie" or "du", as Plausch's own vCard says it; anything else is ignored. */
  addressForm?: string;
  /** Who introduced them: Plausch's vCard names the introducer's id and name, Outlook's `Empfohlen von` a name. */
  introducedBy: IntroducerReference;
  /** Plausch's own vCard says when a contact was archived. */
  archived: boolean;
  /** The id a Plausch export wrote (a vCard UID), so that re-importing it updates that contact. */
  sourceId?: string;
}

export interface IntroducerReference {
  /** The introducer's id as Plausch's export wrote it; found among the file's contacts or the journal's. */
  sourceId?: string;
  name: string;
}

export interface RawFamilyMember {
  relation: FamilyRelation;
  name: string;
  birthday?: string;
  schoolStart?: string;
}

export interface Candidate {
  record: number;
  contact: ContactInput;
  sourceId?: string;
  /** A vCard's photo, already checked against the limits (vcard-photo.ts); kept beside the journal on confirming. */
  photo?: Uint8Array;
  introducedBy?: IntroducerReference;
  archived?: true;
}

export function emptyRawCandidate(record: number): RawCandidate {
  return {
    record,
    firstName: '',
    lastName: '',
    fullName: '',
    role: '',
    organisation: '',
    department: '',
    emails: [],
    phones: [],
    tags: [],
    notes: '',
    birthday: '',
    anniversaries: [],
    family: [],
    interests: [],
    metOn: '',
    metAt: '',
    commonGround: [],
    giftIdeas: [],
    canHelpWith: [],
    cadenceDays: '',
    introducedBy: { name: '' },
    archived: false,
  };
}

const SHORT = 200;
const NOTES = 20_000;
const LIST_LIMITS = {
  emails: [20, 320],
  phones: [20, 60],
  tags: [200, 200],
  interests: [200, 200],
  commonGround: [200, 200],
  giftIdeas: [200, 200],
  canHelpWith: [200, 200],
} as const;
const MAX_FAMILY = 50;

/** Years Outlook writes for "no year" (1604, Apple's too) and for "no date" (4501). */
const YEARLESS_MARKER = 1604;
const NO_DATE_FROM_YEAR = 4500;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function fullYear(digits: string): number {
  const year = Number(digits);
  // Two-digit years are birthdays and anniversaries, so mostly in the past: 30 and above are 19xx.
  return digits.length === 2 ? (year >= 30 ? 1900 + year : 2000 + year) : year;
}

function assemble(year: number | undefined, month: number, day: number): string | null {
  if (month === 0 && day === 0) return '';
  if (year !== undefined && year >= NO_DATE_FROM_YEAR) return '';
  const value = year === undefined || year === YEARLESS_MARKER ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
  return partialDateSchema.safeParse(value).success ? value : null;
}

/**
 * A date as address books write it: `1975-04-14`, `19750414`, `--04-14`, `--0414`, `14.4.1975`, `4/14/1975` (and a
 * time after it). `''` when there is none (Outlook's `0.0.00`, `0/0/00`), `null` when it cannot be read.
 */
export function parseImportedDate(raw: string): string | null {
  const value = raw.trim().replace(/[T ].*$/, '');
  if (value === '') return '';
  let match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  if (match) return assemble(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^--(\d{2})-?(\d{2})$/.exec(value);
  if (match) return assemble(undefined, Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$/.exec(value);
  if (match) {
    if (Number(match[1]) === 0 && Number(match[2]) === 0) return '';
    return assemble(match[3] ? fullYear(match[3]) : undefined, Number(match[2]), Number(match[1]));
  }
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value);
  if (match) {
    if (Number(match[1]) === 0 && Number(match[2]) === 0) return '';
    // US order unless the first number cannot be a month (a British export).
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [month, day] = first > 12 ? [second, first] : [first, second];
    return assemble(fullYear(match[3] as string), month, day);
  }
  return null;
}

function shorten(value: string, max: number): string {
  return value.length > max ? value.slice(0, max).trimEnd() : value;
}

/** A one-line value as the file gives it, without line breaks, tabs or other control characters (see control-characters.ts). */
function clean(value: string): string {
  return singleLineText(value).trim();
}

export function toCandidate(raw: RawCandidate, problems: ImportProblem[]): Candidate | undefined {
  const { record } = raw;
  const problem = (code: ImportProblem['code'], field: string, value?: string) =>
    problems.push({ record, code, field, ...(value !== undefined ? { value: shorten(value, 60) } : {}) });

  let firstName = clean(raw.firstName).replace(/\s+/g, ' ');
  let lastName = clean(raw.lastName).replace(/\s+/g, ' ');
  if (!firstName && !lastName && clean(raw.fullName)) ({ firstName, lastName } = splitName(clean(raw.fullName).replace(/\s+/g, ' ')));
  if (!firstName && !lastName) {
    problems.push({ record, code: 'noName' });
    return undefined;
  }
  const short = (field: string, value: string) => {
    const text = clean(value).replace(/\s+/g, ' ');
    if (text.length > SHORT) problem('truncated', field);
    return shorten(text, SHORT);
  };
  const list = (field: keyof typeof LIST_LIMITS, values: string[]) => {
    const [maxItems, maxLength] = LIST_LIMITS[field];
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const value of values.map(clean).filter(Boolean)) {
      const key = value.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (value.length > maxLength) problem('truncated', field);
      kept.push(shorten(value, maxLength));
    }
    if (kept.length > maxItems) problem('tooManyValues', field);
    return kept.slice(0, maxItems);
  };
  const date = (field: string, value: string) => {
    const parsed = parseImportedDate(value);
    if (parsed === null) problem('invalidDate', field, value);
    return parsed || undefined;
  };

  // An address that is none (Exchange's `/o=…/cn=…`, or one with a query) is left out and noted, the contact kept.
  const addresses = raw.emails.map(clean).filter((value) => {
    if (value === '' || parseEmail(value)) return true;
    problem('invalidEmail', 'emails', value);
    return false;
  });
  const notes = multiLineText(raw.notes).trim();
  if (notes.length > NOTES) problem('truncated', 'notes');
  const birthday = date('birthday', raw.birthday);
  const anniversaries = raw.anniversaries.slice(0, 50).flatMap(({ kind, label, date: value }) => {
    const parsed = date('anniversaries', value);
    return parsed ? [{ id: randomUUID(), kind, label: short('anniversaries', label), date: parsed }] : [];
  });
  const family = raw.family.slice(0, MAX_FAMILY).flatMap((member) => {
    const name = short('family', member.name);
    if (!name) return [];
    const memberBirthday = member.birthday ? date('family', member.birthday) : undefined;
    const schoolStart = member.schoolStart && isoDateSchema.safeParse(member.schoolStart.trim()).success ? member.schoolStart.trim() : undefined;
    if (member.schoolStart && !schoolStart) problem('invalidDate', 'family', member.schoolStart);
    return [{ id: randomUUID(), name, relation: member.relation, ...(memberBirthday ? { birthday: memberBirthday } : {}), ...(schoolStart ? { schoolStart } : {}) }];
  });
  if (raw.family.length > MAX_FAMILY) problem('tooManyValues', 'family');
  const metOn = raw.metOn.trim();
  if (metOn && !isoDateSchema.safeParse(metOn).success) problem('invalidDate', 'metOn', metOn);
  const cadenceDays = /^\d{1,4}$/.test(raw.cadenceDays.trim()) ? Number(raw.cadenceDays.trim()) : undefined;
  const relation = raw.relation && (contactRelations as readonly string[]).includes(raw.relation) ? raw.relation : undefined;
  const addressForm = addressForms.find((form) => form === raw.addressForm?.trim().toLowerCase());
  const contact: ContactInput = {
    firstName: short('firstName', firstName),
    lastName: short('lastName', lastName),
    role: short('role', raw.role),
    organisation: short('organisation', raw.organisation),
    department: short('department', raw.department),
    emails: list('emails', addresses),
    phones: list('phones', raw.phones),
    tags: list('tags', raw.tags),
    notes: shorten(notes, NOTES),
    anniversaries,
    ...(birthday ? { birthday } : {}),
    family,
    interests: list('interests', raw.interests),
    commonGround: list('commonGround', raw.commonGround),
    giftIdeas: list('giftIdeas', raw.giftIdeas),
    canHelpWith: list('canHelpWith', raw.canHelpWith),
    metAt: short('metAt', raw.metAt),
    ...(metOn && isoDateSchema.safeParse(metOn).success ? { metOn } : {}),
    ...(cadenceDays !== undefined && cadenceDays >= 1 && cadenceDays <= 3650 ? { cadenceDays } : {}),
    ...(relation ? { relation } : {}),
    ...(addressForm ? { addressForm } : {}),
  };
  const parsed = contactInputSchema.safeParse(contact);
  if (!parsed.success) {
    problems.push({ record, code: 'unreadableRecord', field: String(parsed.error.issues[0]?.path[0] ?? '') });
    return undefined;
  }
  // Only an id Plausch could have written is looked up; anything else in a UID is not ours.
  const sourceId = raw.sourceId !== undefined && idSchema.safeParse(raw.sourceId).success ? raw.sourceId : undefined;
  const introducerName = short('introducedBy', raw.introducedBy.name);
  const introducerId = raw.introducedBy.sourceId?.trim();
  const introducedBy = {
    ...(introducerId && idSchema.safeParse(introducerId).success ? { sourceId: introducerId } : {}),
    name: introducerName,
  };
  return {
    record,
    contact,
    ...(sourceId ? { sourceId } : {}),
    ...(introducedBy.sourceId || introducedBy.name ? { introducedBy } : {}),
    ...(raw.archived ? { archived: true as const } : {}),
  };
}
