// Backups are chosen and kept by what they hold, never by file times or by a clock that was wrong once: recovery takes
// the backup that absorbed the most writes, rotation never removes the backup it has just written, and a backup dated
// in the future does not stop the daily ones.
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takeDailyBackupIfDue, writeReasonBackup } from '../../../../electron/main/store/backups';
import { currentSchemaVersion } from '../../../../electron/main/store/document';
import { realFileSystem } from '../../../../electron/main/store/files';
import { contact, open, tempDir } from './helpers';

const backupOf = (ids: string[], walSeq: number) =>
  JSON.stringify({
    schemaVersion: currentSchemaVersion,
    contacts: ids.map((id) => contact(id)),
    interactions: [],
    settings: { language: 'de', theme: 'light', tagCadences: {}, overdueFactor: 1.5 },
    walSeq,
  });

async function writeBackup(dir: string, name: string, content: string, modified: Date) {
  await mkdir(join(dir, 'backups'), { recursive: true });
  const file = join(dir, 'backups', name);
  await writeFile(file, content);
  await utimes(file, modified, modified);
  return file;
}

describe('recovery chooses a backup by its content', () => {
  it('takes the backup with the most writes in it, not the one whose file time is newest', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plausch.json'), Buffer.alloc(400));
    // A backup touched (or written while the clock ran ahead) looks newest by file time, but holds day one.
    await writeBackup(dir, 'daily-2031-01-01.json', backupOf([], 0), new Date('2031-01-01T00:00:00Z'));
    const fullest = await writeBackup(dir, 'daily-2025-03-12.json', backupOf(['a', 'b', 'c'], 17), new Date('2025-03-12T08:00:00Z'));
    await writeBackup(dir, 'daily-2025-03-11.json', backupOf(['a'], 9), new Date('2025-03-11T08:00:00Z'));

    const store = await open(dir);
    expect([...store.contacts.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(store.notices).toMatchObject([{ kind: 'restoredFromBackup', backupFile: fullest }]);
  });

  it('passes over a damaged newest backup to the next fullest, not to the empty first one', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plausch.json'), Buffer.alloc(400));
    await writeBackup(dir, 'daily-2025-03-01.json', backupOf([], 0), new Date('2025-03-13T08:00:00Z'));
    const good = await writeBackup(dir, 'daily-2025-03-12.json', backupOf(['a', 'b'], 13), new Date('2025-03-12T08:00:00Z'));
    await writeBackup(dir, 'daily-2025-03-13.json', backupOf(['a', 'b', 'c'], 17).slice(0, 120), new Date('2025-03-13T09:00:00Z'));

    // The damaged one held more: going back past it is the user's call.
    await expect(open(dir)).rejects.toMatchObject({ code: 'recoveryNeedsConsent', details: { backupFile: good } });
    const store = await open(dir, { olderBackupAllowed: true });
    expect([...store.contacts.keys()].sort()).toEqual(['a', 'b']);
    expect(store.notices).toMatchObject([{ kind: 'restoredFromBackup', backupFile: good }]);
  });
});

describe('rotation and the clock', () => {
  it('keeps the backup it has just written when the clock went back, so the file it names exists', async () => {
    const dir = await tempDir();
    for (let day = 10; day < 20; day += 1) {
      await writeReasonBackup(realFileSystem, dir, 'manual', new Date(`2031-01-${day}T08:00:00Z`), backupOf([], day));
    }
    const written = await writeReasonBackup(realFileSystem, dir, 'manual', new Date('2025-03-14T09:30:00Z'), backupOf(['now'], 30));
    const names = await readdir(join(dir, 'backups'));
    expect(names).toContain(written.slice(written.lastIndexOf('/') + 1));
    expect(names.filter((name) => name.startsWith('manual-'))).toHaveLength(10);
  });

  it('keeps taking daily backups after one was dated in the future, and keeps the one just taken', async () => {
    const dir = await tempDir();
    await writeBackup(dir, 'daily-2031-01-01.json', backupOf([], 0), new Date('2031-01-01T00:00:00Z'));
    for (const day of ['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08']) {
      await writeBackup(dir, `daily-${day}.json`, backupOf([], 1), new Date(`${day}T08:00:00Z`));
    }
    const taken = await takeDailyBackupIfDue(realFileSystem, dir, '2025-02-20', () => backupOf(['today'], 5));
    expect(taken).toBe(join(dir, 'backups', 'daily-2025-02-20.json'));
    expect(await readdir(join(dir, 'backups'))).toContain('daily-2025-02-20.json');
    // Once a day, not more.
    expect(await takeDailyBackupIfDue(realFileSystem, dir, '2025-02-20', () => backupOf(['again'], 6))).toBeUndefined();
  });
});
