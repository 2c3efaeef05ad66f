// The contact form's state and its translation to and from `ContactInput`. Kept free of React so the payload the
// form sends (a year-less birthday, a child's school start) is easy to reason about and to test.
import {
  anniversaryKinds,
  contactInputSchema,
  contactRelations,
  familyRelations,
  type AddressForm,
  type Contact,
  type ContactInput,
} from '../../../../shared/model';
import { splitPartialDate } from '../../../../shared/dates';
import { relationForEmails } from '../../../../shared/email-domains';

/** A birthday or anniversary as the user picks it: day and month required, year optional. */
export interface PartialDateParts {
  day: string;
  month: string;
  year: string;
}

export interface FamilyRow {
  id: string;
  name: string;
  relation: (typeof familyRelations)[number];
  birthday: PartialDateParts;
  schoolStart: string;
}

export interface AnniversaryRow {
  id: string;
  kind: (typeof anniversaryKinds)[number];
  label: string;
  date: PartialDateParts;
}

export interface ContactFormState {
  firstName: string;
  lastName: string;
  role: string;
  organisation: string;
  department: string;
  /** "Kann helfen bei": what "Wer kann helfen?" matches a need against. */
  canHelpWith: string[];
  relation: (typeof contactRelations)[number];
  emails: string[];
  phones: string[];
  tags: string[];
  metOn: string;
  metAt: string;
  introducedById: string;
  birthday: PartialDateParts;
  family: FamilyRow[];
  anniversaries: AnniversaryRow[];
  interests: string[];
  commonGround: string[];
  notes: string;
  cadenceDays: string;
  giftIdeas: string[];
  /** '' follows the default from Settings. */
  addressForm: '' | AddressForm;
}

/** Validation message keys in the `contacts` namespace, under `validation.`. */
export type ValidationKey =
  | 'nameRequired'
  | 'familyNameRequired'
  | 'partialDate'
  | 'dayAndMonth'
  | 'year'
  | 'date'
  | 'cadence'
  | 'tooLong'
  | 'unknownContact'
  | 'email'
  | 'invalid';

/** Field path (`firstName`, `family.0.birthday`, …) to the message shown next to that field. */
export type FieldErrors = Record<string, ValidationKey>;

export const emptyParts: PartialDateParts = { day: '', month: '', year: '' };

/** Without an address there is nothing to go by: a new contact starts as intern, as it always has. */
const RELATION_WITHOUT_EMAIL: ContactFormState['relation'] = 'internal';

export function emptyContactForm(): ContactFormState {
  return {
    firstName: '',
    lastName: '',
    role: '',
    organisation: '',
    department: '',
    canHelpWith: [],
    relation: RELATION_WITHOUT_EMAIL,
    emails: [],
    phones: [],
    tags: [],
    metOn: '',
    metAt: '',
    introducedById: '',
    birthday: emptyParts,
    family: [],
    anniversaries: [],
    interests: [],
    commonGround: [],
    notes: '',
    cadenceDays: '',
    giftIdeas: [],
    addressForm: '',
  };
}

/**
 * The relation after the addresses of a new contact changed: an address at an own domain makes it intern, any other
 * address extern. It follows the addresses only while the relation is still the one the old addresses suggested;
 * once the user chose otherwise, the choice stands.
 */
export function relationAfterEmailChange(
  state: Pick<ContactFormState, 'relation' | 'emails'>,
  emails: readonly string[],
  ownDomains: readonly string[],
): ContactFormState['relation'] {
  const suggestedBefore = relationForEmails(state.emails, ownDomains) ?? RELATION_WITHOUT_EMAIL;
  if (state.relation !== suggestedBefore) return state.relation;
  return relationForEmails(emails, ownDomains) ?? RELATION_WITHOUT_EMAIL;
}

export function newFamilyRow(id: string): FamilyRow {
  return { id, name: '', relation: 'child', birthday: emptyParts, schoolStart: '' };
}

export function newAnniversaryRow(id: string): AnniversaryRow {
  return { id, kind: 'work', label: '', date: emptyParts };
}

export function partsFromValue(value: string | undefined): PartialDateParts {
  if (!value) return emptyParts;
  const { year, month, day } = splitPartialDate(value);
  return { day: String(day), month: String(month), year: year === undefined ? '' : String(year) };
}

type PartsResult = { value?: string; error?: ValidationKey };

