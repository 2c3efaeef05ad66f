// The journal's contacts as a CSV Outlook imports (its own column names, German or English), readable in a
// spreadsheet without running anything: a cell that a spreadsheet would take for a formula is defused.
import Papa from 'papaparse';
import { splitPartialDate } from '../../../../shared/dates';
import type { Contact, Language } from '../../../../shared/model';

const HEADERS: Record<Language, string[]> = {
  en: ['First Name', 'Last Name', 'Company', 'Department', 'Job Title', 'Business Phone', 'Mobile Phone', 'Business Phone 2', 'Home Phone', 'Home Phone 2', 'Other Phone', 'E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address', 'Birthday', 'Anniversary', 'Categories', 'Notes'],
  de: ['Vorname', 'Nachname', 'Firma', 'Abteilung', 'Position', 'Telefon geschäftlich', 'Mobiltelefon', 'Telefon geschäftlich 2', 'Telefon (privat)', 'Telefon (privat 2)', 'Weiteres Telefon', 'E-Mail-Adresse', 'E-Mail 2: Adresse', 'E-Mail 3: Adresse', 'Geburtstag', 'Jahrestag', 'Kategorien', 'Notizen'],
};
const PHONE_COLUMNS = 6;
const EMAIL_COLUMNS = 3;
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

function slots(values: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, index) => values[index] ?? '');
}

export function contactsToCsv(contacts: readonly Contact[], language: Language): string {
  const rows = contacts.map((c) =>
    [
      c.firstName,
      c.lastName,
      c.organisation,
      c.department,
      c.role,
      ...slots(c.phones, PHONE_COLUMNS),
      ...slots(c.emails, EMAIL_COLUMNS),
      outlookDate(c.birthday, language),
      outlookDate(c.anniversaries[0]?.date, language),
      c.tags.join(';'),
      c.notes,
    ].map(neutralizeCell),
  );
  // The BOM makes Excel read UTF-8 (umlauts) instead of the system code page.
  return `\ufeff${Papa.unparse({ fields: HEADERS[language], data: rows }, { quotes: true, newline: '\r\n' })}\r\n`;
}
