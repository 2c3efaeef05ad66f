// The journal's contacts as vCards: 4.0 for current address books, 3.0 for Outlook. The UID carries the contact's id,
// so importing the file again updates the contacts instead of duplicating them. Anniversaries travel with their kind
// and label in an X- property only Plausch reads; others see the standard ANNIVERSARY (4.0) and ignore the rest.
// A contact's photo travels embedded (vcard-photo.ts), never as a link.
import { splitPartialDate } from '../../../../shared/dates';
import { displayName, type Contact } from '../../../../shared/model';
import { vcardPhotoLine } from './vcard-photo';

export type VcardVersion = '4.0' | '3.0';

/** Apple's and Outlook's marker for a birthday without a year in 3.0, which has no syntax for it. */
const YEARLESS_YEAR = '1604';

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

/** A parameter value may not hold quotes or line breaks at all; they are dropped. */
function paramValue(value: string): string {
  return `"${value.replace(/["\r\n]/g, '')}"`;
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

function vcardDate(value: string, version: VcardVersion): { params: string; text: string } {
  const { year, month, day } = splitPartialDate(value);
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (version === '4.0') return { params: '', text: year === undefined ? `--${mm}${dd}` : `${year}${mm}${dd}` };
  return year === undefined
    ? { params: `;X-APPLE-OMIT-YEAR=${YEARLESS_YEAR}`, text: `${YEARLESS_YEAR}-${mm}-${dd}` }
    : { params: '', text: `${year}-${mm}-${dd}` };
}

export function contactToVcard(contact: Contact, version: VcardVersion, photo?: Uint8Array): string {
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
  const [firstAnniversary] = contact.anniversaries;
  if (version === '4.0' && firstAnniversary) lines.push(`ANNIVERSARY:${vcardDate(firstAnniversary.date, version).text}`);
  for (const anniversary of contact.anniversaries) {
    const label = anniversary.label ? `;LABEL=${paramValue(anniversary.label)}` : '';
    lines.push(`X-PLAUSCH-ANNIVERSARY;TYPE=${anniversary.kind}${label}:${anniversary.date}`);
  }
  if (contact.tags.length) lines.push(`CATEGORIES:${contact.tags.map(escapeText).join(',')}`);
  if (contact.notes) lines.push(`NOTE:${escapeText(contact.notes)}`);
  if (photo) lines.push(vcardPhotoLine(photo, version));
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n');
}

/** `photos`: the stored photos by contact id; contacts without one get no PHOTO line. */
export function contactsToVcards(contacts: readonly Contact[], version: VcardVersion, photos?: ReadonlyMap<string, Uint8Array>): string {
  return contacts.map((contact) => `${contactToVcard(contact, version, photos?.get(contact.id))}\r\n`).join('');
}
