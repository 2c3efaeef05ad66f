// The journal's contacts as a CSV Outlook imports (its own column names, German or English), readable in a
// spreadsheet without running anything: a cell that a spreadsheet would take for a formula is defused.
import Papa from 'papaparse';
import { splitPartialDate } from '../../../../shared/dates';
import { displayName, type Contact, type Language } from '../../../../shared/model';
import { OUTLOOK, OUTLOOK_EMAILS, OUTLOOK_PHONES } from './outlook-columns';

/**
 * The columns written, each with what goes into it. Children, partner, interests and the first anniversary have
 * Outlook columns of their own; every phone column Outlook has for the contact's own numbers is used, so that no
 * phone is lost up to Outlook's capacity. Parents, siblings and other kin have no column.
 */
function columns(language: Language, byId: ReadonlyMap<string, Contact>): { name: string; value: (contact: Contact) => string }[] {
  const names = (family: Contact['family'], relation: Contact['family'][number]['relation']) =>
    family.filter((member) => member.relation === relation).map((member) => member.name).join('; ');
  return [
    { name: OUTLOOK.firstName[language], value: (c) => c.firstName },
    { name: OUTLOOK.lastName[language], value: (c) => c.lastName },
    { name: OUTLOOK.company[language], value: (c) => c.organisation },
    { name: OUTLOOK.department[language], value: (c) => c.department },
    { name: OUTLOOK.jobTitle[language], value: (c) => c.role },
    ...OUTLOOK_PHONES.map((column, index) => ({ name: column[language], value: (c: Contact) => c.phones[index] ?? '' })),
    ...OUTLOOK_EMAILS.map((column, index) => ({ name: column[language], value: (c: Contact) => c.emails[index] ?? '' })),
    { name: OUTLOOK.birthday[language], value: (c) => outlookDate(c.birthday, language) },
    { name: OUTLOOK.anniversary[language], value: (c) => outlookDate(c.anniversaries[0]?.date, language) },
    { name: OUTLOOK.spouse[language], value: (c) => names(c.family, 'partner') },
    { name: OUTLOOK.children[language], value: (c) => names(c.family, 'child') },
    { name: OUTLOOK.hobby[language], value: (c) => c.interests.join('; ') },
    { name: OUTLOOK.referredBy[language], value: (c) => introducerName(c, byId) },
    { name: OUTLOOK.categories[language], value: (c) => c.tags.join(';') },
    { name: OUTLOOK.notes[language], value: (c) => c.notes },
  ];
}

/** Outlook has no birthday without a year; like Apple it reads 1604 as "year unknown", and so does our import. */
const YEARLESS_YEAR = 1604;

/** `=`, `+`, `-`, `@`, tab and carriage return start a formula in Excel, LibreOffice or Google Sheets. */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function outlookDate(value: string | undefined, language: Language): string {
  if (!value) return '';
  const { year = YEARLESS_YEAR, month, day } = splitPartialDate(value);
  return language === 'de' ? `${day}.${month}.${year}` : `${month}/${day}/${year}`;
}

/** The name of whoever introduced the contact, when they are in the export too; the import finds them by it. */
function introducerName(contact: Contact, byId: ReadonlyMap<string, Contact>): string {
  const introducer = contact.introducedById ? byId.get(contact.introducedById) : undefined;
  return introducer ? displayName(introducer) : '';
}

export function contactsToCsv(contacts: readonly Contact[], language: Language): string {
  const written = columns(language, new Map(contacts.map((contact) => [contact.id, contact])));
  const rows = contacts.map((contact) => written.map((column) => neutralizeCell(column.value(contact))));
  // The BOM makes Excel read UTF-8 (umlauts) instead of the system code page.
  return `\ufeff${Papa.unparse({ fields: written.map((column) => column.name), data: rows }, { quotes: true, newline: '\r\n' })}\r\n`;
}
