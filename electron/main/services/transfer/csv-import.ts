// CSV exports of Outlook (German and English, desktop and web), Google (current and before 2023), LinkedIn and XING
// (social-exports.ts) to contact candidates. Columns are found by their header name, never by position, so any column
// order and any subset works. The header may follow a few lines of preamble (LinkedIn's note on missing addresses).
// The rows are found and counted first (csv-rows.ts); papaparse then parses them one at a time.
import Papa from 'papaparse';
import { PlauschError } from '../../../../shared/errors';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_LINE_CHARS, MAX_IMPORT_RECORDS, type ImportFormat, type ImportProblem } from '../../../../shared/transfer';
import { emptyRawCandidate, type Candidate, type RawCandidate } from './candidate';
import { csvRows, type CsvRow } from './csv-rows';
import type { WorkCounter } from './parse-import';
import { OUTLOOK, OUTLOOK_EMAILS, OUTLOOK_PHONES, bothNames } from './outlook-columns';
import { readCandidate } from './read-candidate';
import { anniversaryOfLabel, relatedPerson } from './relation-labels';
import { socialLayout, socialRowToRaw, type SocialLayout } from './social-exports';
import { isSystemGroup } from './system-groups';

type Field = 'firstName' | 'middleName' | 'lastName' | 'fullName' | 'organisation' | 'department' | 'role' | 'email' | 'phone' | 'birthday' | 'anniversary' | 'notes' | 'tags' | 'children' | 'partner' | 'interests' | 'introducedBy';

/** Header names (lower case) per field. Phones and e-mails are listed in the order the CSV export writes them. */
const COLUMNS: Record<Field, string[]> = {
  firstName: ['first name', 'vorname', 'given name'],
  middleName: ['middle name', 'weitere vornamen', 'additional name'],
  lastName: ['last name', 'nachname', 'family name'],
  fullName: ['name', 'display name', 'anzeigename'],
  organisation: ['company', 'firma', 'organization name', 'organization 1 - name'],
  department: ['department', 'abteilung', 'organization department', 'organization 1 - department'],
  role: ['job title', 'position', 'organization title', 'organization 1 - title'],
  email: OUTLOOK_EMAILS.flatMap(bothNames),
  phone: OUTLOOK_PHONES.flatMap(bothNames),
  birthday: ['birthday', 'geburtstag'],
  anniversary: bothNames(OUTLOOK.anniversary),
  notes: ['notes', 'notizen'],
  tags: ['categories', 'kategorien', 'labels', 'group membership'],
  children: bothNames(OUTLOOK.children),
  partner: bothNames(OUTLOOK.spouse),
  // Outlook's and Google's (before 2023) `Hobby`.
  interests: bothNames(OUTLOOK.hobby),
  // Outlook's `Empfohlen von`: a name, found among the file's and the journal's contacts on confirming.
  introducedBy: bothNames(OUTLOOK.referredBy),
};

/**
 * People Outlook names beside a contact who are not family: the manager and the assistant, whom an assistant calls
 * first. They become a line of the notes (`Manager: Dr. Weber`), worded as the file's language words the column.
 */
const RELATED_COLUMNS = [
  { names: OUTLOOK.manager, label: { en: 'Manager', de: 'Vorgesetzte(r)' } },
  { names: OUTLOOK.assistant, label: { en: 'Assistant', de: 'Assistent(in)' }, phone: OUTLOOK.assistantPhone },
] as const;

/** Google numbers repeated fields: `E-mail 1 - Value`, `Phone 2 - Value`, `Event 1 - Label`, `Relation 1 - Type`. */
const GOOGLE_NUMBERED = /^(e-mail|phone|event|relation) (\d+) - (value|label|type)$/;

const NAME_COLUMNS = ['First Name', 'Last Name', 'Vorname', 'Nachname', 'Given Name', 'Family Name', 'Name'];

/** Google separates several values in one cell with ` ::: `; Outlook its categories with `;`. */
function splitValues(cell: string): string[] {
  return cell.split(/\s+:::\s+|;/).map((value) => value.trim()).filter(Boolean);
}

