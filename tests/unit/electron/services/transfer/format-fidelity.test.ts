// Every field a contact can have, through each export format and back into an empty journal. What comes back is
// compared with what went out, and what a format cannot hold is listed in words. That list is the README's table: the
// test renders it from what it measured and compares it with the README, so when a format starts or stops losing
// something, the README has to say so.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/main/services';
import { fixedClock } from '../../../../../electron/main/services/clock';
import type { Contact } from '../../../../../shared/model';
import type { ExportFormat } from '../../../../../shared/transfer';
import { aContact } from '../../../../support/journal-fixtures';
import { createMemoryStore } from '../../../../support/memory-store';
import { TINY_JPEG_BASE64 } from '../../../../support/photo-samples';
import { NOW, recordingLogger } from '../../../../support/services-harness';

const README = join(__dirname, '../../../../../README.md');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function journal(contacts: Contact[] = []) {
  const dataDir = mkdtempSync(join(tmpdir(), 'plausch-fidelity-'));
  dirs.push(dataDir);
  const store = createMemoryStore({ contacts });
  const services = createServices({ store, clock: fixedClock(NOW), log: recordingLogger(), appInfo: { version: 't', dataDir, systemLanguage: 'de-DE' } });
  return { store, services };
}

const anna = aContact({ id: 'c-anna', firstName: 'Anna', lastName: 'Berg', organisation: 'Stadtwerke Köln' });

/** Every field set, every list longer than some format holds, every kind of family member and anniversary. */
const sabine = aContact({
  id: 'c-sabine',
  firstName: 'Sabine',
  lastName: 'Müller-Lüdenscheidt',
  role: 'Assistenz der Geschäftsführung',
  organisation: 'Stadtwerke Köln, GmbH',
  department: 'Vorstand; Büro',
  relation: 'external',
  emails: ['sabine@stadtwerke.example', 's.mueller@privat.example', 'sabine@verein.example', 'sabine@vier.example', 'sabine@fuenf.example'],
  phones: Array.from({ length: 20 }, (_, index) => `+49 221 5550${String(index).padStart(2, '0')}`),
  tags: ['Netzwerk', 'Kunden, VIP'],
  metOn: '2019-03-14',
  metAt: 'Assistenz-Stammtisch',
  introducedById: 'c-anna',
  birthday: '1976-02-29',
  family: [
    { id: 'f-paul', name: 'Paul', relation: 'child', birthday: '2018-09-03', schoolStart: '2024-09-05' },
    { id: 'f-mia', name: 'Mia', relation: 'child' },
    { id: 'f-jonas', name: 'Jonas', relation: 'partner', birthday: '--05-17' },
    { id: 'f-ingrid', name: 'Ingrid', relation: 'parent' },
    { id: 'f-tom', name: 'Tom', relation: 'sibling' },
    { id: 'f-lisa', name: 'Lisa (Patenkind)', relation: 'other' },
  ],
  anniversaries: [
    { id: 'a-work', kind: 'work', label: '10 Jahre', date: '2015-04-01' },
    { id: 'a-wed', kind: 'wedding', label: '', date: '--06-12' },
    { id: 'a-other', kind: 'other', label: 'Firmengründung', date: '1999-10-01' },
  ],
  interests: ['Golf', 'Kochen'],
  commonGround: ['Beide aus Köln'],
  giftIdeas: ['Kochbuch'],
  canHelpWith: ['Raumbuchung', 'Vorstandskalender; Reisen'],
  cadenceDays: 45,
  addressForm: 'du',
  notes: 'Zeile eins\nZeile zwei mit „Anführung“, Komma; Semikolon.',
});

const archived = aContact({ id: 'c-ole', firstName: 'Ole', lastName: 'Hansen', archived: true });

type Measured = 'json' | 'csv-de' | 'csv-en' | 'vcard' | 'vcard3';

