// The journal store: the whole journal in memory, every commit made durable by one appended and synced log line,
// and the lowdb snapshot rewritten only now and then (compaction), so a save does not cost the whole journal.
import { join } from 'node:path';
import { PlauschError } from '../../../shared/errors';
import type { CoachRecord, Contact, Interaction, Settings } from '../../../shared/model';
import type { Notice } from '../../../shared/views';
import type { Clock } from '../services/clock';
import { backupsDir, takeDailyBackupIfDue, writeReasonBackup, type BackupReason } from './backups';
import { changeSchema } from './document';
import { ensureDir, realFileSystem, type StoreFileSystem } from './files';
import { applyChanges, documentOf, loadJournal, setDamagedLogAside, storePaths, type LoadedJournal, type StorePaths } from './load';
import { acquireLock, type HeldLock } from './lock';
import type { Change, JournalStore, Logger } from './types';
import { silentLogger } from './types';
import { WriteAheadLog } from './wal';

export { StoreError, type StoreErrorCode } from './store-error';
export type { StoreFileSystem } from './files';

export interface StoreOptions {
  dir: string;
  clock: Clock;
  log?: Logger;
  /** For tests that need a disk that fails. */
  fs?: StoreFileSystem;
  /** Compact once the log holds this many entries … */
  compactAfterEntries?: number;
  /** … or this many bytes … */
  compactAfterBytes?: number;
  /** … or after this long without a commit. */
  compactAfterIdleMs?: number;
}

interface PendingCommit {
  changes: Change[];
  resolve(): void;
  reject(error: unknown): void;
}

class LowJournalStore implements JournalStore {
  private queue: Promise<void> = Promise.resolve();
  private pending: PendingCommit[] = [];
  private drainScheduled = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly journal: LoadedJournal,
    private readonly wal: WriteAheadLog,
    private readonly lock: HeldLock,
    private readonly context: {
      fs: StoreFileSystem;
      paths: StorePaths;
      clock: Clock;
      log: Logger;
      compactAfterEntries: number;
      compactAfterBytes: number;
      compactAfterIdleMs: number;
    },
    private snapshotSeq: number,
    private entriesInLog: number,
  ) {}

  get contacts(): ReadonlyMap<string, Contact> {
    return this.journal.contacts;
  }

  get interactions(): ReadonlyMap<string, Interaction> {
    return this.journal.interactions;
  }

  get coach(): ReadonlyMap<string, CoachRecord> {
    return this.journal.coach;
  }

  get settings(): Settings {
    return this.journal.settings;
  }

  get notices(): readonly Notice[] {
    return this.journal.notices;
  }

  commit(changes: Change[]): Promise<void> {
    if (this.closed) return Promise.reject(new PlauschError('internal'));
    if (changes.length === 0) return Promise.resolve();
    const parsed = changeSchema.array().safeParse(changes);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      return Promise.reject(new PlauschError('invalidInput', { issues }));
    }
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ changes: parsed.data, resolve, reject });
      if (!this.drainScheduled) {
        this.drainScheduled = true;
        void this.exclusive(() => this.drain());
      }
    });
  }

  flush(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return this.exclusive(async () => {
      await this.compact();
      await this.backupIfDue();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // A failed flush loses nothing (the log still holds every commit), so the files are released regardless.
    const flushed = this.flush().then(
      () => undefined,
      (error: unknown) => error,
    );
    this.closed = true;
    clearTimeout(this.idleTimer);
    await this.exclusive(async () => {
      await this.wal.close();
      await this.lock.release();
    });
    const failure = await flushed;
    if (failure) throw failure;
  }

  /** Runs `task` after everything queued before it; the queue survives a failing task. */
  private exclusive(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Writes every commit waiting so far as one log line: concurrent saves share one sync. */
  private async drain(): Promise<void> {
    this.drainScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const seq = this.journal.lastSeq + 1;
    const changes = batch.flatMap((commit) => commit.changes);
    try {
      await this.wal.append({ seq, changes });
    } catch (error) {
      this.context.log.error('store: could not append to the log', error);
      for (const commit of batch) commit.reject(new PlauschError('storageFailed'));
      return;
    }
    applyChanges(this.journal, changes);
    this.journal.lastSeq = seq;
    this.entriesInLog += 1;
    for (const commit of batch) commit.resolve();
    if (this.entriesInLog >= this.context.compactAfterEntries || this.wal.bytes >= this.context.compactAfterBytes) {
      await this.compact().catch((error: unknown) => this.context.log.warn('store: compaction failed', error));
    } else {
      this.scheduleIdleCompaction();
    }
  }

  private scheduleIdleCompaction(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.closed) return;
      this.exclusive(() => this.compact()).catch((error: unknown) => this.context.log.warn('store: compaction failed', error));
    }, this.context.compactAfterIdleMs);
    this.idleTimer.unref();
  }

  /** Folds the log into the snapshot. The log is cleared only after the snapshot is durable. */
  private async compact(): Promise<void> {
    clearTimeout(this.idleTimer);
    if (this.snapshotSeq === this.journal.lastSeq) return;
    const { db } = this.journal;
    db.data = documentOf(this.journal);
    await db.write();
    this.snapshotSeq = this.journal.lastSeq;
    db.data = null;
    await this.wal.clear();
    this.entriesInLog = 0;
  }

  backupNow(reason: BackupReason): Promise<string> {
    if (this.closed) return Promise.reject(new PlauschError('internal'));
    const { fs, paths, clock } = this.context;
    let file = '';
    // Queued behind pending commits, so the copy holds every write acknowledged before it was asked for.
    return this.exclusive(async () => {
      file = await writeReasonBackup(fs, paths.dir, reason, clock.now(), JSON.stringify(documentOf(this.journal)));
    }).then(() => file);
  }

  async backupIfDue(): Promise<void> {
    const { fs, paths, clock } = this.context;
    await takeDailyBackupIfDue(fs, paths.dir, clock.today(), () => JSON.stringify(documentOf(this.journal)));
  }
}