/** Names in one cell: Outlook's children (`Paul; Mia`, `Paul, Mia`), Google's related people (`Paul ::: Mia`). */
function splitNames(cell: string, separators: RegExp): string[] {
  return cell.split(separators).map((value) => value.trim()).filter(Boolean);
}

/**
 * Interests in Outlook's `Hobby` (`Golf, Segeln`; Plausch's export writes `Golf; Wein, vor allem Riesling`) and
 * Google's (` ::: `): the widest separator the cell uses, so that an interest with a comma survives a round trip.
 */
function splitInterests(cell: string): string[] {
  return splitNames(cell, /\s+:::\s+/.test(cell) ? /\s+:::\s+/ : cell.includes(';') ? /;/ : /,/);
}

/** The user's tags: Google's system groups (`* myContacts`, `starred`) are none. */
function userTags(cell: string): string[] {
  return splitValues(cell).filter((tag) => !isSystemGroup(tag));
}

/** A Google event labelled as a birthday is the birthday, not an anniversary. */
const BIRTHDAY_LABEL = /^(birthday|geburtstag)$/i;

/** Where a related person's name (and the assistant's phone) stands, and the label the notes line gets. */
interface RelatedColumn {
  label: string;
  name?: number;
  phone?: number;
}

interface Layout {
  format: ImportFormat;
  byField: Map<Field, number[]>;
  google: Map<string, { value?: number; label?: number }>;
  related: RelatedColumn[];
  social?: SocialLayout;
}

const cleanHeader = (header: readonly string[]) => header.map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());

/** Whether a header names anyone: a name column of an address book, or LinkedIn's or XING's layout. */
function namesSomeone(header: readonly string[]): boolean {
  const lower = cleanHeader(header);
  return ['firstName', 'lastName', 'fullName'].some((field) => COLUMNS[field as Field].some((name) => lower.includes(name))) || socialLayout(lower) !== undefined;
}

function detectLayout(header: readonly string[]): Layout {
  const byField = new Map<Field, number[]>();
  const google = new Map<string, { value?: number; label?: number }>();
  const lower = cleanHeader(header);
  const social = socialLayout(lower);
  if (social) return { format: social.format, byField, google, related: [], social };
  for (const [field, names] of Object.entries(COLUMNS) as [Field, string[]][]) {
    const indexes = names.map((name) => lower.indexOf(name)).filter((index) => index >= 0);
    if (indexes.length) byField.set(field, indexes);
  }
  const related = RELATED_COLUMNS.flatMap(({ names, label, ...rest }) =>
    (['en', 'de'] as const).flatMap((language) => {
      const name = lower.indexOf(names[language].toLowerCase());
      const phone = 'phone' in rest ? lower.indexOf(rest.phone[language].toLowerCase()) : -1;
      if (name < 0 && phone < 0) return [];
      return [{ label: label[language], ...(name >= 0 ? { name } : {}), ...(phone >= 0 ? { phone } : {}) }];
    }),
  );
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
  return { format: isGoogle ? 'csv-google' : isOutlook ? 'csv-outlook' : 'csv', byField, google, related };
}