/** Exports the journal in `format` and reads it into an empty one: a restore for the backup, an import for the rest. */
async function throughFormat(format: Measured) {
  const source = journal([anna, sabine, archived]);
  await source.services.photos.set('c-sabine', TINY_JPEG_BASE64);
  const [exportFormat, language] = (format.startsWith('csv') ? ['csv', format.slice(4)] : [format, 'de']) as [ExportFormat, 'de' | 'en'];
  const file = await source.services.transfer.exportFile(exportFormat, language);
  const target = journal();
  if (format === 'json') {
    await target.services.transfer.backups.restoreFromText(file.content, file.fileName);
  } else {
    const preview = await target.services.transfer.preview(new TextEncoder().encode(file.content), file.fileName);
    expect(preview.problems).toEqual([]);
    await target.services.transfer.confirmImport(preview.importId, []);
  }
  return target;
}

const fullName = (c: Pick<Contact, 'firstName' | 'lastName'>) => `${c.firstName} ${c.lastName}`;

/** What `after` lacks of `before`, as keys of LOSS_WORDS (a list kept only in part: `phones:19`, its first 19). */
function lossesOf(before: Contact, after: Contact | undefined, contacts: readonly Contact[], photoKept: boolean): string[] {
  if (!after) return ['contact'];
  const lost = new Set<string>();
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ['firstName', 'lastName', 'role', 'organisation', 'department', 'relation', 'birthday', 'metOn', 'metAt', 'notes', 'cadenceDays', 'addressForm', 'archived'] as const) {
    if (!same(before[key], after[key])) lost.add(key);
  }
  for (const key of ['emails', 'phones', 'tags', 'interests', 'commonGround', 'giftIdeas', 'canHelpWith'] as const) {
    if (same(before[key], after[key])) continue;
    const kept = after[key];
    lost.add(kept.length > 0 && kept.length < before[key].length && same(before[key].slice(0, kept.length), kept) ? `${key}:${kept.length}` : key);
  }
  const introducer = (c: Contact, all: readonly Contact[]) => all.find((other) => other.id === c.introducedById);
  const introducedBefore = introducer(before, [anna]);
  const introducedAfter = introducer(after, contacts);
  if ((introducedBefore && fullName(introducedBefore)) !== (introducedAfter && fullName(introducedAfter))) lost.add('introducedBy');
  for (const member of before.family) {
    const found = after.family.find((other) => other.name === member.name && other.relation === member.relation);
    if (!found) lost.add(`family:${member.relation}`);
    else {
      if (found.birthday !== member.birthday) lost.add('family:birthday');
      if (found.schoolStart !== member.schoolStart) lost.add('family:schoolStart');
    }
  }
  if (after.family.length > before.family.length) lost.add('family:added');
  const kept = before.anniversaries.filter((anniversary) => after.anniversaries.some((other) => other.date === anniversary.date));
  if (kept.length < before.anniversaries.length) lost.add(`anniversaries:${kept.length}`);
  for (const anniversary of kept) {
    const found = after.anniversaries.find((other) => other.date === anniversary.date);
    if (found?.kind !== anniversary.kind) lost.add('anniversaries:kind');
    if (found?.label !== anniversary.label) lost.add('anniversaries:label');
  }
  if (!photoKept) lost.add('photo');
  return [...lost].sort();
}

async function measure(format: Measured): Promise<string[]> {
  const target = await throughFormat(format);
  const contacts = [...target.store.contacts.values()];
  const losses = new Set<string>();
  for (const before of [anna, sabine, archived]) {
    const after = contacts.find((c) => fullName(c) === fullName(before));
    const photo = after ? await target.services.photos.get(after.id) : null;
    const photoKept = before.id !== 'c-sabine' || photo?.base64 === TINY_JPEG_BASE64;
    for (const loss of lossesOf(before, after, contacts, photoKept)) losses.add(loss);
  }
  expect(contacts).toHaveLength(3);
  return [...losses].sort();
}

