// Full copies of the journal in `<dir>/backups/`: one a day (the last seven kept, and beyond those the newest of
// each month), and one before every migration, which the daily rotation never removes. Each is written through the
// folder's codec: sealed while encryption is on.
import { basename, join } from 'node:path';
import { currentSchemaVersion, documentSchema, type JournalDocument } from './document';
import { plainFolderCodec, type FolderCodec } from './encryption/codec';
import { ensureDir, fileStamp, isMissing, readDataFile, writeFileAtomic, type StoreFileSystem } from './files';
import { migrate, type RawDocument } from './migrations';
import type { BackupRewrite } from './types';

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
  codec: FolderCodec = plainFolderCodec(),
): Promise<string | undefined> {
  const dates = await dailyBackupDates(fs, dir);
  if (dates.includes(today)) return undefined;
  await ensureDir(fs, backupsDir(dir));
  const file = join(backupsDir(dir), `daily-${today}.json`);
  await writeFileAtomic(fs, file, codec.seal(Buffer.from(content(), 'utf8')));
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
  codec: FolderCodec = plainFolderCodec(),
): Promise<string> {
  await ensureDir(fs, backupsDir(dir));
  const file = join(backupsDir(dir), `pre-migration-v${fromVersion}-${fileStamp(instant)}.json`);
  await writeFileAtomic(fs, file, codec.seal(Buffer.from(text, 'utf8')));
  return file;
}

export const backupReasons = ['manual', 'pre-import', 'pre-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];
/** The store's own reasons besides those: the copy before encryption is turned on or off. */
type StoreBackupReason = BackupReason | 'pre-encryption';

/** Backups the user asked for or that guard an import or a restore; rotation keeps this many of each reason. */
const keptPerReason = 10;

/** Writes a backup named after its reason and the instant, then drops the oldest of that reason beyond ten. */
export async function writeReasonBackup(
  fs: StoreFileSystem,
  dir: string,
  reason: StoreBackupReason,
  instant: Date,
  text: string,
  codec: FolderCodec = plainFolderCodec(),
): Promise<string> {
  await ensureDir(fs, backupsDir(dir));
  const file = join(backupsDir(dir), `${reason}-${fileStamp(instant)}.json`);
  await writeFileAtomic(fs, file, codec.seal(Buffer.from(text, 'utf8')));
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

/** The journal in a backup's bytes, upgraded to the current schema; `undefined` when they do not hold one. */
function backupDocument(bytes: Buffer, now: Date): JournalDocument | undefined {
  try {
    const raw = JSON.parse(bytes.toString('utf8')) as RawDocument;
    const version = raw['schemaVersion'];
    if (typeof version !== 'number' || version > currentSchemaVersion) return undefined;
    const upgraded = version < currentSchemaVersion ? migrate(raw, version, { now: now.toISOString() }) : raw;
    const parsed = documentSchema.safeParse({ walSeq: 0, ...upgraded, schemaVersion: currentSchemaVersion });
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Rewrites each backup through `edit`, atomically, under its own name: an older schema is written back upgraded.
 * Those that do not read are named in the result and left alone.
 */
export async function rewriteBackups(
  fs: StoreFileSystem,
  dir: string,
  now: Date,
  edit: (document: JournalDocument) => JournalDocument | null,
  codec: FolderCodec = plainFolderCodec(),
): Promise<BackupRewrite> {
  const result: BackupRewrite = { rewritten: 0, unreadable: [] };
  for (const file of await backupFiles(fs, dir)) {
    const read = await readDataFile(fs, file);
    if (read === null) continue;
    const bytes = codec.tryOpen(read, file);
    const document = bytes && backupDocument(bytes, now);
    if (!document) {
      result.unreadable.push(basename(file));
      continue;
    }
    const edited = edit(document);
    if (edited === null) continue;
    await writeFileAtomic(fs, file, codec.seal(Buffer.from(JSON.stringify(edited), 'utf8')));
    result.rewritten += 1;
  }
  return result;
}
