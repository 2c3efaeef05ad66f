// CSV exports of Outlook (German and English, desktop and web) and Google (current and before 2023) to contact
// candidates. Columns are found by their header name, never by position, so any column order and any subset works.
import Papa from 'papaparse';
import { PlauschError } from '../../../../shared/errors';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_RECORDS, type ImportFormat, type ImportProblem } from '../../../../shared/transfer';
import { emptyRawCandidate, toCandidate, type Candidate, type RawCandidate } from './candidate';

type Field = 'firstName' | 'middleName' | 'lastName' | 'fullName' | 'organisation' | 'department' | 'role' | 'email' | 'phone' | 'birthday' | 'anniversary' | 'notes' | 'tags';

/** Header names (lower case) per field. Phones are listed in the order the CSV export writes them. */
const COLUMNS: Record<Field, string[]> = {
  firstName: ['first name', 'vorname', 'given name'],
  middleName: ['middle name', 'weitere vornamen', 'additional name'],
  lastName: ['last name', 'nachname', 'family name'],
  fullName: ['name', 'display name', 'anzeigename'],
  organisation: ['company', 'firma', 'organization name', 'organization 1 - name'],
  department: ['department', 'abteilung', 'organization department', 'organization 1 - department'],
  role: ['job title', 'position', 'organization title', 'organization 1 - title'],
  email: ['e-mail address', 'e-mail 2 address', 'e-mail 3 address', 'e-mail-adresse', 'e-mail 2: adresse', 'e-mail 3: adresse'],
  phone: [
    'business phone',
    'telefon geschäftlich',
    'mobile phone',
    'mobiltelefon',
    'business phone 2',
    'telefon geschäftlich 2',
    'home phone',
    'telefon (privat)',
    'home phone 2',
    'telefon (privat 2)',
    'other phone',
    'weiteres telefon',
    'primary phone',
    'haupttelefon',
    'company main phone',
    'telefon firma',
    'car phone',
    'autotelefon',
    'mobiltelefon 2',
  ],
  birthday: ['birthday', 'geburtstag'],
  anniversary: ['anniversary', 'jahrestag'],
  notes: ['notes', 'notizen'],
  tags: ['categories', 'kategorien', 'labels', 'group membership'],
};

/** Google numbers repeated fields: `E-mail 1 - Value`, `Phone 2 - Value`, `Event 1 - Label`. */
const GOOGLE_NUMBERED = /^(e-mail|phone|event) (\d+) - (value|label|type)$/;

const NAME_COLUMNS = ['First Name', 'Last Name', 'Vorname', 'Nachname', 'Given Name', 'Family Name', 'Name'];

/** Google separates several values in one cell with ` ::: `; Outlook its categories with `;`. */
function splitValues(cell: string): string[] {
  return cell.split(/\s+:::\s+|;/).map((value) => value.trim()).filter(Boolean);
}

/** Google's system groups (`* myContacts`, `* starred`) are not the user's tags. */
function userTags(cell: string): string[] {
  return splitValues(cell).filter((tag) => !tag.startsWith('* '));
}

interface Layout {
  format: ImportFormat;
  byField: Map<Field, number[]>;
  google: Map<string, { value?: number; label?: number }>;
}

