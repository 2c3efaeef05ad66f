// vCard 2.1 (desktop Outlook), 3.0 (Google, Apple) and 4.0 to contact candidates. ical.js parses 3.0 and 4.0; the
// pre-pass unfolds lines and joins quoted-printable soft line breaks (vcard-lines.ts), decodes quoted-printable in the
// property's charset and rewrites 2.1's bare parameters (`TEL;WORK;VOICE`), so that a 2.1 card reaches ical.js as a
// 3.0 one. Each card is parsed on its own: one broken card is reported and the others still come in. ical.js only
// ever sees the properties Plausch reads, each shorter than MAX_IMPORT_LINE_CHARS and with a few parameters, because
// it searches a line again for every parameter. A PHOTO never reaches ical.js: it is read on its own (vcard-photo.ts).
// Related people and labelled dates (Apple's `item1.` groups, vCard 4's RELATED) are paired in vcard-related.ts; the
// X-PLAUSCH- lines are what Plausch's own export adds, and where a card has them they are believed over the others.
import ICAL from 'ical.js';
import { PlauschError } from '../../../../shared/errors';
import type { AnniversaryKind, ContactRelation, FamilyRelation } from '../../../../shared/model';
import { anniversaryKinds, familyRelations } from '../../../../shared/model';
import { MAX_IMPORT_RECORDS, type ImportProblem } from '../../../../shared/transfer';
import { emptyRawCandidate, type Candidate, type RawCandidate, type RawFamilyMember } from './candidate';
import { decodeAs, decodeText } from './decode';
import type { WorkCounter } from './parse-import';
import { readCandidate } from './read-candidate';
import { anniversaryOfLabel } from './relation-labels';
import { isSystemGroup } from './system-groups';
import { contentLines, isQuotedPrintable, type ContentLine, type RawProperty } from './vcard-lines';
import { readVcardPhoto, type VcardPhoto } from './vcard-photo';
import { VcardRelated, withoutRepeatedAnniversaries } from './vcard-related';

/**
 * Also read, but written by few address books and with parameters of their own: a line of these whose parameters
 * ical.js cannot read (a bare `X-MS-SPOUSE;N:` outside 2.1) is left out, not the card, which came in without them.
 */
const ALSO_READ = new Set([
  // Apple's and Google's related names and dates, each labelled by an X-ABLabel of the same group.
  'X-ABLABEL',
  'X-ABRELATEDNAMES',
  'X-ABDATE',
  'RELATED',
  'X-MS-SPOUSE',
  // RFC 6715.
  'INTEREST',
  'HOBBY',
  // Plausch's own export: what no standard property holds.
  'X-PLAUSCH-FAMILY',
  'X-PLAUSCH-RELATION',
  'X-PLAUSCH-MET-ON',
  'X-PLAUSCH-MET-AT',
  'X-PLAUSCH-COMMON-GROUND',
  'X-PLAUSCH-GIFT-IDEA',
  'X-PLAUSCH-CAN-HELP',
  'X-PLAUSCH-CADENCE',
  'X-PLAUSCH-ADDRESS-FORM',
  'X-PLAUSCH-INTRODUCED-BY',
  'X-PLAUSCH-ARCHIVED',
]);

/** The properties ical.js reads for Plausch; anything else (addresses, keys) is dropped before parsing. */
const KNOWN = new Set([
  'VERSION',
  'N',
  'FN',
  'ORG',
  'TITLE',
  'ROLE',
  'EMAIL',
  'TEL',
  'BDAY',
  'ANNIVERSARY',
  'X-ANNIVERSARY',
  'X-MS-ANNIVERSARY',
  'X-PLAUSCH-ANNIVERSARY',
  'NOTE',
  'CATEGORIES',
  'UID',
  ...ALSO_READ,
]);

/** `;NAME=value` or `;NAME="quoted"`, each one; one alternative per character, so the check is linear. */
const READABLE_PARAMS = /^(?:;[\w-]+=(?:"[^"]*"|[^;:"])*)*$/;

/** A card whose properties have more parameters than this is left out: ical.js searches the line again for each. */
const MAX_PROPERTY_PARAMS = 16;
/** Far more of the properties above than a card holds; the rest are not read (`tooManyValues`). */
const MAX_CARD_PROPERTIES = 1_000;
/** Format detection looks this far into the file. */
const DETECTION_CHARS = 64 * 1024;

const isBegin = (line: ContentLine) => /^BEGIN:VCARD$/i.test(line.text.trim());
const isEnd = (line: ContentLine) => /^END:VCARD$/i.test(line.text.trim());

/** Line by line: a multi-line regex (`^\s*BEGIN:VCARD\s*$`) retried `\s*` from every blank line, quadratically. */
export function looksLikeVcard(text: string, countWork: WorkCounter): boolean {
  const head = text.slice(0, DETECTION_CHARS);
  countWork(head.length);
  return head.split(/\r\n|\r|\n/).some((line) => /^BEGIN:VCARD$/i.test(line.trim()));
}

