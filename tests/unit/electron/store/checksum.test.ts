// A checksum means something: a main file whose checksum no longer matches was changed behind the store's back (a
// flipped bit, a hand edit) and counts as damage even when its JSON still validates. A file written without a
// checksum, as earlier versions did, is validated and taken.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournal } from '../../../../electron/main/store/read-only';
import { contact, open, tempDir, testClock } from './helpers';

async function journalWithBackup() {
  const dir = await tempDir();
  const store = await open(dir);
  await store.commit([{ op: 'put', collection: 'contacts', value: contact('alpha', { firstName: 'Alpha' }) }]);
  await store.backupNow('manual');
  await store.close();
  return dir;
}

describe('the main file checksum', () => {
  it('takes an edited main file that still validates as damage: set aside as it is, the backup restored', async () => {
    const dir = await journalWithBackup();
    const file = join(dir, 'plausch.json');
    const edited = (await readFile(file, 'utf8')).replace('"Alpha"', '"Ampha"');
    await writeFile(file, edited);

    // The command line's reader and `doctor` say so too, before anything is repaired.
    expect((await readJournal(dir, testClock())).dataFile).toBe('invalid');
    const store = await open(dir);
    expect(store.contacts.get('alpha')?.firstName).toBe('Alpha');
    expect(store.notices).toMatchObject([{ kind: 'restoredFromBackup' }]);
    const aside = (await readdir(dir)).filter((name) => name.startsWith('plausch.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0] ?? ''), 'utf8')).toBe(edited);
  });

  it('takes a damaged checksum header as damage too', async () => {
    const dir = await journalWithBackup();
    const file = join(dir, 'plausch.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"checksum":"crc32:', '"checksum":"crc31:'));
    const store = await open(dir);
    expect(store.notices).toMatchObject([{ kind: 'restoredFromBackup' }]);
  });

  it('validates and takes a main file without any checksum, as an earlier version wrote it', async () => {
    const dir = await journalWithBackup();
    const file = join(dir, 'plausch.json');
    const { checksum: _checksum, ...withoutChecksum } = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...withoutChecksum }).replace('"Alpha"', '"Ampha"'));
    const store = await open(dir);
    expect(store.contacts.get('alpha')?.firstName).toBe('Ampha');
    expect(store.notices).toEqual([]);
  });
});