/** Takes back the quote an export puts before a cell that a spreadsheet would run as a formula. */
function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function rowToRaw(fromFile: readonly string[], layout: Layout, record: number): RawCandidate {
  const row = fromFile.map(unneutralize);
  if (layout.social) return socialRowToRaw(row, layout.social, record);
  const raw = emptyRawCandidate(record);
  const cells = (field: Field) => (layout.byField.get(field) ?? []).map((index) => row[index] ?? '').filter((cell) => cell.trim());
  const first = (field: Field) => cells(field)[0] ?? '';
  const noteLines: string[] = [];
  const relate = (label: string, name: string) => {
    const person = relatedPerson(label, name);
    if (person.family) raw.family.push({ relation: person.relation, name: person.name });
    else noteLines.push(person.line);
  };
  raw.firstName = [first('firstName'), first('middleName')].filter(Boolean).join(' ');
  raw.lastName = first('lastName');
  raw.fullName = first('fullName');
  raw.organisation = first('organisation');
  raw.department = first('department');
  raw.role = first('role');
  raw.emails = cells('email').flatMap(splitValues);
  raw.phones = cells('phone').flatMap((cell) => cell.split(/\s+:::\s+/));
  raw.birthday = first('birthday');
  raw.tags = cells('tags').flatMap(userTags);
  raw.interests = cells('interests').flatMap(splitInterests);
  raw.introducedBy = { name: first('introducedBy') };
  for (const name of cells('children').flatMap((cell) => splitNames(cell, /[;,]/))) relate('Child', name);
  // A partner's name may hold a comma (`Weber, Jonas`); only a semicolon separates two.
  for (const name of cells('partner').flatMap((cell) => splitNames(cell, /;/))) relate('Spouse', name);
  const anniversary = first('anniversary');
  if (anniversary) raw.anniversaries.push({ kind: 'other', label: '', date: anniversary });
  for (const { label, name, phone } of layout.related) {
    const person = [name, phone].map((index) => (index === undefined ? '' : (row[index] ?? '').trim())).filter(Boolean).join(', ');
    if (person) relate(label, person);
  }
  for (const [key, { value, label }] of layout.google) {
    const cell = value === undefined ? '' : (row[value] ?? '').trim();
    if (!cell) continue;
    // Google marks a primary value's label with `* `.
    const cellLabel = label === undefined ? '' : (row[label] ?? '').trim().replace(/^\*\s+/, '');
    if (key.startsWith('e-mail')) raw.emails.push(...splitValues(cell));
    else if (key.startsWith('phone')) raw.phones.push(...cell.split(/\s+:::\s+/));
    else if (key.startsWith('relation')) for (const name of splitNames(cell, /\s+:::\s+/)) relate(cellLabel, name);
    else if (BIRTHDAY_LABEL.test(cellLabel)) raw.birthday ||= cell;
    else raw.anniversaries.push({ ...anniversaryOfLabel(cellLabel), date: cell });
  }
  raw.notes = [first('notes'), ...noteLines].filter(Boolean).join('\n');
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

/** Lines before the header that a file may begin with: LinkedIn writes `Notes:`, a quoted paragraph and a blank line. */
const MAX_PREAMBLE_LINES = 4;
/** A preamble line longer than this is no note but data: the first line is then the header, as in any other file. */
const MAX_PREAMBLE_LINE_CHARS = 4096;

/**
 * A short line's cells, quotes taken off: enough to tell a header from a preamble before anything is counted, and
 * without papaparse, which sees no row before the file's rows are counted (see parseCsv).
 */
function lineCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index];
    if (character === '"' && quoted && line[index + 1] === '"') {
      cell += '"';
      index += 1;
    } else if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += character;
  }
  return [...cells, cell];
}

/**
 * Where the header starts: the first line when it names someone, else the first line after a short preamble that
 * does. When none does, the first line, whose cells the unknown-layout error then shows.
 */
function headerStart(text: string, countWork: WorkCounter): number {
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  for (let line = 0; line <= MAX_PREAMBLE_LINES && start < text.length; line += 1) {
    lineBreak.lastIndex = start;
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    if (end - start > MAX_PREAMBLE_LINE_CHARS) return 0;
    countWork(end - start);
    const content = text.slice(start, end);
    const cells = lineCells(content, guessDelimiter(content));
    if (namesSomeone(cells)) return start;
    // A preamble is lines of one cell each (a note, a quoted paragraph, a blank line); cells side by side are a header.
    if (cells.length > 1 || !found) return 0;
    start = found.index + found[0].length;
  }
  return 0;
}

/** Hands each row's candidate to `take` as it is read; the layout's format is returned. */
export function parseCsv(file: string, problems: ImportProblem[], take: (candidate: Candidate) => void, countWork: WorkCounter): ImportFormat {
  const text = file.slice(headerStart(file, countWork));
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
