// The command line tells the truth about the data: a damaged main file is not shown as a journal with one contact, a
// recovery is announced on stderr, doctor stays unhealthy while a damaged file waits to be looked at, and a write
// that was saved is reported as saved even when the tidying up afterwards fails.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskProblem } from '../../../../electron/cli/disk-problems';
import { EXIT, main } from '../../../../electron/cli';
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStore } from '../../../../electron/main/store';
import { realFileSystem } from '../../../../electron/main/store/files';
import { parseObject, writeChecksummed } from '../../../../electron/main/store/snapshot-file';
import { contact, openAndCrash, tempDir } from '../store/helpers';

const NOW = '2025-04-14T09:00:00.000Z';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'en_US.UTF-8' }, clock: fixedClock(NOW) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A journal with a backup holding one contact, a second contact in the log only, and a zeroed main file. */
async function damagedJournal() {
  const dir = await tempDir();
  const store = await openStore({ dir, clock: fixedClock(NOW) });
  await store.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
  await store.backupNow('manual');
  await store.close();
  await openAndCrash(dir, (crashing) => crashing.commit([{ op: 'put', collection: 'contacts', value: contact('b') }]), { clock: fixedClock(NOW) });
  await writeFile(join(dir, 'plausch.json'), Buffer.alloc(300));
  return dir;
}

describe('the command line and damaged data', () => {
  it('refuses to list or export a damaged journal instead of showing the log on an empty one', async () => {
    const dir = await damagedJournal();
    for (const args of [['list'], ['export', '--format', 'json', '--out', join(dir, 'out.json')]]) {
      const result = await run([...args, '--data', dir]);
      expect(result.code, args.join(' ')).toBe(EXIT.failed);
      expect(result.err).toMatch(/is damaged \(unparseable\)/);
      expect(result.out).toBe('');
    }
  });

  it('announces a recovery on stderr, keeps what the log held, and doctor is not healthy while the damaged file waits', async () => {
    const dir = await damagedJournal();
    const backup = await run(['backup', '--data', dir]);
    expect(backup.code).toBe(EXIT.ok);
    expect(backup.err).toMatch(/^Warning: the data was damaged\. Plausch restored the backup .*manual-.*\.json from April 14, 2025; .* kept here: .*plausch\.damaged-/);

    const list = await run(['list', '--data', dir]);
    expect(list.code).toBe(EXIT.ok);
    expect(list.out.split('\n')).toHaveLength(2);

    const doctor = await run(['doctor', '--data', dir]);
    expect(doctor.code).toBe(EXIT.failed);
    expect(doctor.out).toMatch(/✗ Damaged file set aside: plausch\.damaged-.* – Plausch replaced it/);
  });
});

describe('honest outcomes', () => {
  it('reports a saved write as saved when the backup at close fails, with the failure as a warning of its own', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir, clock: fixedClock(NOW) });
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('sabine', { firstName: 'Sabine', lastName: 'Müller' }) }]);
    await store.close();
    // Where the backups go, a file stands: the daily backup at close cannot be written.
    await rm(join(dir, 'backups'), { recursive: true });
    await writeFile(join(dir, 'backups'), 'not a folder');

    const saved = await run(['log', 'Sabine Müller', 'coffee', 'Kaffee am Empfang', '--data', dir]);
    expect(saved.code, saved.err).toBe(EXIT.ok);
    expect(saved.out).toMatch(/^Logged: /);
    expect(saved.err).toMatch(/^Your change is saved\. Afterwards the journal could not be tidied up or backed up/);
    expect(saved.err).not.toMatch(/Unexpected error/);

    await rm(join(dir, 'backups'));
    const reopened = await openStore({ dir, clock: fixedClock(NOW) });
    expect([...reopened.interactions.values()].map((interaction) => interaction.note)).toContain('Kaffee am Empfang');
    await reopened.close();
  });

  it('says that the data file was changed outside Plausch, and refuses a backup of it in words, not as an error code', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir, clock: fixedClock(NOW) });
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('sabine') }]);
    await store.close();
    // A hand edit with the checksum recomputed: an id the schema refuses, behind a checksum that matches.
    const file = join(dir, 'plausch.json');
    const data = parseObject(await readFile(file), file);
    (data['contacts'] as unknown[]).push({ ...contact('x'), id: 'not an id' });
    await writeChecksummed(realFileSystem, file, data);

    const backup = await run(['backup', '--data', dir]);
    expect(backup.code).toBe(EXIT.failed);
    expect(backup.err).toMatch(/^Warning: the data file was changed outside Plausch; 1 entries in it are invalid\./);
    expect(backup.err).toMatch(/\nThe data file was changed outside Plausch; 1 entries in it are invalid\. Plausch makes no backup of it\. Restore a backup/);
    expect(backup.err).not.toMatch(/recordsInvalid|Unexpected/);
  });

  it('says what a full disk, a missing permission and a read-only disk mean, in German and English', () => {
    const failure = (code: string) => Object.assign(new Error(`${code}: raw`), { code, path: '/daten' });
    expect(diskProblem('en', failure('ENOSPC'), '/x')).toBe('the disk is full – please free some space');
    expect(diskProblem('de', failure('EACCES'), '/x')).toBe('keine Berechtigung zum Schreiben in /daten – prüfen Sie die Rechte des Ordners');
    expect(diskProblem('en', failure('EROFS'), '/x')).toBe('/daten is on a read-only disk');
    expect(diskProblem('en', new Error('something else'), '/x')).toBeUndefined();
  });

  it('refuses without --yes to go back past a backup that does not read, changing nothing, and restores with it', async () => {
    const dir = await damagedJournal();
    // A later backup that does not read might have held more than the manual one of 14 April.
    await writeFile(join(dir, 'backups', 'daily-2025-04-15.json'), '{"schemaVersion": 3, "contac');
    const before = await filesOf(dir);

    const refused = await run(['backup', '--data', dir]);
    expect(refused.code).toBe(EXIT.failed);
    expect(refused.err).toMatch(/is damaged\. The newest backup that can be read is from April 14, 2025 \(.*manual-.*\.json\); .*cannot be read: .*daily-2025-04-15\.json\. Nothing was changed\. With --yes/);
    expect(refused.out).toBe('');
    expect(await filesOf(dir)).toEqual(before);

    const agreed = await run(['backup', '--yes', '--data', dir]);
    expect(agreed.code).toBe(EXIT.ok);
    expect(agreed.err).toMatch(/^Warning: the data was damaged\. Plausch restored the backup .*manual-/);
    const list = await run(['list', '--data', dir]);
    expect(list.out.split('\n')).toHaveLength(2);
  });
});

/** Every file under `dir` with its content. */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = await readFile(join(entry.parentPath, entry.name), 'latin1');
  }
  return files;
}
