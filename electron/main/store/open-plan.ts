// The decision of opening the journal, as one pure function: what was found on disk goes in, what to do comes out.
// The loader (load.ts) only gathers the facts and carries the plan out, so every combination of sound, damaged and
// missing files can be checked in a table (tests/unit/electron/store/open-plan.test.ts) without touching a disk.
import { newestByContent } from './backups';

/** The main data file together with the year files it lists. */
export type MainFact =
  | { state: 'missing' }
  /** Written by a newer Plausch: left alone, the open is refused. */
  | { state: 'newer' }
  /** Unreadable, a checksum that does not match, a year file missing, or records that do not validate. */
  | { state: 'damaged' }
  /**
   * Reads and validates. `migrated`: it was upgraded from an older version and must be written anew.
   * `logReplays`: every log entry it has not absorbed yet validates.
   */
  | { state: 'sound'; migrated: boolean; logReplays: boolean };

export type BackupFact =
  /** Reads and validates; `seq` is the log sequence it absorbed, the measure of how many writes it holds. */
  | { file: string; state: 'sound'; seq: number; logReplays: boolean }
  /** Reads as JSON with a sequence of its own, but does not validate or comes from a newer Plausch. */
  | { file: string; state: 'damaged'; seq: number }
  /** Does not even read; only its name hints at its age (`date`, YYYY-MM-DD), if anything. */
  | { file: string; state: 'unreadable'; date?: string }
  /** Not looked into: it absorbed fewer writes (`seq`) than a backup that was found sound. */
  | { file: string; state: 'notChecked'; seq: number };

export interface OpenFacts {
  main: MainFact;
  /** Whether the history folder exists; without a main file it cannot be read and is set aside. */
  history: 'absent' | 'present';
  /** `damaged`: a part of the log other than a torn last line does not read. */
  log: 'absent' | 'sound' | 'damaged';
  /** Every log entry validates when replayed onto an empty journal (the source when nothing else can be used). */
  logReplaysOntoEmpty: boolean;
  /** Only looked at when the main file cannot be used (`assessBackups` asks for them). */
  backups?: readonly BackupFact[];
  /** The user has agreed to go back to an older backup, or to start empty, when nothing newer reads. */
  olderBackupAllowed: boolean;
}

export type OpenSource = { from: 'main' } | { from: 'empty' } | { from: 'backup'; file: string };

export type OpenPlan =
  | { kind: 'refuse'; reason: 'newerSchema' }
  /** The main file cannot be used: look at the backups and plan again. */
  | { kind: 'assessBackups' }
  /**
   * Going on would lose writes a backup that does not read may have held: ask first, change nothing. `restore` is the
   * newest backup that reads (none: the journal would start empty); `unreadable` the backups that might be newer.
   */
  | { kind: 'ask'; restore?: string; unreadable: string[] }
  | {
      kind: 'open';
      source: OpenSource;
      /** What to move aside before anything else is written. */
      setAside: { main: boolean; history: boolean };
      /** Move the log aside once the new snapshot holds what could be read from it. */
      setLogAside: boolean;
      /** Write the snapshot now, with every year read first, rather than at the next compaction. */
      writeSnapshotNow: boolean;
      /** Take a backup of the old version before the upgraded journal replaces it. */
      migrationBackup: boolean;
      /** What the user is told. */
      notice?: 'restoredFromBackup' | 'startedEmptyAfterDamage' | 'migrated';
    };

/** The backups that may hold more writes than `chosen` but do not read: recovery to `chosen` would lose those. */
function possiblyNewer(backups: readonly BackupFact[], chosen: Extract<BackupFact, { state: 'sound' }> | undefined, chosenDate: string | undefined): string[] {
  return backups
    .filter((backup) => {
      if (backup.state === 'sound' || backup.state === 'notChecked') return false;
      if (!chosen) return true;
      if (backup.state === 'damaged') return backup.seq > chosen.seq;
      // Without content, only a name dated before the chosen backup's shows it to be older.
      return backup.date === undefined || chosenDate === undefined || backup.date >= chosenDate;
    })
    .map((backup) => backup.file);
}

/** The newest sound backup by content (never by file time, which a copy or a clock set ahead can make say anything). */
function newestSound(backups: readonly BackupFact[]): Extract<BackupFact, { state: 'sound' }> | undefined {
  return newestByContent(backups.filter((backup): backup is Extract<BackupFact, { state: 'sound' }> => backup.state === 'sound'))[0];
}

/**
 * What to do with what was found. `dateOf` reads the date a backup's name carries, for comparing an unreadable
 * backup with the one chosen.
 */
export function planOpen(facts: OpenFacts, dateOf: (file: string) => string | undefined = () => undefined): OpenPlan {
  const { main, log } = facts;
  if (main.state === 'newer') return { kind: 'refuse', reason: 'newerSchema' };
  const logDamaged = log === 'damaged';

  if (main.state === 'sound' || main.state === 'missing') {
    const sound = main.state === 'sound';
    const logAside = logDamaged || !(sound ? main.logReplays : facts.logReplaysOntoEmpty);
    const migrated = sound && main.migrated;
    return {
      kind: 'open',
      source: sound ? { from: 'main' } : { from: 'empty' },
      // Year files without their main file cannot be read on their own: kept, set aside, never removed.
      setAside: { main: false, history: !sound && facts.history === 'present' },
      setLogAside: logAside,
      writeSnapshotNow: !sound || migrated || logAside,
      migrationBackup: migrated,
      ...(migrated ? { notice: 'migrated' as const } : {}),
    };
  }

  // The main file is damaged: recovery from a backup, or an empty journal when none reads.
  if (facts.backups === undefined) return { kind: 'assessBackups' };
  const chosen = newestSound(facts.backups);
  const lost = possiblyNewer(facts.backups, chosen, chosen && dateOf(chosen.file));
  if (lost.length > 0 && !facts.olderBackupAllowed) return { kind: 'ask', ...(chosen ? { restore: chosen.file } : {}), unreadable: lost };
  return {
    kind: 'open',
    source: chosen ? { from: 'backup', file: chosen.file } : { from: 'empty' },
    setAside: { main: true, history: facts.history === 'present' },
    setLogAside: logDamaged || !(chosen ? chosen.logReplays : facts.logReplaysOntoEmpty),
    writeSnapshotNow: true,
    migrationBackup: false,
    notice: chosen ? 'restoredFromBackup' : 'startedEmptyAfterDamage',
  };
}
