// Full copies of the journal in `<dir>/backups/`: one a day (the last seven kept, and beyond those the newest of
// each month), and one before every migration, which the daily rotation never removes.
import { basename, join } from 'node:path';
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
 * Writes today's backup unless there is one for today already, then rotates. `content` is called only then, because
 * serializing the whole journal is the expensive part. A backup dated later than today (the clock was ahead once)
 * does not stop the daily ones, and rotation never removes the one just written.
 */
export async function takeDailyBackupIfDue(
  fs: StoreFileSystem,
  dir: string,
  today: string,
  content: () => string,
): Promise<string | undefined> {
  const dates = await dailyBackupDates(fs, dir);
  if (dates.includes(today)) return undefined;
  await ensureDir(fs, backupsDir(dir));
  const file = join(backupsDir(dir), `daily-${today}.json`);
  await writeFileAtomic(fs, file, content());
  const newestFirst = [today, ...dates].sort().reverse();
  for (const date of datesToPrune(newestFirst).filter((date) => date !== today)) {
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
  // The stamp sorts like the instant (fixed-width ISO), so the name order is the age order. The backup just written
  // stays whatever its stamp says: after the clock went back it is the oldest by name, and callers name it to the user.
  const pattern = new RegExp(`^${reason}-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z\\.json$`);
  const written = basename(file);
  const own = (await listNames(fs, dir)).filter((name) => pattern.test(name) && name !== written).sort().reverse();
  for (const name of own.slice(keptPerReason - 1)) await fs.unlink(join(backupsDir(dir), name)).catch(() => undefined);
  return file;
}

/** Every backup file. */
export async function backupFiles(fs: StoreFileSystem, dir: string): Promise<string[]> {
  return (await listNames(fs, dir)).filter((name) => name.endsWith('.json')).map((name) => join(backupsDir(dir), name));
}

/** The date a backup's name carries (YYYY-MM-DD), to tell the user from when it is; not used to choose one. */
export function backupDate(file: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})/.exec(basename(file))?.[1];
}

/**
 * Backups in the order recovery tries them: the one that has absorbed the most writes (its recorded log sequence)
 * first, and among equals the later name. Never by file time, which a copy, a touch or a clock set ahead can make
 * say anything.
 */
export function newestByContent<T extends { file: string; seq: number }>(backups: readonly T[]): T[] {
  return [...backups].sort((a, b) => b.seq - a.seq || (basename(a.file) < basename(b.file) ? 1 : basename(a.file) > basename(b.file) ? -1 : 0));
}