function charsetOf(params: readonly string[]): string | undefined {
  const param = params.find((p) => /^CHARSET=/i.test(p.trim()));
  return param?.trim().slice('CHARSET='.length).replace(/"/g, '');
}

function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index] as string;
    const hex = value.slice(index + 1, index + 3);
    if (character === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else if (character.charCodeAt(0) < 0x80) {
      bytes.push(character.charCodeAt(0));
    } else {
      bytes.push(...encoder.encode(character));
    }
  }
  const raw = Uint8Array.from(bytes);
  return charset ? decodeAs(raw, charset) : decodeText(raw).text;
}

/** 2.1 writes types bare (`TEL;WORK;VOICE`); 3.0 wants `TYPE=WORK,VOICE`. Encoding and charset are spent by now. */
function paramsFor3(params: readonly string[]): string {
  const types: string[] = [];
  const kept: string[] = [];
  for (const param of params.map((p) => p.trim()).filter(Boolean)) {
    const [key = '', ...rest] = param.split('=');
    const upper = key.toUpperCase();
    if (rest.length === 0) {
      if (upper !== 'QUOTED-PRINTABLE' && /^[\w-]+$/.test(key)) types.push(key);
    } else if (upper === 'TYPE') {
      types.push(...rest.join('=').split(',').filter((t) => /^[\w-]+$/.test(t)));
    } else if (upper === 'LABEL' && /^"?[^";:]*"?$/.test(rest.join('='))) {
      kept.push(`LABEL=${rest.join('=')}`);
    }
  }
  return (types.length ? `;TYPE=${types.join(',')}` : '') + kept.map((p) => `;${p}`).join('');
}

function escapeText(value: string, structured: boolean): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n');
  return structured ? escaped : escaped.replace(/,/g, '\\,').replace(/;/g, '\\;');
}

const STRUCTURED = new Set(['N', 'ORG', 'CATEGORIES']);

/** One card's properties rewritten as a 3.0 card ical.js reads. */
function normalizedCard(properties: readonly RawProperty[], version: string): string {
  const out = ['BEGIN:VCARD', `VERSION:${version === '4.0' ? '4.0' : '3.0'}`];
  for (const { group, name, params, value } of properties) {
    if (name === 'VERSION') continue;
    // The group stays: ical.js hands it back as the `group` parameter, which pairs a label with its property.
    const grouped = group ? `${group}.${name}` : name;
    if (version === '2.1' || isQuotedPrintable(params)) {
      const decoded = isQuotedPrintable(params) ? decodeQuotedPrintable(value, charsetOf(params)) : value;
      // 2.1 does not escape; its only separator inside a value is the semicolon of structured properties.
      out.push(`${grouped}${paramsFor3(params)}:${escapeText(decoded, STRUCTURED.has(name))}`);
    } else {
      const joined = params.length ? `;${params.join(';')}` : '';
      if (ALSO_READ.has(name) && !READABLE_PARAMS.test(joined)) continue;
      out.push(`${grouped}${joined}:${value}`);
    }
  }
  out.push('END:VCARD');
  return out.join('\r\n');
}

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];

/** ical.js leaves `\;` escaped in plain text values. */
function unescapedText(value: unknown): string {
  const text = String(value ?? '');
  return text.includes('\\;') ? text.replace(/\\;/g, ';') : text;
}

function texts(values: unknown[]): string[] {
  const result: string[] = [];
  for (const value of values) {
    if (Array.isArray(value)) for (const part of value) result.push(unescapedText(part));
    else result.push(unescapedText(value));
  }
  return result;
}

function paramText(params: Record<string, unknown>, key: string): string {
  const value = params[key];
  return Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '';
}

function paramTexts(params: Record<string, unknown>, key: string): string[] {
  const value = params[key];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}

/**
 * A value ical.js left as written, because it does not know the property (X-ABLabel, INTEREST, Plausch's own):
 * `\,`, `\;`, `\\` and `\n` unescaped, any other backslash kept. `list`: split at the commas that are not escaped.
 */
function writtenText(raw: string, list: boolean): string[] {
  const items: string[] = [];
  let current = '';
  for (let index = 0; index < raw.length; index += 1) {
    const character = raw[index] as string;
    const next = raw[index + 1];
    if (character === '\\' && next !== undefined && '\\,;nN'.includes(next)) {
      current += next === 'n' || next === 'N' ? '\n' : next;
      index += 1;
    } else if (character === ',' && list) {
      items.push(current);
      current = '';
    } else current += character;
  }
  items.push(current);
  return items;
}

