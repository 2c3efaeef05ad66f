// The journal's contacts as vCards: 4.0 for current address books, 3.0 for Outlook and Apple. The UID carries the
// contact's id, so importing the file again updates the contacts instead of duplicating them. Every field travels:
// what a standard property holds in the standard one, for other address books (4.0's RELATED, ANNIVERSARY and RFC
// 6715's INTEREST; 3.0's Apple-style `itemN.X-ABRELATEDNAMES` and `itemN.X-ABDATE`, each with an `itemN.X-ABLabel`),
// and everything as Plausch has it in X-PLAUSCH- lines that only Plausch reads and that it believes over the
// standard ones (a family member's birthday and first school day, an anniversary's kind, how the contact was met).
// A contact's photo travels embedded (vcard-photo.ts), never as a link.
import { splitPartialDate } from '../../../../shared/dates';
import { displayName, type Anniversary, type Contact, type FamilyMember, type FamilyRelation, type Language } from '../../../../shared/model';
import { vcardPhotoLine } from './vcard-photo';

export type VcardVersion = '4.0' | '3.0';

/** Apple's and Outlook's marker for a birthday without a year in 3.0, which has no syntax for it. */
const YEARLESS_YEAR = '1604';

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

/**
 * A parameter value may not hold quotes or line breaks at all: a quote is written `^'` and a caret `^^` (RFC 6868,
 * which ical.js reads back), line breaks are dropped.
 */
function paramValue(value: string): string {
  return `"${value.replace(/[\r\n]/g, '').replace(/\^/g, '^^').replace(/"/g, "^'")}"`;
}

/** Lines longer than 75 octets are folded, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  // ASCII (a photo's base64 above all) is one octet a character and is cut in slices, not measured one by one.
  if (/^[\x20-\x7e]*$/.test(line)) {
    const slices = [line.slice(0, 75)];
    for (let start = 75; start < line.length; start += 74) slices.push(` ${line.slice(start, start + 74)}`);
    return slices.join('\r\n');
  }
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (bytes + size > 75) {
      parts.push(current);
      current = ' ';
      bytes = 1;
    }
    current += character;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** RFC 6350's RELATED types; it has no word for a partner but `spouse`, and `kin` for any other relative. */
const RELATED_TYPE: Record<FamilyRelation, string> = { child: 'child', partner: 'spouse', parent: 'parent', sibling: 'sibling', other: 'kin' };

/**
 * Apple's own labels, which Apple Contacts shows in the user's language; Apple has a brother and a sister but no
 * sibling, and Plausch does not know which, so a sibling gets a label of its own words (which Apple shows as written).
 */
const APPLE_RELATED_LABEL: Record<FamilyRelation, string | Record<Language, string>> = {
  child: '_$!<Child>!$_',
  partner: '_$!<Partner>!$_',
  parent: '_$!<Parent>!$_',
  sibling: { de: 'Geschwister', en: 'Sibling' },
  other: '_$!<Other>!$_',
};

const WORK_ANNIVERSARY: Record<Language, string> = { de: 'Dienstjubiläum', en: 'Work anniversary' };

/** The words an anniversary goes by outside Plausch: its own label, else its kind's; none for a plain one. */
function anniversaryWords({ kind, label }: Anniversary, language: Language): string {
  return label || (kind === 'work' ? WORK_ANNIVERSARY[language] : '');
}

/** Apple's label for a date: its Anniversary for a wedding, its Other for a date without words. */
function appleDateLabel(anniversary: Anniversary, language: Language): string {
  if (anniversary.kind === 'wedding') return '_$!<Anniversary>!$_';
  return escapeText(anniversaryWords(anniversary, language)) || '_$!<Other>!$_';
}

function appleRelatedLabel(relation: FamilyRelation, language: Language): string {
  const label = APPLE_RELATED_LABEL[relation];
  return typeof label === 'string' ? label : escapeText(label[language]);
}

function vcardDate(value: string, version: VcardVersion): { params: string; text: string } {
  const { year, month, day } = splitPartialDate(value);
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (version === '4.0') return { params: '', text: year === undefined ? `--${mm}${dd}` : `${year}${mm}${dd}` };
  return year === undefined
    ? { params: `;X-APPLE-OMIT-YEAR=${YEARLESS_YEAR}`, text: `${YEARLESS_YEAR}-${mm}-${dd}` }
    : { params: '', text: `${year}-${mm}-${dd}` };
}

/** Family as other address books read it: 4.0 `RELATED`, 3.0 Apple's grouped related names. */
function relatedLines(family: readonly FamilyMember[], version: VcardVersion, language: Language, nextGroup: () => string): string[] {
  return family.flatMap(({ name, relation }) => {
    if (version === '4.0') return [`RELATED;TYPE=${RELATED_TYPE[relation]};VALUE=text:${escapeText(name)}`];
    const group = nextGroup();
    return [`${group}.X-ABRELATEDNAMES:${escapeText(name)}`, `${group}.X-ABLabel:${appleRelatedLabel(relation, language)}`];
  });
}