/** Leftovers of writes interrupted by a crash; this process holds the lock, so none of them is in use. */
async function removeStaleTempFiles(fs: StoreFileSystem, paths: StorePaths): Promise<void> {
  for (const dir of [paths.dir, backupsDir(paths.dir)]) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (/\.(json|lock)\.[0-9a-f]+\.tmp$/.test(name)) await fs.unlink(join(dir, name)).catch(() => undefined);
    }
  }
}

export async function openStore(options: StoreOptions): Promise<JournalStore> {
  const fs = options.fs ?? realFileSystem;
  const log = options.log ?? silentLogger;
  const paths = storePaths(options.dir);
  const context = {
    fs,
    paths,
    clock: options.clock,
    log,
    compactAfterEntries: options.compactAfterEntries ?? 1000,
    compactAfterBytes: options.compactAfterBytes ?? 4 * 1024 * 1024,
    compactAfterIdleMs: options.compactAfterIdleMs ?? 60_000,
  };
  await ensureDir(fs, paths.dir);
  const lock = await acquireLock(fs, paths.dir);
  try {
    await removeStaleTempFiles(fs, paths);
    const journal = await loadJournal(context);
    let walValidBytes = journal.walValidBytes;
    let entriesInLog = journal.logEntries;
    if (journal.snapshotStale) {
      journal.db.data = documentOf(journal);
      await journal.db.write();
      journal.db.data = null;
      journal.snapshotSeq = journal.lastSeq;
      if (journal.damagedLog) journal.notices.push(await setDamagedLogAside(context));
      walValidBytes = 0;
      entriesInLog = 0;
    }
    const wal = await WriteAheadLog.open(fs, paths.walFile, walValidBytes);
    const store = new LowJournalStore(journal, wal, lock, context, journal.snapshotSeq, entriesInLog);
    await store.backupIfDue();
    log.info('store: opened', { contacts: journal.contacts.size, interactions: journal.interactions.size, seq: journal.lastSeq });
    return store;
  } catch (error) {
    await lock.release();
    throw error;
  }
}