function detectLayout(header: readonly string[]): Layout {
  const byField = new Map<Field, number[]>();
  const google = new Map<string, { value?: number; label?: number }>();
  const lower = header.map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
  for (const [field, names] of Object.entries(COLUMNS) as [Field, string[]][]) {
    const indexes = names.map((name) => lower.indexOf(name)).filter((index) => index >= 0);
    if (indexes.length) byField.set(field, indexes);
  }
  lower.forEach((name, index) => {
    const match = GOOGLE_NUMBERED.exec(name);
    if (!match) return;
    const key = `${match[1]} ${match[2]}`;
    const entry = google.get(key) ?? {};
    if (match[3] === 'value') entry.value = index;
    else entry.label = index;
    google.set(key, entry);
  });
  const hasName = ['firstName', 'lastName', 'fullName'].some((field) => byField.has(field as Field));
  if (!hasName) {
    throw new PlauschError('importUnknownLayout', {
      expected: NAME_COLUMNS,
      found: header.slice(0, 10).map((name) => name.slice(0, 40)),
    });
  }
  const isGoogle = google.size > 0 || lower.includes('labels') || lower.includes('group membership');
  const isOutlook = ['e-mail address', 'e-mail-adresse', 'company', 'firma', 'job title'].some((name) => lower.includes(name));
  return { format: isGoogle ? 'csv-google' : isOutlook ? 'csv-outlook' : 'csv', byField, google };
}

/** Takes back the quote an export puts before a cell that a spreadsheet would run as a formula. */
function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function rowToRaw(fromFile: readonly string[], layout: Layout, record: number): RawCandidate {
  const raw = emptyRawCandidate(record);
  const row = fromFile.map(unneutralize);
  const cells = (field: Field) => (layout.byField.get(field) ?? []).map((index) => row[index] ?? '').filter((cell) => cell.trim());
  const first = (field: Field) => cells(field)[0] ?? '';
  raw.firstName = [first('firstName'), first('middleName')].filter(Boolean).join(' ');
  raw.lastName = first('lastName');
  raw.fullName = first('fullName');
  raw.organisation = first('organisation');
  raw.department = first('department');
  raw.role = first('role');
  raw.emails = cells('email').flatMap(splitValues);
  raw.phones = cells('phone').flatMap((cell) => cell.split(/\s+:::\s+/));
  raw.birthday = first('birthday');
  raw.notes = first('notes');
  raw.tags = cells('tags').flatMap(userTags);
  const anniversary = first('anniversary');
  if (anniversary) raw.anniversaries.push({ kind: 'other', label: '', date: anniversary });
  for (const [key, { value, label }] of layout.google) {
    const cell = value === undefined ? '' : (row[value] ?? '').trim();
    if (!cell) continue;
    if (key.startsWith('e-mail')) raw.emails.push(...splitValues(cell));
    else if (key.startsWith('phone')) raw.phones.push(...cell.split(/\s+:::\s+/));
    else {
      const eventLabel = label === undefined ? '' : (row[label] ?? '').trim();
      const kind = /wedding|hochzeit/i.test(eventLabel) ? 'wedding' : 'other';
      raw.anniversaries.push({ kind, label: /^anniversary$/i.test(eventLabel) ? '' : eventLabel, date: cell });
    }
  }
  return raw;
}

/** The delimiter of the header line: Outlook in German writes semicolons, everyone else commas. */
function guessDelimiter(text: string): string {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function parseCsv(text: string, problems: ImportProblem[]): { candidates: Candidate[]; format: ImportFormat; records: number } {
  const delimiter = guessDelimiter(text);
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  if (headerLine.split(delimiter).length > MAX_IMPORT_COLUMNS) {
    throw new PlauschError('importTooLarge', { limit: MAX_IMPORT_COLUMNS, size: headerLine.split(delimiter).length, unit: 'columns' });
  }
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  const layout = detectLayout(header);
  if (rows.length > MAX_IMPORT_RECORDS) {
    throw new PlauschError('importTooLarge', { limit: MAX_IMPORT_RECORDS, size: rows.length, unit: 'records' });
  }
  const candidates: Candidate[] = [];
  rows.forEach((row, index) => {
    const record = index + 1;
    const candidate = toCandidate(rowToRaw(row, layout, record), problems);
    if (candidate) candidates.push(candidate);
  });
  // Papaparse reports a quote left open at the end of the file: the last row is cut off.
  if (parsed.errors.some((error) => error.code === 'MissingQuotes')) problems.push({ record: rows.length, code: 'incompleteRecord' });
  return { candidates, format: layout.format, records: rows.length };
}
