// vCard 2.1 (desktop Outlook), 3.0 (Google, Apple) and 4.0 to contact candidates. ical.js parses 3.0 and 4.0; the
// pre-pass here unfolds lines, joins quoted-printable soft line breaks, decodes quoted-printable in the property's
// charset and rewrites 2.1's bare parameters (`TEL;WORK;VOICE`), so that a 2.1 card reaches ical.js as a 3.0 one.
// Each card is parsed on its own: one broken card is reported and the others still come in.
import ICAL from 'ical.js';
import type { AnniversaryKind } from '../../../../shared/model';
import { anniversaryKinds } from '../../../../shared/model';
import type { ImportProblem } from '../../../../shared/transfer';
import { emptyRawCandidate, toCandidate, type Candidate, type RawCandidate } from './candidate';
import { decodeAs, detectEncoding } from './decode';

/** The properties Plausch reads; anything else (photos, addresses, keys) is dropped before parsing. */
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
]);

interface RawProperty {
  name: string;
  params: string[];
  value: string;
}

export function looksLikeVcard(text: string): boolean {
  return /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 64 * 1024));
}

/** Splits `NAME;PARAM;PARAM="a:b":value` at the first colon outside quotes. */
function splitProperty(line: string): RawProperty | undefined {
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index];
    if (character === '"') quoted = !quoted;
    else if (character === ':' && !quoted) {
      const [rawName = '', ...params] = line.slice(0, index).split(';');
      const name = rawName.replace(/^[\w-]+\./, '').toUpperCase().trim();
      return name ? { name, params, value: line.slice(index + 1) } : undefined;
    }
  }
  return undefined;
}

function isQuotedPrintable(params: readonly string[]): boolean {
  return params.some((param) => /^(ENCODING=)?QUOTED-PRINTABLE$/i.test(param.trim()));
}

function charsetOf(params: readonly string[]): string | undefined {
  const param = params.find((p) => /^CHARSET=/i.test(p.trim()));
  return param?.trim().slice('CHARSET='.length).replace(/"/g, '');
}

/** Logical lines: folded continuations (a leading space or tab) and quoted-printable soft breaks joined. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let softBreak = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const last = lines.length - 1;
    if (softBreak && last >= 0) {
      lines[last] = (lines[last] as string).slice(0, -1) + line;
    } else if (/^[ \t]/.test(line) && last >= 0) {
      lines[last] += line.slice(1);
    } else {
      lines.push(line);
    }
    const current = lines[lines.length - 1] ?? '';
    const property = splitProperty(current);
    softBreak = current.endsWith('=') && property !== undefined && isQuotedPrintable(property.params);
  }
  return lines;
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
  return decodeAs(raw, charset ?? detectEncoding(raw).encoding);
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
  for (const { name, params, value } of properties) {
    if (name === 'VERSION') continue;
    if (version === '2.1' || isQuotedPrintable(params)) {
      const decoded = isQuotedPrintable(params) ? decodeQuotedPrintable(value, charsetOf(params)) : value;
      // 2.1 does not escape; its only separator inside a value is the semicolon of structured properties.
      out.push(`${name}${paramsFor3(params)}:${escapeText(decoded, STRUCTURED.has(name))}`);
    } else {
      out.push(`${name}${params.length ? `;${params.join(';')}` : ''}:${value}`);
    }
  }
  out.push('END:VCARD');
  return out.join('\r\n');
}

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];

function texts(values: unknown[]): string[] {
  // ical.js leaves `\;` escaped in plain text values.
  return values.flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => String(v ?? '').replace(/\\;/g, ';'));
}

function paramText(params: Record<string, unknown>, key: string): string {
  const value = params[key];
  return Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '';
}

function toRawCandidate(properties: JCalProperty[], record: number): RawCandidate {
  const raw = emptyRawCandidate(record);
  const notes: string[] = [];
  const exported: RawCandidate['anniversaries'] = [];
  for (const [name, params, , ...values] of properties) {
    const [first = '', ...more] = texts(values);
    switch (name) {
      case 'n': {
        const parts = Array.isArray(values[0]) ? texts(values[0] as unknown[]) : [first, ...more];
        raw.lastName = parts[0] ?? '';
        raw.firstName = [parts[1], parts[2]].filter(Boolean).join(' ');
        break;
      }
      case 'fn':
        raw.fullName = first;
        break;
      case 'org': {
        const parts = Array.isArray(values[0]) ? texts(values[0] as unknown[]) : [first, ...more];
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
        raw.birthday = first;
        break;
      case 'anniversary':
      case 'x-anniversary':
      case 'x-ms-anniversary':
        raw.anniversaries.push({ kind: 'other', label: '', date: first });
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
        notes.push([first, ...more].join(','));
        break;
      case 'categories':
        raw.tags.push(first, ...more);
        break;
      case 'uid':
        raw.sourceId = first.replace(/^urn:uuid:/i, '');
        break;
    }
  }
  // Plausch's own export carries every anniversary with its kind; the plain ANNIVERSARY beside it is for others.
  if (exported.length > 0) raw.anniversaries = exported;
  raw.notes = notes.join('\n\n');
  return raw;
}

export function parseVcards(text: string, problems: ImportProblem[]): { candidates: Candidate[]; records: number } {
  const candidates: Candidate[] = [];
  let card: RawProperty[] | undefined;
  let record = 0;
  const finish = (properties: RawProperty[]) => {
    const version = properties.find((p) => p.name === 'VERSION')?.value.trim() ?? '3.0';
    try {
      const jcal = ICAL.parse(normalizedCard(properties, version)) as unknown as [string, JCalProperty[], unknown[]];
      const candidate = toCandidate(toRawCandidate(jcal[1], record), problems);
      if (candidate) candidates.push(candidate);
    } catch {
      problems.push({ record, code: 'unreadableRecord' });
    }
  };
  for (const line of logicalLines(text)) {
    const trimmed = line.trim();
    if (/^BEGIN:VCARD$/i.test(trimmed)) {
      if (card) problems.push({ record, code: 'incompleteRecord' });
      record += 1;
      card = [];
    } else if (/^END:VCARD$/i.test(trimmed)) {
      if (card) finish(card);
      card = undefined;
    } else if (card) {
      const property = splitProperty(line);
      if (property && KNOWN.has(property.name)) card.push(property);
    }
  }
  if (card) problems.push({ record, code: 'incompleteRecord' });
  return { candidates, records: record };
}
