// Issue 18's "done when": with encryption on, no name, note or e-mail address from the journal can be found in any
// file of the data folder. The journal has every kind of file the store writes (main file, year files, log lines not
// yet compacted, daily and manual backups, a photo), and each secret is looked for in every form the store could
// leave it in: UTF-8, JSON's \u escapes (the store writes non-ASCII that way), and base64 of either at any offset.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/main/services';
import { PlauschError } from '../../../../../shared/errors';
import type { JournalStore } from '../../../../../electron/main/store/types';
import { TINY_JPEG_BASE64, bytesOf } from '../../../../support/photo-samples';
import { recordingLogger } from '../../../../support/services-harness';
import { contact, interaction, open, tempDir, testClock } from '../helpers';
import { CHEAP_SCRYPT, PASSPHRASE, folderBytes, sameFolder } from './support';

const people = [
  { id: 'zoe', firstName: 'Zoë', lastName: 'Ærøskøbing-Łukasiewicz', email: 'zoe.aeroe@geheim-beispiel.de', notes: 'Tochter krank, sucht neuen Job' },
  { id: 'goekhan', firstName: 'Gökhan', lastName: 'Şahinoğlu-Müßig', email: 'g.sahin@verschwiegen.example', notes: 'Schuldet mir einen Gefallen wegen Übernachtung' },
  { id: 'anais', firstName: 'Anaïs', lastName: 'Fjørtoft', email: 'anais.fjortoft@privat-post.example', notes: 'Geburtstag der Zwillinge im März' },
];
const encounterNotes = ['Kündigung überlegt, bitte vertraulich', 'Gespräch über die Scheidung', 'Beförderung zur Bereichsleiterin geplant', 'Ärger mit dem Vorstand'];
const lateNote = 'Nach dem Einschalten notiert: Umzug nach Österreich';

/** JSON's escapes of non-ASCII, as the store writes them. */
function escaped(text: string): string {
  return text.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The base64 of `bytes` as it appears inside a longer encoding, whatever the offset (0, 1 or 2 bytes before it). Forms
 * shorter than eight characters are left out: they would turn up by chance in the sealed files' random bytes.
 */
function base64Forms(bytes: Buffer): string[] {
  const forms = [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    return encoded.slice(shift === 0 ? 0 : 4, Math.floor((shift + bytes.length) / 3) * 4);
  });
  return forms.filter((form) => form.length >= 8);
}

function formsOf(secret: string): Buffer[] {
  const texts = [...new Set([secret, escaped(secret), JSON.stringify(secret).slice(1, -1)])];
  return texts.flatMap((text) => [Buffer.from(text, 'utf8'), ...base64Forms(Buffer.from(text, 'utf8')).map((form) => Buffer.from(form, 'latin1'))]);
}

/** Each secret found in a file of the folder, as `secret in file`. */
function findings(files: Map<string, Buffer>, secrets: { label: string; forms: Buffer[] }[]): string[] {
  const found: string[] = [];
  for (const [name, bytes] of files) {
    for (const { label, forms } of secrets) if (forms.some((form) => bytes.includes(form))) found.push(`${label} in ${name}`);
  }
  return found;
}

const secrets = [
  ...people.flatMap((person) => [person.firstName, person.lastName, person.email, person.notes].map((text) => ({ label: text, forms: formsOf(text) }))),
  ...[...encounterNotes, lateNote].map((text) => ({ label: text, forms: formsOf(text) })),
  { label: 'the photo', forms: [Buffer.from(bytesOf(TINY_JPEG_BASE64)).subarray(0, 48), ...base64Forms(Buffer.from(bytesOf(TINY_JPEG_BASE64)).subarray(0, 48)).map((form) => Buffer.from(form))] },
];

/** Drops the store as a crash would: the log keeps its lines, and the lock is cleared for the next open here. */
async function dropWithoutClosing(dir: string): Promise<void> {
  await rm(join(dir, 'plausch.lock'));
}

