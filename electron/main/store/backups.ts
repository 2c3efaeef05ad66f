// Full copies of the journal in `<dir>/backups/`: one a day (the last seven kept, and beyond those the newest of
// each month), and one before every migration, which the daily rotation never removes.
import { join } from 'node:path';
import { ensureDir, fileStamp, isMissing, writeFileAtomic, type StoreFileSystem } from './files';

const dailyPattern = /^daily-(\d{4}-\d{2}-\d{2})\.json$/;
const keptDailies = 7;

export function backupsDir(dir: string): string {
  return join(dir, 'backups');
}

async function listNames(fs: StoreFileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(backupsDir(dir));
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** Dates of the daily backups, newest first. */
export async function dailyBackupDates(fs: StoreFileSystem, dir: string): Promise<string[]> {
  return (await listNames(fs, dir))
    .map((name) => dailyPattern.exec(name)?.[1])
    .filter((date): date is string => date !== undefined)
    .sort()
    .reverse();
}

/** Which daily backups rotation removes: all but the newest seven and the newest of each month. */
export function datesToPrune(datesNewestFirst: readonly string[]): string[] {
  const seenMonths = new Set<string>();
  return datesNewestFirst.filter((date, index) => {
    const month = date.slice(0, 7);
    const newestOfMonth = !seenMonths.has(month);
    seenMonths.add(month);
    return index >= keptDailies && !newestOfMonth;
  });
}

/**
 * Writes today's backup when the newest one is from an earlier day, then rotates. `content` is called only then,
 * because serializing the whole journal is the expensive part.
 */
export async function takeDailyBackupIfDue(
  fs: StoreFileSystem,
  dir: string,
  today: string,
  content: () => string,
): Promise<string | undefined> {
  const dates = await dailyBackupDates(fs, dir);
  if (dates[0] !== undefined && dates[0] >= today) return undefined;
  await ensureDir(fs, backupsDir(dir));
  const file = join(backupsDir(dir), `daily-${today}.json`);
  await writeFileAtomic(fs, file, content());
  for (const date of datesToPrune([today, ...dates])) {
    await fs.unlink(join(backupsDir(dir), `daily-${date}.json`)).catch(() => undefined);
  }
  return file;
}

export async function writeMigrationBackup(
  fs: StoreFileSystem,
  dir: string,
  fromVersion: number,
  instant: Date,
  text: string,
): Promise<string> {
  await ensureDir(fs, backupsDir(dir));
  const file = join(backupsDir(dir), `pre-migration-v${fromVersion}-${fileStamp(instant)}.json`);
  await writeFileAtomic(fs, file, text);
  return file;
}

export const backupReasons = ['manual', 'pre-import', 'pre-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** Backups the user asked for or that guard an import or a restore; rotation keeps this many of each reason. */
const keptPerReason = 10;

/** Writes a backup named after its reason and the instant, then drops the oldest of that reason beyond ten. */
export async function writeReasonBackup(
  fs: StoreFileSystem,
  dir: string,
  reason: BackupReason,
  instant: Date,
  text: string,
): Promise<string> {
  await ensureDir(fs, backupsDir(dir));
  const file = join(backupsDir(dir), `${reason}-${fileStamp(instant)}.json`);
  await writeFileAtomic(fs, file, text);
  // The stamp sorts like the instant (fixed-width ISO), so the name order is the age order.
  const pattern = new RegExp(`^${reason}-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z\\.json$`);
  const own = (await listNames(fs, dir)).filter((name) => pattern.test(name)).sort().reverse();
  for (const name of own.slice(keptPerReason)) await fs.unlink(join(backupsDir(dir), name)).catch(() => undefined);
  return file;
}

/** Every backup, the most recently written first: the order in which recovery tries them. */
export async function backupsNewestFirst(fs: StoreFileSystem, dir: string): Promise<string[]> {
  const names = (await listNames(fs, dir)).filter((name) => name.endsWith('.json'));
  const withTimes = await Promise.all(
    names.map(async (name) => {
      const file = join(backupsDir(dir), name);
      const { mtimeMs } = await fs.stat(file);
      return { file, name, mtimeMs };
    }),
  );
  return withTimes
    .sort((a, b) => b.mtimeMs - a.mtimeMs || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
    .map(({ file }) => file);
}
