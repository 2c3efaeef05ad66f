// Outlook's CSV column names, English and German, exactly as desktop Outlook writes them (see the reference headers in
// the shared folder). One table for reading and writing: what the export writes into a column, the import reads back
// from the same column, in the same order.
import type { Language } from '../../../../shared/model';

type Column = Record<Language, string>;

const column = (en: string, de: string): Column => ({ en, de });

/**
 * Every phone column that holds the contact's own number, in the order the export fills them. Left out: the
 * assistant's phone (someone else's number; the import keeps it with the assistant's name in the notes) and the three
 * fax columns (nobody calls a fax). Outlook's web export has no ISDN column; the import reads what a file has.
 */
export const OUTLOOK_PHONES: readonly Column[] = [
  column('Business Phone', 'Telefon geschäftlich'),
  column('Mobile Phone', 'Mobiltelefon'),
  column('Business Phone 2', 'Telefon geschäftlich 2'),
  column('Home Phone', 'Telefon (privat)'),
  column('Home Phone 2', 'Telefon (privat 2)'),
  column('Other Phone', 'Weiteres Telefon'),
  column('Primary Phone', 'Haupttelefon'),
  column('Company Main Phone', 'Telefon Firma'),
  column('Car Phone', 'Autotelefon'),
  // German Outlook calls its radio phone "Mobiltelefon 2".
  column('Radio Phone', 'Mobiltelefon 2'),
  column('Callback', 'Rückmeldung'),
  column('ISDN', 'ISDN'),
  column('Pager', 'Pager'),
  column('TTY/TDD Phone', 'Telefon für Hörbehinderte'),
  column('Telex', 'Telex'),
];

/** Outlook's own limit: three e-mail addresses per contact. */
export const OUTLOOK_EMAILS: readonly Column[] = [
  column('E-mail Address', 'E-Mail-Adresse'),
  column('E-mail 2 Address', 'E-Mail 2: Adresse'),
  column('E-mail 3 Address', 'E-Mail 3: Adresse'),
];

export const OUTLOOK = {
  firstName: column('First Name', 'Vorname'),
  middleName: column('Middle Name', 'Weitere Vornamen'),
  lastName: column('Last Name', 'Nachname'),
  company: column('Company', 'Firma'),
  department: column('Department', 'Abteilung'),
  jobTitle: column('Job Title', 'Position'),
  birthday: column('Birthday', 'Geburtstag'),
  anniversary: column('Anniversary', 'Jahrestag'),
  spouse: column('Spouse', 'Partner'),
  children: column('Children', 'Kinder'),
  hobby: column('Hobby', 'Hobby'),
  categories: column('Categories', 'Kategorien'),
  notes: column('Notes', 'Notizen'),
  manager: column("Manager's Name", 'Name des/r Vorgesetzten'),
  assistant: column("Assistant's Name", 'Assistent(in)'),
  assistantPhone: column("Assistant's Phone", 'Telefon Assistent'),
  // Who introduced the contact: "Vorgestellt von" in Plausch.
  referredBy: column('Referred By', 'Empfohlen von'),
} as const;

/** A column's names in both languages, lower case, for finding it in a header; once when they are the same (`Hobby`). */
export function bothNames(names: Column): string[] {
  return [...new Set([names.en.toLowerCase(), names.de.toLowerCase()])];
}