/** A property's one text value, whether ical.js read it (`text`) or left it as written. */
function textOf(property: JCalProperty): string {
  return property[2] === 'text' ? unescapedText(property[3]) : (writtenText(String(property[3] ?? ''), false)[0] as string);
}

/** A value that is a link (`urn:uuid:…`, `https://…`, `mailto:…`) rather than a name. */
const URI = /^[a-z][a-z0-9+.-]*:/i;

/** Apple writes a date without a year with a stand-in year and names it: `X-APPLE-OMIT-YEAR=1604` and `1604-06-12`. */
function withoutOmittedYear(date: string, params: Record<string, unknown>): string {
  const omitted = paramText(params, 'x-apple-omit-year').trim();
  const match = omitted ? /^(\d{4})-?(\d{2})-?(\d{2})/.exec(date.trim()) : null;
  return match && match[1] === omitted ? `--${match[2]}-${match[3]}` : date;
}

const familyRelationOf = (value: string): FamilyRelation =>
  (familyRelations as readonly string[]).includes(value.toLowerCase()) ? (value.toLowerCase() as FamilyRelation) : 'other';

function toRawCandidate(properties: JCalProperty[], record: number): RawCandidate {
  const raw = emptyRawCandidate(record);
  const notes: string[] = [];
  const exported: RawCandidate['anniversaries'] = [];
  const related = new VcardRelated();
  const exportedFamily: RawFamilyMember[] = [];
  for (const property of properties) {
    const [name, params] = property;
    const values = property.slice(3);
    const all = texts(values);
    const first = all[0] ?? '';
    switch (name) {
      case 'n': {
        const parts = Array.isArray(values[0]) ? texts(values[0] as unknown[]) : all;
        raw.lastName = parts[0] ?? '';
        raw.firstName = [parts[1], parts[2]].filter(Boolean).join(' ');
        break;
      }
      case 'fn':
        raw.fullName = first;
        break;
      case 'org': {
        const parts = Array.isArray(values[0]) ? texts(values[0] as unknown[]) : all;
        raw.organisation = parts[0] ?? '';
        raw.department = parts.slice(1).filter(Boolean).join(' / ');
        break;
      }
      case 'title':
        raw.role = first;
        break;
      case 'role':
        raw.role ||= first;
        break;
      case 'email':
        raw.emails.push(first);
        break;
      case 'tel':
        raw.phones.push(first.replace(/^tel:/i, ''));
        break;
      case 'bday':
        raw.birthday = withoutOmittedYear(first, params);
        break;
      case 'anniversary':
      case 'x-anniversary':
      case 'x-ms-anniversary':
        raw.anniversaries.push({ ...anniversaryOfLabel(paramText(params, 'label')), date: withoutOmittedYear(first, params) });
        break;
      case 'x-ablabel':
        related.label(paramText(params, 'group') || undefined, textOf(property));
        break;
      case 'x-abrelatednames':
        related.relatedName(paramText(params, 'group') || undefined, textOf(property), paramTexts(params, 'type'));
        break;
      case 'x-abdate':
        related.date(paramText(params, 'group') || undefined, withoutOmittedYear(first, params), paramTexts(params, 'type'));
        break;
      case 'related': {
        // A link to another card names nobody Plausch could show; a name does, given as text or bare.
        if (property[2] === 'text' || !URI.test(String(values[0] ?? '').trim())) related.related(textOf(property), paramTexts(params, 'type'));
        break;
      }
      case 'x-ms-spouse':
        related.familyMember({ relation: 'partner', name: textOf(property) });
        break;
      case 'interest':
      case 'hobby':
        raw.interests.push(...(property[2] === 'text' ? [textOf(property)] : writtenText(String(values[0] ?? ''), true)));
        break;
      case 'x-plausch-family': {
        const birthday = paramText(params, 'bday');
        const schoolStart = paramText(params, 'schoolstart');
        exportedFamily.push({
          relation: familyRelationOf(paramText(params, 'relation')),
          name: textOf(property),
          ...(birthday ? { birthday } : {}),
          ...(schoolStart ? { schoolStart } : {}),
        });
        break;
      }
      case 'x-plausch-relation':
        // toCandidate keeps it only when it is one of the relations.
        raw.relation = first.trim().toLowerCase() as ContactRelation;
        break;
      case 'x-plausch-met-on':
        raw.metOn = first;
        break;
      case 'x-plausch-met-at':
        raw.metAt = textOf(property);
        break;
      case 'x-plausch-common-ground':
        raw.commonGround.push(textOf(property));
        break;
      case 'x-plausch-gift-idea':
        raw.giftIdeas.push(textOf(property));
        break;
      case 'x-plausch-can-help':
        raw.canHelpWith.push(textOf(property));
        break;
      case 'x-plausch-cadence':
        raw.cadenceDays = first;
        break;
      case 'x-plausch-address-form':
        raw.addressForm = first;
        break;
      case 'x-plausch-introduced-by': {
        const sourceId = paramText(params, 'uid').trim();
        raw.introducedBy = { ...(sourceId ? { sourceId } : {}), name: textOf(property) };
        break;
      }
      case 'x-plausch-archived':
        raw.archived = first.trim().toLowerCase() === 'true';
        break;
      case 'x-plausch-anniversary': {
        const kind = paramText(params, 'type').toLowerCase();
        exported.push({
          kind: (anniversaryKinds as readonly string[]).includes(kind) ? (kind as AnniversaryKind) : 'other',
          label: paramText(params, 'label'),
          date: first,
        });
        break;
      }
      case 'note':
        notes.push(all.join(','));
        break;
      case 'categories':
        raw.tags.push(...all.filter((name) => !isSystemGroup(name)));
        break;
      case 'uid':
        raw.sourceId = first.replace(/^urn:uuid:/i, '');
        break;
    }
  }
  const found = related.result();
  // Plausch's own export carries every anniversary with its kind and every family member with their dates; the
  // standard ANNIVERSARY, X-ABDATE, RELATED and X-ABRELATEDNAMES beside them are for others, and would come in twice.
  raw.anniversaries = exported.length > 0 ? exported : withoutRepeatedAnniversaries([...raw.anniversaries, ...found.anniversaries]);
  raw.family = exportedFamily.length > 0 ? exportedFamily : found.family;
  raw.birthday ||= found.birthday;
  if (found.noteLines.length > 0) notes.push(found.noteLines.join('\n'));
  raw.notes = notes.join('\n\n');
  return raw;
}

