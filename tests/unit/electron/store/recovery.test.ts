import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../../electron/main/store';
import { currentSchemaVersion } from '../../../../electron/main/store/document';
import { contact, open, openAndCrash, tempDir, testClock } from './helpers';

const goodDoc = (ids: string[], walSeq = 0) => ({
  schemaVersion: currentSchemaVersion,
  contacts: ids.map((id) => contact(id)),
  interactions: [],
  settings: { language: 'de', theme: 'dark', tagCadences: {}, overdueFactor: 1.5 },
  walSeq,
});

async function writeBackup(dir: string, name: string, content: string, ageSeconds: number) {
  await mkdir(join(dir, 'backups'), { recursive: true });
  const file = join(dir, 'backups', name);
  await writeFile(file, content);
  // File times only say how old a backup looks; recovery goes by content, and the verdict must not read the clock.
  const time = new Date(Date.parse('2025-03-14T09:30:00Z') - ageSeconds * 1000);
  await utimes(file, time, time);
  return file;
}

/** Every file under `dir` with its content: what an open that asks first must leave as it was. */
async function snapshotOf(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

const damages: Record<string, (valid: string) => string> = {
  'corrupt JSON': (valid) => valid.replace('"contacts"', '"contacts'),
  'truncated file': (valid) => valid.slice(0, Math.floor(valid.length / 2)),
  'wrong shape': () => JSON.stringify({ schemaVersion: 2, contacts: 'nobody', interactions: [] }),
  'empty file': () => '',
  'a JSON null': () => 'null',
};

describe('recovery from a damaged data file', () => {
  for (const [name, damage] of Object.entries(damages)) {
    it(`${name}: asks first, since a later backup does not read; then moves it aside untouched and restores the newest good backup`, async () => {
      const dir = await tempDir();
      const damaged = damage(JSON.stringify(goodDoc(['x'])));
      await writeFile(join(dir, 'plausch.json'), damaged);
      await writeBackup(dir, 'daily-2025-03-10.json', JSON.stringify(goodDoc(['old'])), 300);
      const newest = await writeBackup(dir, 'daily-2025-03-12.json', JSON.stringify(goodDoc(['newer'])), 200);
      const unreadable = await writeBackup(dir, 'daily-2025-03-13.json', '{"broken', 100);
      const before = await snapshotOf(dir);

      const refusal = await open(dir).catch((caught: unknown) => caught);
      expect(refusal).toBeInstanceOf(StoreError);
      expect(refusal).toMatchObject({
        code: 'recoveryNeedsConsent',
        details: { backupFile: newest, backupDate: '2025-03-12', unreadableBackups: [unreadable] },
      });
      expect(await snapshotOf(dir)).toEqual(before);

      const store = await open(dir, { olderBackupAllowed: true });
      expect([...store.contacts.keys()]).toEqual(['newer']);
      expect(store.settings.theme).toBe('dark');
      expect(store.notices).toHaveLength(1);
      const [notice] = store.notices;
      expect(notice).toMatchObject({ kind: 'restoredFromBackup', backupFile: newest, backupDate: '2025-03-12' });
      const damagedFile = notice?.kind === 'restoredFromBackup' ? notice.damagedFile : '';
      expect(damagedFile).toMatch(/plausch\.damaged-2025-03-14T09-30-00-000Z\.json$/);
      expect(await readFile(damagedFile, 'utf8')).toBe(damaged);

      await store.close();
      const reopened = await open(dir);
      expect([...reopened.contacts.keys()]).toEqual(['newer']);
      expect(reopened.notices).toEqual([]);
    });
  }

  it('restores the newest backup without asking when every backup reads', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plausch.json'), 'garbage');
    await writeBackup(dir, 'daily-2025-03-10.json', JSON.stringify(goodDoc(['old'], 1)), 300);
    const newest = await writeBackup(dir, 'daily-2025-03-12.json', JSON.stringify(goodDoc(['newer'], 2)), 200);
    const store = await open(dir);
    expect([...store.contacts.keys()]).toEqual(['newer']);
    expect(store.notices).toMatchObject([{ kind: 'restoredFromBackup', backupFile: newest }]);
  });

  it('starts empty without asking when there is no backup at all, keeping the damaged file and saying so', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plausch.json'), '{"schemaVersion": 2, "contacts": [');
    const store = await open(dir);
    expect(store.contacts.size).toBe(0);
    expect(store.notices).toEqual([{ kind: 'startedEmptyAfterDamage', damagedFile: expect.stringMatching(/damaged/) }]);
  });

  it('asks before starting empty when no backup is good, then keeps the damaged file and says so', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plausch.json'), '{"schemaVersion": 2, "contacts": [');
    await writeBackup(dir, 'daily-2025-03-13.json', 'not json', 100);
    const before = await snapshotOf(dir);
    const refusal = await open(dir).catch((caught: unknown) => caught);
    expect(refusal).toMatchObject({ code: 'recoveryNeedsConsent', details: { unreadableBackups: [expect.stringMatching(/daily-2025-03-13/)] } });
    expect((refusal as StoreError).details.backupFile).toBeUndefined();
    expect(await snapshotOf(dir)).toEqual(before);

    const store = await open(dir, { olderBackupAllowed: true });
    expect(store.contacts.size).toBe(0);
    expect(store.notices).toEqual([{ kind: 'startedEmptyAfterDamage', damagedFile: expect.stringMatching(/damaged/) }]);
    expect(await readFile(join(dir, 'backups', 'daily-2025-03-13.json'), 'utf8')).toBe('not json');
  });

  it('replays the log onto the restored backup, so writes since that backup survive', async () => {
    const dir = await tempDir();
    const first = await open(dir, { clock: testClock('2025-03-13T10:00:00Z') });
    await first.commit([{ op: 'put', collection: 'contacts', value: contact('before') }]);
    await first.close();
    await openAndCrash(
      dir,
      (store) => store.commit([{ op: 'put', collection: 'contacts', value: contact('after') }]),
      { clock: testClock('2025-03-14T10:00:00Z') },
    );
    expect(await readdir(join(dir, 'backups'))).toEqual(['daily-2025-03-13.json', 'daily-2025-03-14.json']);
    await writeFile(join(dir, 'plausch.json'), '{ damaged');
    const store = await open(dir);
    expect([...store.contacts.keys()].sort()).toEqual(['after', 'before']);
    expect(store.notices[0]?.kind).toBe('restoredFromBackup');
  });

  it('never names two damaged files alike', async () => {
    const dir = await tempDir();
    for (let round = 0; round < 2; round += 1) {
      await writeFile(join(dir, 'plausch.json'), `broken ${round}`);
      const store = await open(dir);
      await store.close();
    }
    const damaged = (await readdir(dir)).filter((name) => name.includes('damaged')).sort();
    expect(damaged).toHaveLength(2);
    const contents = await Promise.all(damaged.map((name) => readFile(join(dir, name), 'utf8')));
    expect(contents.sort()).toEqual(['broken 0', 'broken 1']);
  });
});

describe('a data file from a newer Plausch', () => {
  it('refuses to open it and leaves every byte and every file as it was', async () => {
    const dir = await tempDir();
    const future = `${JSON.stringify({ ...goodDoc(['x']), schemaVersion: currentSchemaVersion + 1, somethingNew: true }, null, 2)}\n`;
    await writeFile(join(dir, 'plausch.json'), future);
    const before = (await readdir(dir)).sort();

    const error = await open(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'newerSchema', details: { fileVersion: currentSchemaVersion + 1, knownVersion: currentSchemaVersion } });
    expect(await readFile(join(dir, 'plausch.json'), 'utf8')).toBe(future);
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('skips a newer backup when restoring', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plausch.json'), 'garbage');
    await writeBackup(dir, 'daily-2025-03-12.json', JSON.stringify(goodDoc(['good'])), 200);
    await writeBackup(dir, 'daily-2025-03-13.json', JSON.stringify({ ...goodDoc(['future']), schemaVersion: 9 }), 100);
    expect([...(await open(dir)).contacts.keys()]).toEqual(['good']);
  });
});

describe('a setting an earlier version let in', () => {
  it('a quick-log shortcut without a modifier is forgotten, not taken for damage: the journal opens as it was', async () => {
    const dir = await tempDir();
    const doc = { ...goodDoc(['a', 'b']), settings: { ...goodDoc([]).settings, quickLogShortcut: 'E' } };
    await writeFile(join(dir, 'plausch.json'), JSON.stringify(doc));

    const store = await open(dir);

    expect([...store.contacts.keys()]).toEqual(['a', 'b']);
    expect(store.settings).toMatchObject({ language: 'de', theme: 'dark' });
    expect(store.settings.quickLogShortcut).toBeUndefined();
    expect(store.notices).toEqual([]);
  });
});
