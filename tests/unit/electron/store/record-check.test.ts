// Every record is validated before it goes into a backup or a compaction. A data file whose checksum matches is read
// with its records' shape only, so a hand-edited file with its checksum recomputed loads invalid records; they are
// found in the background after opening, and then nothing is written from memory until they are replaced, while
// commits still reach the log.
import { appendFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/main/services';
import { realFileSystem } from '../../../../electron/main/store/files';
import { historyFile } from '../../../../electron/main/store/history-files';
import { collectInvalidRecords } from '../../../../electron/main/store/record-check';
import { parseObject, writeChecksummed } from '../../../../electron/main/store/snapshot-file';
import { silentLogger } from '../../../../electron/main/store/types';
import type { Notice } from '../../../../shared/views';
import { contact, interaction, open, openAndCrash, tempDir, testClock } from './helpers';

/** The day after the journal was written, so a daily backup is due at the next open. */
const nextDay = () => testClock('2025-03-15T09:30:00.000Z');
const marker = 'Hand-edited';

/** A closed journal with one contact and one interaction: its main file, a history year and the first day's backup. */
async function journal(): Promise<string> {
  const dir = await tempDir();
  const store = await open(dir);
  await store.commit([
    { op: 'put', collection: 'contacts', value: contact('anna') },
    { op: 'put', collection: 'interactions', value: interaction('lunch', ['anna']) },
  ]);
  await store.close();
  return dir;
}

/** Rewrites a data file through `edit`, with a checksum that matches again, as someone who knows the format would. */
async function editWithChecksum(file: string, edit: (data: Record<string, unknown>) => void): Promise<void> {
  const data = parseObject(await readFile(file), file);
  edit(data);
  await writeChecksummed(realFileSystem, file, data);
}

async function backupTexts(dir: string): Promise<string[]> {
  const names = await readdir(join(dir, 'backups'));
  return Promise.all(names.map((name) => readFile(join(dir, 'backups', name), 'utf8')));
}

const tampered = {
  'the main file': async (dir: string) =>
    editWithChecksum(join(dir, 'plausch.json'), (data) => {
      // An id with a space and an e-mail list that is no list: the shape check lets both through.
      (data['contacts'] as unknown[]).push({ ...contact('x'), id: 'not an id', firstName: marker, emails: 'x@example.org' });
    }),
  'a history year': async (dir: string) =>
    editWithChecksum(historyFile(dir, 2025), (data) => {
      (data['interactions'] as unknown[]).push({ ...interaction('bad', ['anna']), type: 'séance', note: marker });
    }),
};

describe('invalid records behind a matching checksum', () => {
  for (const [where, tamper] of Object.entries(tampered)) {
    it(`in ${where}: no backup or compaction takes them, the user is told, and commits are still saved`, async () => {
      const dir = await journal();
      await tamper(dir);
      const dataFileBefore = await readFile(join(dir, 'plausch.json'));
      const live: Notice[] = [];

      await openAndCrash(
        dir,
        async (store) => {
          store.onNotice((notice) => live.push(notice));
          expect(store.notices).toEqual([{ kind: 'recordsInvalid', count: 1 }]);
          await expect(store.backupNow('manual')).rejects.toMatchObject({ name: 'PlauschError', code: 'recordsInvalid', details: { count: 1 } });
          await store.commit([{ op: 'put', collection: 'contacts', value: contact('ben', { firstName: 'Ben' }) }]);
          await store.commit([{ op: 'put', collection: 'contacts', value: contact('cem', { firstName: 'Cem' }) }]);
          await store.flush();
        },
        { clock: nextDay(), compactAfterEntries: 1 },
      );

      expect(await readdir(join(dir, 'backups'))).not.toContain('daily-2025-03-15.json');
      for (const text of await backupTexts(dir)) expect(text).not.toContain(marker);
      expect(await readFile(join(dir, 'plausch.json'))).toEqual(dataFileBefore);
      expect(live).toEqual([]);

      // Nothing acknowledged is lost: the log held both commits.
      const reopened = await open(dir, { clock: nextDay() });
      expect(reopened.contacts.has('ben') && reopened.contacts.has('cem')).toBe(true);
      expect(reopened.notices).toEqual([{ kind: 'recordsInvalid', count: 1 }]);
    });
  }

  it('resumes compaction and backups once every invalid record is replaced, as a restore does', async () => {
    const dir = await journal();
    await tampered['a history year'](dir);
    const store = await open(dir, { clock: nextDay(), compactAfterEntries: 1 });
    expect(store.notices).toEqual([{ kind: 'recordsInvalid', count: 1 }]);

    await store.commit([{ op: 'put', collection: 'interactions', value: interaction('bad', ['anna'], { note: 'Repaired' }) }]);

    expect(store.notices).toEqual([]);
    const file = await store.backupNow('manual');
    expect(await readFile(file, 'utf8')).toContain('Repaired');
    expect(await readFile(historyFile(dir, 2025), 'utf8')).toContain('Repaired');
  });

  it('lets the user restore a backup from the Data page, which replaces them: backups resume, the notice goes', async () => {
    const dir = await journal();
    await tampered['the main file'](dir);
    const clock = nextDay();
    const store = await open(dir, { clock });
    const services = createServices({
      store,
      clock,
      log: silentLogger,
      appInfo: { version: 'test', dataDir: dir, systemLanguage: 'de-DE' },
      notifier: { notify: () => undefined } as never,
    });
    await expect(services.transfer.backups.create()).rejects.toMatchObject({ code: 'recordsInvalid' });

    const receipt = await services.transfer.backups.restore('daily-2025-03-14.json');

    expect(await readFile(receipt.safetyBackup, 'utf8')).toContain(marker);
    expect(store.contacts.has('not an id')).toBe(false);
    expect(services.status().notices).toEqual([]);
    const backup = await services.transfer.backups.create();
    expect(await readFile(join(dir, 'backups', backup.name), 'utf8')).not.toContain(marker);
  });

  it('still takes the copy a restore makes first, so the journal it replaces is kept', async () => {
    const dir = await journal();
    await tampered['the main file'](dir);
    const store = await open(dir, { clock: nextDay() });
    const file = await store.backupNow('pre-restore');
    expect(await readFile(file, 'utf8')).toContain(marker);
  });
});

describe('invalid records behind a matching checksum, when the open must write at once', () => {
  for (const [where, tamper] of Object.entries(tampered)) {
    it(`in ${where} with a damaged log: the file counts as damaged and is set aside, never rewritten with them`, async () => {
      const dir = await journal();
      await tamper(dir);
      await appendFile(join(dir, 'plausch.wal'), '\u0000'.repeat(40) + '\n' + JSON.stringify({ seq: 9, changes: [] }) + '\n');

      const store = await open(dir, { clock: nextDay() });

      expect(store.notices.map((notice) => notice.kind)).toEqual(['restoredFromBackup', 'logDamaged']);
      expect(await readFile(join(dir, 'plausch.json'), 'utf8')).not.toContain(marker);
      for (const text of await backupTexts(dir)) expect(text).not.toContain(marker);
      // Kept as it was, beside the journal, for the user to look at.
      const aside = (await readdir(dir, { recursive: true })).filter((name) => name.includes('.damaged-') && !name.endsWith('.wal'));
      expect(aside.length).toBeGreaterThan(0);
      expect(store.contacts.has('not an id')).toBe(false);
    });
  }
});

describe('a journal whose records are all valid', () => {
  it('is backed up daily and on demand as before, without a notice', async () => {
    const dir = await journal();
    const store = await open(dir, { clock: nextDay() });
    expect(store.notices).toEqual([]);
    expect(await readdir(join(dir, 'backups'))).toContain('daily-2025-03-15.json');
    await expect(store.backupNow('manual')).resolves.toMatch(/manual-/);
  });
});

describe('collectInvalidRecords', () => {
  it('lets other work in between slices and skips a record a commit replaced meanwhile', async () => {
    const contacts = new Map<string, unknown>();
    for (let index = 0; index < 2500; index += 1) contacts.set(`c${index}`, { id: `c${index}` });
    const records = { contacts, interactions: new Map(), coach: new Map() };
    const invalid = new Set<string>();
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
      // A commit puts a valid record in place of one not reached yet.
      contacts.set('c2400', contact('c2400'));
    };
    // Slices of no time at all: a pause at every look at the clock.
    await collectInvalidRecords(records, invalid, pause, 0);
    expect(pauses).toBe(Math.floor(2500 / 64));
    expect(invalid.size).toBe(2499);
    expect(invalid.has('contacts:c0') && !invalid.has('contacts:c2400')).toBe(true);
  });
});