/** Cards in the file, counted before any is parsed: a file of more is refused without reading them. */
function countCards(text: string, countWork: WorkCounter): number {
  let cards = 0;
  for (const line of contentLines(text, countWork)) if (isBegin(line)) cards += 1;
  return cards;
}

interface CardInProgress {
  properties: RawProperty[];
  /** The property that made the card unreadable before ical.js saw it: too long, or too many parameters. */
  unreadable?: string;
  tooManyProperties: boolean;
  /** The card's first PHOTO, read apart from ical.js. */
  photo?: VcardPhoto;
}

/** Hands each card's candidate to `take` as it is read; the number of cards is returned. */
export function parseVcards(text: string, problems: ImportProblem[], take: (candidate: Candidate) => void, countWork: WorkCounter): number {
  const records = countCards(text, countWork);
  if (records > MAX_IMPORT_RECORDS) throw new PlauschError('importTooLarge', { limit: MAX_IMPORT_RECORDS, size: records, unit: 'records' });
  let card: CardInProgress | undefined;
  let record = 0;
  const finish = ({ properties, unreadable, tooManyProperties, photo }: CardInProgress) => {
    if (unreadable) {
      problems.push({ record, code: 'unreadableRecord', field: unreadable });
      return;
    }
    if (tooManyProperties) problems.push({ record, code: 'tooManyValues' });
    const version = properties.find((p) => p.name === 'VERSION')?.value.trim() ?? '3.0';
    try {
      const normalized = normalizedCard(properties, version);
      countWork(normalized.length);
      const jcal = ICAL.parse(normalized) as unknown as [string, JCalProperty[], unknown[]];
      const candidate = readCandidate(toRawCandidate(jcal[1], record), problems);
      if (!candidate) return;
      // A photo that cannot be kept is noted and the contact comes in without it; a link is ignored, as no photo.
      if (photo?.ok) candidate.photo = photo.bytes;
      else if (photo && photo.reason !== 'link') problems.push({ record, code: 'photoLeftOut', field: 'photo', value: photo.reason });
      take(candidate);
    } catch {
      problems.push({ record, code: 'unreadableRecord' });
    }
  };
  for (const line of contentLines(text, countWork)) {
    if (isBegin(line)) {
      if (card) problems.push({ record, code: 'incompleteRecord' });
      record += 1;
      card = { properties: [], tooManyProperties: false };
    } else if (isEnd(line)) {
      if (card) finish(card);
      card = undefined;
    } else if (card && !card.unreadable) {
      const property = line.property;
      if (property?.name === 'PHOTO') {
        const photo = readVcardPhoto(property, line.tooLong);
        if (!card.photo || (!card.photo.ok && photo.ok)) card.photo = photo;
        continue;
      }
      if (!property || !KNOWN.has(property.name)) continue;
      if (line.tooLong || property.params.length > MAX_PROPERTY_PARAMS) card.unreadable = property.name;
      else if (card.properties.length < MAX_CARD_PROPERTIES) card.properties.push(property);
      else card.tooManyProperties = true;
    }
  }
  if (card) problems.push({ record, code: 'incompleteRecord' });
  return records;
}