/** The README's words for each loss, German first, English in italics, in the order the README lists them. */
const LOSS_WORDS: Record<string, (count?: number) => [string, string]> = {
  emails: (n) => [`E-Mail-Adressen ab der ${(n ?? 0) + 1}.`, `e-mail addresses beyond the first ${n}`],
  phones: (n) => [`Telefonnummern ab der ${(n ?? 0) + 1}.`, `phone numbers beyond the first ${n}`],
  'family:parent': () => ['Eltern', 'parents'],
  'family:sibling': () => ['Geschwister', 'siblings'],
  'family:other': () => ['andere Verwandte', 'other relatives'],
  'family:birthday': () => ['Geburtstage der Familie', 'family birthdays'],
  'family:schoolStart': () => ['Einschulung', 'first day at school'],
  anniversaries: (n) => [`Jahrestage ab dem ${(n ?? 0) + 1}.`, `anniversaries beyond the first${n === 1 ? '' : ` ${n}`}`],
  'anniversaries:kind': () => ['Art des Jahrestags', 'kind of anniversary'],
  'anniversaries:label': () => ['Bezeichnung des Jahrestags', 'anniversary label'],
  relation: () => ['intern oder extern', 'internal or external'],
  metOn: () => ['kennengelernt am', 'met on'],
  metAt: () => ['kennengelernt bei', 'met at'],
  commonGround: () => ['Gemeinsamkeiten', 'common ground'],
  giftIdeas: () => ['Geschenkideen', 'gift ideas'],
  canHelpWith: () => ['kann helfen bei', 'can help with'],
  cadenceDays: () => ['Rhythmus', 'rhythm'],
  addressForm: () => ['Anrede (du oder Sie)', 'form of address (du or Sie)'],
  photo: () => ['Foto', 'photo'],
  introducedBy: () => ['vorgestellt von', 'introduced by'],
  archived: () => ['archiviert', 'archived'],
};
const ORDER = Object.keys(LOSS_WORDS);

function inWords(losses: readonly string[]): string {
  if (losses.length === 0) return 'nichts *(nothing)*';
  const parts = losses.map((loss) => {
    const [key = '', count] = loss.split(':');
    const known = loss in LOSS_WORDS ? loss : key;
    const describe = LOSS_WORDS[known];
    if (!describe) throw new Error(`no words for the loss "${loss}"`);
    return { at: ORDER.indexOf(known), words: describe(count === undefined || Number.isNaN(Number(count)) ? undefined : Number(count)) };
  });
  const words = parts.sort((a, b) => a.at - b.at).map((part) => part.words);
  return `${words.map(([de]) => de).join(', ')} *(${words.map(([, en]) => en).join(', ')})*`;
}

const ROWS: [string, Measured][] = [
  ['Komplette Sicherung (JSON)', 'json'],
  ['Für Google, Apple und andere Adressbücher (vCard 4.0)', 'vcard'],
  ['Für Outlook (Visitenkarten, vCard 3.0)', 'vcard3'],
  ['Für Outlook (Tabelle, CSV; deutsch und englisch)', 'csv-de'],
];

describe('what each export format keeps, through export and import into an empty journal', () => {
  it('the complete backup keeps everything, photos included', async () => {
    expect(await measure('json')).toEqual([]);
  });

  it('vCard 4.0 and 3.0 keep everything a contact has, who introduced them and the archive included', async () => {
    for (const format of ['vcard', 'vcard3'] as const) {
      expect(await measure(format), format).toEqual([]);
    }
  });

  it("Outlook's table keeps children, partner, interests, who introduced them, the first anniversary, three e-mails and fifteen phones", async () => {
    const german = await measure('csv-de');
    expect(await measure('csv-en')).toEqual(german);
    expect(german).toEqual([
      'addressForm',
      'anniversaries:1',
      'anniversaries:kind',
      'anniversaries:label',
      'archived',
      'cadenceDays',
      'canHelpWith',
      'commonGround',
      'emails:3',
      'family:birthday',
      'family:other',
      'family:parent',
      'family:schoolStart',
      'family:sibling',
      'giftIdeas',
      'metAt',
      'metOn',
      'phones:15',
      'photo',
      'relation',
    ]);
  });

  it("the README's table says exactly what each format loses", async () => {
    const rows = await Promise.all(ROWS.map(async ([name, format]) => `| ${name} | ${inWords(await measure(format))} |`));
    const table = ['| Format | Was verloren geht *(what is lost)* |', '|---|---|', ...rows].join('\n');
    const readme = readFileSync(README, 'utf8');
    const block = /<!-- format-fidelity:start -->\n([\s\S]*?)\n<!-- format-fidelity:end -->/.exec(readme);
    expect(block?.[1], 'README.md needs the block between <!-- format-fidelity:start --> and <!-- format-fidelity:end -->').toBe(table);
  });
});