/** Anniversaries as other address books read them: 4.0 allows one ANNIVERSARY (a wedding's, if there is one), 3.0 Apple's grouped dates. */
function anniversaryLines(anniversaries: readonly Anniversary[], version: VcardVersion, language: Language, nextGroup: () => string): string[] {
  if (version === '4.0') {
    const chosen = anniversaries.find((anniversary) => anniversary.kind === 'wedding') ?? anniversaries[0];
    if (!chosen) return [];
    // ANNIVERSARY is the wedding day to a reader that knows no better; any other says what it is.
    const words = chosen.kind === 'wedding' ? '' : anniversaryWords(chosen, language);
    return [`ANNIVERSARY${words ? `;LABEL=${paramValue(words)}` : ''}:${vcardDate(chosen.date, version).text}`];
  }
  return anniversaries.flatMap((anniversary) => {
    const group = nextGroup();
    const { params, text } = vcardDate(anniversary.date, version);
    return [`${group}.X-ABDATE${params}:${text}`, `${group}.X-ABLabel:${appleDateLabel(anniversary, language)}`];
  });
}

/**
 * What only Plausch holds, in lines only Plausch reads; on import they are believed over the standard lines.
 * `introducer`: who introduced the contact, named by id (found again when the same file or journal holds them) and name.
 */
function plauschLines(contact: Contact, introducer: Contact | undefined): string[] {
  const lines: string[] = [];
  for (const { name, relation, birthday, schoolStart } of contact.family) {
    const dates = `${birthday ? `;BDAY=${paramValue(birthday)}` : ''}${schoolStart ? `;SCHOOLSTART=${paramValue(schoolStart)}` : ''}`;
    lines.push(`X-PLAUSCH-FAMILY;RELATION=${relation}${dates}:${escapeText(name)}`);
  }
  for (const anniversary of contact.anniversaries) {
    const label = anniversary.label ? `;LABEL=${paramValue(anniversary.label)}` : '';
    lines.push(`X-PLAUSCH-ANNIVERSARY;TYPE=${anniversary.kind}${label}:${anniversary.date}`);
  }
  lines.push(`X-PLAUSCH-RELATION:${contact.relation}`);
  if (contact.metOn) lines.push(`X-PLAUSCH-MET-ON:${contact.metOn}`);
  if (contact.metAt) lines.push(`X-PLAUSCH-MET-AT:${escapeText(contact.metAt)}`);
  for (const ground of contact.commonGround) lines.push(`X-PLAUSCH-COMMON-GROUND:${escapeText(ground)}`);
  for (const idea of contact.giftIdeas) lines.push(`X-PLAUSCH-GIFT-IDEA:${escapeText(idea)}`);
  for (const entry of contact.canHelpWith) lines.push(`X-PLAUSCH-CAN-HELP:${escapeText(entry)}`);
  if (contact.cadenceDays !== undefined) lines.push(`X-PLAUSCH-CADENCE:${contact.cadenceDays}`);
  if (contact.addressForm) lines.push(`X-PLAUSCH-ADDRESS-FORM:${contact.addressForm}`);
  if (introducer) lines.push(`X-PLAUSCH-INTRODUCED-BY;UID=${paramValue(introducer.id)}:${escapeText(displayName(introducer))}`);
  if (contact.archived) lines.push('X-PLAUSCH-ARCHIVED:true');
  return lines;
}

/** `language`: the words of the few labels Apple has none for (a sibling, a work anniversary). */
export function contactToVcard(contact: Contact, version: VcardVersion, language: Language, photo?: Uint8Array, introducer?: Contact): string {
  // The id is plain by schema; escaped all the same, so that no id that got past it can end the line.
  const lines = ['BEGIN:VCARD', `VERSION:${version}`, `UID:urn:uuid:${escapeText(contact.id)}`];
  lines.push(`FN:${escapeText(displayName(contact))}`);
  lines.push(`N:${escapeText(contact.lastName)};${escapeText(contact.firstName)};;;`);
  if (contact.organisation || contact.department) {
    lines.push(`ORG:${escapeText(contact.organisation)}${contact.department ? `;${escapeText(contact.department)}` : ''}`);
  }
  if (contact.role) lines.push(`TITLE:${escapeText(contact.role)}`);
  for (const email of contact.emails) lines.push(`EMAIL;TYPE=${version === '4.0' ? 'work' : 'INTERNET'}:${escapeText(email)}`);
  for (const phone of contact.phones) lines.push(`TEL;TYPE=${version === '4.0' ? 'work' : 'WORK,VOICE'}:${escapeText(phone)}`);
  if (contact.birthday) {
    const { params, text } = vcardDate(contact.birthday, version);
    lines.push(`BDAY${params}:${text}`);
  }
  // Apple's groups are numbered across the card: item1, item2, …
  let groups = 0;
  const nextGroup = () => `item${(groups += 1)}`;
  lines.push(...relatedLines(contact.family, version, language, nextGroup));
  lines.push(...anniversaryLines(contact.anniversaries, version, language, nextGroup));
  if (contact.tags.length) lines.push(`CATEGORIES:${contact.tags.map(escapeText).join(',')}`);
  // RFC 6715: one interest a line.
  for (const interest of contact.interests) lines.push(`INTEREST:${escapeText(interest)}`);
  if (contact.notes) lines.push(`NOTE:${escapeText(contact.notes)}`);
  lines.push(...plauschLines(contact, introducer));
  if (photo) lines.push(vcardPhotoLine(photo, version));
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n');
}

/** `photos`: the stored photos by contact id; contacts without one get no PHOTO line. */
export function contactsToVcards(
  contacts: readonly Contact[],
  version: VcardVersion,
  language: Language,
  photos?: ReadonlyMap<string, Uint8Array>,
): string {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const introducerOf = (contact: Contact) => (contact.introducedById ? byId.get(contact.introducedById) : undefined);
  return contacts.map((contact) => `${contactToVcard(contact, version, language, photos?.get(contact.id), introducerOf(contact))}\r\n`).join('');
}
