// CSV exports of Outlook (German and English, desktop and web) and Google (current and before 2023) to contact
// candidates. Columns are found by their header name, never by position, so any column order and any subset works.
// The rows are found and counted first (csv-rows.ts); papaparse then parses them one at a time.
import Papa from 'papaparse';
import { PlauschError } from '../../../../shared/errors';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_LINE_CHARS, MAX_IMPORT_RECORDS, type ImportFormat, type ImportProblem } from '../../../../shared/transfer';
import { emptyRawCandidate, type Candidate, type RawCandidate } from './candidate';
import { csvRows, type CsvRow } from './csv-rows';
import type { WorkCounter } from './parse-import';
import { readCandidate } from './read-candidate';

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

function occurrences(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count += 1;
  return count;
}

/** The delimiter of the header line: Outlook in German writes semicolons, everyone else commas. */
function guessDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t'].map((delimiter) => [delimiter, occurrences(headerLine, delimiter)] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

type LineBreak = '\r\n' | '\n' | '\r';

/** More stray quotes in a row than any typo makes: papaparse would keep an error object for each. */
const MAX_STRAY_QUOTES = 100;

/** Whether papaparse may parse the row: not too wide, too long or too full of stray quotes. */
const isParseable = (row: CsvRow) =>
  row.fields <= MAX_IMPORT_COLUMNS && row.end - row.start <= MAX_IMPORT_LINE_CHARS && row.strayQuotes <= MAX_STRAY_QUOTES;

/** The header's cells; an impossibly long header is no address book's. */
function headerCells(text: string, header: CsvRow | undefined, delimiter: string, newline: LineBreak): string[] {
  if (!header) return [];
  if (header.fields > MAX_IMPORT_COLUMNS) throw new PlauschError('importTooLarge', { limit: MAX_IMPORT_COLUMNS, size: header.fields, unit: 'columns' });
  if (!isParseable(header)) throw new PlauschError('importUnknownLayout', { expected: NAME_COLUMNS, found: [text.slice(header.start, header.start + 40)] });
  return Papa.parse<string[]>(text.slice(header.start, header.next), { delimiter, newline }).data[0] ?? [];
}

/** Hands each row's candidate to `take` as it is read; the layout's format is returned. */
export function parseCsv(text: string, problems: ImportProblem[], take: (candidate: Candidate) => void, countWork: WorkCounter): ImportFormat {
  const delimiter = guessDelimiter(text.slice(0, text.search(/\r?\n|$/)));
  const newline = (/\r\n|\n|\r/.exec(text)?.[0] ?? '\n') as LineBreak;
  // Counted first, without parsing a row: a file of too many is refused before any is read.
  let header: CsvRow | undefined;
  let records = 0;
  for (const row of csvRows(text, delimiter, newline, countWork)) {
    if (!row.hasContent) continue;
    if (header) records += 1;
    else header = row;
  }
  if (records > MAX_IMPORT_RECORDS) throw new PlauschError('importTooLarge', { limit: MAX_IMPORT_RECORDS, size: records, unit: 'records' });
  const layout = detectLayout(headerCells(text, header, delimiter, newline));

  let record = 0;
  for (const row of csvRows(text, delimiter, newline, countWork)) {
    if (!row.hasContent || row.start === header?.start) continue;
    if (!isParseable(row)) {
      record += 1;
      problems.push({ record, code: 'unreadableRecord' });
      continue;
    }
    const source = text.slice(row.start, row.next);
    countWork(source.length);
    const parsed = Papa.parse<string[]>(source, { delimiter, newline, skipEmptyLines: 'greedy' });
    for (const cells of parsed.data) {
      record += 1;
      const candidate = readCandidate(rowToRaw(cells, layout, record), problems);
      if (candidate) take(candidate);
    }
    // Papaparse reports a quote left open at the end of the file: the last row is cut off.
    if (parsed.errors.some((error) => error.code === 'MissingQuotes')) problems.push({ record, code: 'incompleteRecord' });
  }
  return layout.format;
}
