// Contact lists from the business networks, LinkedIn and XING, recognised by their header. Everyone in them is met
// through the network: the contact is extern, "met at" is the network, "met on" the day the two connected, and the
// profile's address is kept as a line of the notes.
//
// LinkedIn's data export ("Get a copy of your data" → Connections.csv): a preamble (`Notes:`, a quoted paragraph, a
// blank line), then `First Name,Last Name,URL,Email Address,Company,Position,Connected On`, dates like `15 Mar 2024`.
// Older exports have neither the preamble nor the URL column.
//
// XING has had no export of all contacts since 2014 (one contact at a time, as a vCard, which the vCard import reads).
// What people have are lists made from XING's contact list, with its fields: first and last name, company, position,
// "contact since", the memo, the tags and the profile address. A header naming XING (`XING-Profil`, `Xing-Profile`)
// or XING's own "Kontakt seit" marks such a list; its columns are found by these words, in German or English.
import { parseImportedDate, emptyRawCandidate, type RawCandidate } from './candidate';

export type SocialFormat = 'csv-linkedin' | 'csv-xing';

type SocialField = 'firstName' | 'lastName' | 'fullName' | 'organisation' | 'role' | 'email' | 'phone' | 'connectedOn' | 'notes' | 'tags' | 'profile';

const LINKEDIN: Partial<Record<SocialField, string[]>> = {
  firstName: ['first name'],
  lastName: ['last name'],
  organisation: ['company'],
  role: ['position'],
  email: ['email address'],
  connectedOn: ['connected on'],
  profile: ['url'],
};

const XING: Partial<Record<SocialField, string[]>> = {
  firstName: ['vorname', 'first name'],
  lastName: ['nachname', 'last name'],
  fullName: ['name', 'anzeigename', 'display name'],
  organisation: ['firma', 'unternehmen', 'arbeitgeber', 'company', 'organisation', 'organization'],
  role: ['position', 'jobtitel', 'berufsbezeichnung', 'titel', 'job title', 'title'],
  email: ['e-mail', 'e-mail-adresse', 'email', 'e-mail address', 'email address'],
  phone: ['telefon', 'mobil', 'mobiltelefon', 'phone', 'mobile'],
  connectedOn: ['kontakt seit', 'contact since', 'connected on', 'kontaktdatum'],
  notes: ['notiz', 'notizen', 'memo', 'note', 'notes'],
  tags: ['schlagwörter', 'schlagworte', 'tags'],
  profile: ['xing-profil', 'xing profil', 'xing-profile', 'xing profile', 'profil-url', 'profile url', 'url'],
};

export interface SocialLayout {
  format: SocialFormat;
  network: 'LinkedIn' | 'XING';
  byField: Map<SocialField, number[]>;
}

function columnsOf(lower: readonly string[], table: Partial<Record<SocialField, string[]>>): Map<SocialField, number[]> {
  const byField = new Map<SocialField, number[]>();
  for (const [field, names] of Object.entries(table) as [SocialField, string[]][]) {
    const indexes = names.map((name) => lower.indexOf(name)).filter((index) => index >= 0);
    if (indexes.length) byField.set(field, indexes);
  }
  return byField;
}

/** LinkedIn's or XING's layout when the header (lower case, trimmed) is one of theirs; else undefined. */
export function socialLayout(lower: readonly string[]): SocialLayout | undefined {
  if (lower.includes('connected on') && lower.includes('first name') && lower.includes('last name')) {
    return { format: 'csv-linkedin', network: 'LinkedIn', byField: columnsOf(lower, LINKEDIN) };
  }
  if (lower.some((name) => name.includes('xing')) || lower.includes('kontakt seit')) {
    const byField = columnsOf(lower, XING);
    // A XING profile column under another name (`XING-Link`) is the profile all the same.
    const xingColumn = lower.findIndex((name) => name.includes('xing'));
    if (!byField.has('profile') && xingColumn >= 0) byField.set('profile', [xingColumn]);
    // Lists made from XING's contact list put the last name under `Name`, beside `First Name`.
    const nameOnly = byField.get('fullName');
    if (nameOnly && byField.has('firstName') && !byField.has('lastName')) {
      byField.set('lastName', nameOnly);
      byField.delete('fullName');
    }
    if (!['firstName', 'lastName', 'fullName'].some((field) => byField.has(field as SocialField))) return undefined;
    return { format: 'csv-xing', network: 'XING', byField };
  }
  return undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, mär: 3, mrz: 3, apr: 4, may: 5, mai: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12, dez: 12,
};

/**
 * The day two people connected, as an ISO date: LinkedIn's `15 Mar 2024` (English month names, as LinkedIn writes
 * them in every language), German `15. März 2024`, and whatever the date reader knows (`2024-03-15`, `15.03.2024`,
 * an ISO time stamp). A date that cannot be read is handed on as it is, so that the import reports it.
 */
export function connectedOnDate(value: string): string {
  const text = value.trim();
  const named = /^(\d{1,2})\.?[\s-]+([A-Za-zÄä]{3,})\.?[\s-]+(\d{4})$/.exec(text);
  if (named) {
    const month = MONTHS[(named[2] as string).toLowerCase().slice(0, 3)];
    if (month) {
      const iso = `${named[3]}-${String(month).padStart(2, '0')}-${(named[1] as string).padStart(2, '0')}`;
      return parseImportedDate(iso) === iso ? iso : text;
    }
  }
  const parsed = parseImportedDate(text);
  // "Met on" is a day with its year; a year-less `--03-15` is no such day.
  return parsed && !parsed.startsWith('--') ? parsed : text;
}

/** Tags in one cell: XING lists them with commas or semicolons. */
const splitList = (cell: string) => cell.split(/[;,]/).map((value) => value.trim()).filter(Boolean);

export function socialRowToRaw(row: readonly string[], layout: SocialLayout, record: number): RawCandidate {
  const raw = emptyRawCandidate(record);
  const cells = (field: SocialField) => (layout.byField.get(field) ?? []).map((index) => (row[index] ?? '').trim()).filter(Boolean);
  const first = (field: SocialField) => cells(field)[0] ?? '';
  raw.firstName = first('firstName');
  raw.lastName = first('lastName');
  raw.fullName = first('fullName');
  raw.organisation = first('organisation');
  raw.role = first('role');
  raw.emails = cells('email');
  raw.phones = cells('phone');
  raw.tags = cells('tags').flatMap(splitList);
  const connectedOn = first('connectedOn');
  if (connectedOn) raw.metOn = connectedOnDate(connectedOn);
  raw.metAt = layout.network;
  raw.relation = 'external';
  const profile = first('profile');
  raw.notes = [first('notes'), profile ? `${layout.network}: ${profile}` : ''].filter(Boolean).join('\n');
  return raw;
}