/** `--MM-DD` without a year, `YYYY-MM-DD` with one; nothing when all parts are empty. */
export function valueFromParts(parts: PartialDateParts): PartsResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return {};
  if (!day || !month) return { error: 'dayAndMonth' };
  if (year && !/^\d{4}$/.test(year)) return { error: 'year' };
  const monthDay = `${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return { value: year ? `${year}-${monthDay}` : `--${monthDay}` };
}

export function contactToForm(contact: Contact): ContactFormState {
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    role: contact.role,
    organisation: contact.organisation,
    department: contact.department,
    canHelpWith: [...contact.canHelpWith],
    relation: contact.relation,
    emails: [...contact.emails],
    phones: [...contact.phones],
    tags: [...contact.tags],
    metOn: contact.metOn ?? '',
    metAt: contact.metAt,
    introducedById: contact.introducedById ?? '',
    birthday: partsFromValue(contact.birthday),
    family: contact.family.map((member) => ({
      id: member.id,
      name: member.name,
      relation: member.relation,
      birthday: partsFromValue(member.birthday),
      schoolStart: member.schoolStart ?? '',
    })),
    anniversaries: contact.anniversaries.map((anniversary) => ({
      id: anniversary.id,
      kind: anniversary.kind,
      label: anniversary.label,
      date: partsFromValue(anniversary.date),
    })),
    interests: [...contact.interests],
    commonGround: [...contact.commonGround],
    notes: contact.notes,
    cadenceDays: contact.cadenceDays === undefined ? '' : String(contact.cadenceDays),
    giftIdeas: [...contact.giftIdeas],
    addressForm: contact.addressForm ?? '',
  };
}

/** Builds the payload, or says which fields need attention (checked here first, then by the contract's schema). */
export function formToInput(state: ContactFormState): { input: ContactInput; errors?: undefined } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const partial = (path: string, parts: PartialDateParts) => {
    const result = valueFromParts(parts);
    if (result.error) errors[path] = result.error;
    return result.value;
  };

  const birthday = partial('birthday', state.birthday);
  const family = state.family.map((row, index) => {
    if (!row.name.trim()) errors[`family.${index}.name`] = 'familyNameRequired';
    const memberBirthday = partial(`family.${index}.birthday`, row.birthday);
    const schoolStart = row.relation === 'child' && row.schoolStart ? row.schoolStart : undefined;
    return {
      id: row.id,
      name: row.name.trim(),
      relation: row.relation,
      ...(memberBirthday ? { birthday: memberBirthday } : {}),
      ...(schoolStart ? { schoolStart } : {}),
    };
  });
  const anniversaries = state.anniversaries.map((row, index) => {
    const date = partial(`anniversaries.${index}.date`, row.date);
    if (!date && !errors[`anniversaries.${index}.date`]) errors[`anniversaries.${index}.date`] = 'dayAndMonth';
    return { id: row.id, kind: row.kind, label: row.label.trim(), date: date ?? '' };
  });

  let cadenceDays: number | undefined;
  if (state.cadenceDays.trim()) {
    cadenceDays = Number(state.cadenceDays.trim());
    if (!Number.isInteger(cadenceDays) || cadenceDays < 1 || cadenceDays > 3650) errors.cadenceDays = 'cadence';
  }

  const input: ContactInput = {
    firstName: state.firstName.trim(),
    lastName: state.lastName.trim(),
    role: state.role.trim(),
    organisation: state.organisation.trim(),
    department: state.department.trim(),
    // Sent every time, like the gift ideas: an update replaces the whole contact.
    canHelpWith: state.canHelpWith,
    relation: state.relation,
    emails: state.emails,
    phones: state.phones,
    tags: state.tags,
    ...(state.metOn ? { metOn: state.metOn } : {}),
    metAt: state.metAt.trim(),
    ...(state.introducedById ? { introducedById: state.introducedById } : {}),
    ...(birthday ? { birthday } : {}),
    family,
    anniversaries,
    interests: state.interests,
    commonGround: state.commonGround,
    notes: state.notes,
    ...(cadenceDays !== undefined ? { cadenceDays } : {}),
    // Sent every time: an update replaces the whole contact, so leaving it out would wipe the ideas.
    giftIdeas: state.giftIdeas,
    ...(state.addressForm ? { addressForm: state.addressForm } : {}),
  };

  const parsed = contactInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = fieldOf(issue.path.join('.'));
      errors[path] ??= validationKeyFor(issue.message, issue.code);
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { input };
}

/** The form's lists (e-mail addresses, tags, …) show one message for the list, whichever entry it is about. */
const LIST_ENTRY = /^(emails|phones|tags|interests|commonGround|giftIdeas|canHelpWith)\.\d+$/;

function fieldOf(path: string): string {
  return LIST_ENTRY.exec(path)?.[1] ?? path;
}

/** Maps a schema message or a server `invalidInput` issue to a sentence key. */
export function validationKeyFor(message: string, code?: string): ValidationKey {
  if (message === 'nameRequired' || message === 'partialDate' || message === 'date' || message === 'unknownContact' || message === 'email') {
    return message;
  }
  if (code === 'too_big' || /too.?big|too.?long/i.test(message)) return 'tooLong';
  return 'invalid';
}

/** Server-side issues (`details.issues[].path`, e.g. `family.0.birthday`) as form errors. */
export function errorsFromIssues(issues: { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = fieldOf(issue.path.replace(/^contact\./, ''));
    errors[path] ??= validationKeyFor(issue.message);
  }
  return errors;
}