function servicesOver(store: JournalStore, dir: string) {
  return createServices({ store, clock: testClock(), log: recordingLogger(), appInfo: { version: 'test', dataDir: dir, systemLanguage: 'de-DE' } });
}

describe('encryption at rest leaves nothing readable in the data folder', () => {
  it('finds no name, note, e-mail address or photo in any file, and the passphrase brings everything back', async () => {
    const dir = await tempDir();
    const store = await open(dir, { keyDerivation: CHEAP_SCRYPT, compactAfterIdleMs: 3_600_000 });
    const services = servicesOver(store, dir);
    await store.commit(people.map(({ email, ...fields }) => ({ op: 'put', collection: 'contacts', value: contact(fields.id, { ...fields, emails: [email] }) })));
    await store.commit(
      encounterNotes.map((note, index) => ({
        op: 'put' as const,
        collection: 'interactions' as const,
        value: interaction(`i${index}`, [people[index % people.length]?.id ?? 'zoe'], { date: `${2021 + index}-05-0${index + 1}`, note }),
      })),
    );
    // Into the main file, the year files and the day's backup; then a manual backup, a photo, and a log line on top.
    await store.flush();
    await store.backupNow('manual');
    await services.photos.set('zoe', TINY_JPEG_BASE64);
    await store.commit([{ op: 'put', collection: 'interactions', value: interaction('i-log', ['anais'], { date: '2025-03-01', note: encounterNotes[3] }) }]);

    // The search must be able to fail: before encryption every secret written so far is there to be found.
    const plainFindings = findings(await folderBytes(dir), secrets);
    for (const { label } of secrets.filter((secret) => secret.label !== lateNote)) {
      expect(plainFindings.some((line) => line.startsWith(`${label} in`)), label).toBe(true);
    }

    await store.encryption.turnOn(PASSPHRASE);
    expect(store.encryption.on).toBe(true);
    // Written after the switch, and left in the log: a sealed line.
    await store.commit([{ op: 'put', collection: 'interactions', value: interaction('i-late', ['goekhan'], { date: '2024-12-24', note: lateNote }) }]);
    await services.photos.idle();
    await dropWithoutClosing(dir);

    const files = await folderBytes(dir);
    expect([...files.keys()].sort()).toEqual(
      expect.arrayContaining(['plausch.json', 'plausch.key', 'plausch.wal', 'photos/zoe.photo', join('history', 'interactions-2021.json')]),
    );
    expect([...files.keys()].filter((name) => name.startsWith('backups/')).length).toBeGreaterThanOrEqual(3);
    expect(findings(files, secrets)).toEqual([]);

    // Wrong or no passphrase: refused, and not one byte of the folder changes.
    await expect(open(dir, { unlock: { passphrase: 'nicht das Kennwort' } })).rejects.toEqual(new PlauschError('wrongPassphrase'));
    await expect(open(dir)).rejects.toEqual(new PlauschError('journalLocked'));
    expect(sameFolder(files, await folderBytes(dir))).toBe(true);

    const reopened = await open(dir, { unlock: { passphrase: PASSPHRASE } });
    expect(reopened.notices).toEqual([]);
    expect([...reopened.contacts.values()].map((c) => `${c.firstName} ${c.lastName} ${c.emails[0]} ${c.notes}`).sort()).toEqual(
      people.map((p) => `${p.firstName} ${p.lastName} ${p.email} ${p.notes}`).sort(),
    );
    expect(reopened.interactions.get('i-late')?.note).toBe(lateNote);
    expect([...reopened.interactions.values()].map((i) => i.note).sort()).toEqual([...encounterNotes, encounterNotes[3], lateNote].sort());
    const photo = await servicesOver(reopened, dir).photos.get('zoe');
    expect(photo?.base64).toBe(TINY_JPEG_BASE64);
  });
});
