// The journal store: the whole journal in memory, every commit made durable by one appended and synced log line,
// and the lowdb snapshot rewritten only now and then (compaction), so a save does not cost the whole journal.
// `openStoreEarly` hands the store over as soon as the main file is read, while the years of interactions are still
// being read; `openStore` waits for them. An encrypted folder (encryption/) is unlocked first, before anything is
// changed: every file is then read and written through the folder's codec.
import { join } from 'node:path';
import { PlauschError } from '../../../shared/errors';
import type { CoachRecord, Contact, Interaction, Settings } from '../../../shared/model';
import type { Notice } from '../../../shared/views';
import type { Clock } from '../services/clock';
import { backupsDir, rewriteBackups, takeDailyBackupIfDue, writeReasonBackup, type BackupReason } from './backups';
import { diskProblemOf, storageFailedError } from './disk-problem';
import { changeSchema, type JournalDocument } from './document';
import { FolderCodec } from './encryption/codec';
import { FolderEncryption, prepareCodec } from './encryption/folder-encryption';
import { defaultScryptParams, keyFilePath, readKeyFile, unlockKey, type KeyFile, type ScryptParams } from './encryption/key-file';
import { ensureDir, exists, realFileSystem, type StoreFileSystem } from './files';
import { historyDir } from './history-files';
import { applyChanges, completeHistory, documentOf, loadJournal, setDamagedLogAside, storePaths, type LoadedJournal, type StorePaths } from './load';
import { acquireLock, type HeldLock } from './lock';
import { collectInvalidRecords, recordKey } from './record-check';
import { writeSnapshot } from './snapshot-writer';
import type { BackupRewrite, Change, DataFileCodec, JournalStore, Logger, StoreEncryption, Unlock } from './types';
import { silentLogger } from './types';
import { WriteAheadLog } from './wal';

export { StoreError, type StoreErrorCode } from './store-error';
export type { StoreFileSystem } from './files';
export type { ScryptParams } from './encryption/key-file';

/** Whether the data folder is encrypted: it is while its key file exists. */
export function isEncryptedFolder(dir: string, fs: StoreFileSystem = realFileSystem): Promise<boolean> {
  return exists(fs, keyFilePath(dir));
}

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
  /**
   * The user agreed to recovery from a backup older than one that does not read, or to an empty start when none
   * reads. Without it such an open is refused (`recoveryNeedsConsent`) and nothing is changed.
   */
  olderBackupAllowed?: boolean;
  /** How to unlock an encrypted data folder; without a way that works it is refused (`journalLocked`). */
  unlock?: Unlock;
  /** The cost of deriving a key from a new passphrase; tests and the bench pass a cheap one. */
  keyDerivation?: ScryptParams;
}

interface PendingCommit {
  changes: Change[];
  resolve(): void;
  reject(error: unknown): void;
}

/** A store whose interactions may still be on their way from disk. */
export interface EarlyJournalStore extends JournalStore {
  /**
   * Resolves once every interaction is in memory; until then reading `interactions` throws and commits wait.
   * Rejects when the history cannot be read, and the store then refuses to write.
   */
  readonly complete: Promise<void>;
  /**
   * Resolves after `complete` once every record is checked and the day's backup is taken (a failed backup is told as
   * a notice, not raised).
   */
  readonly settled: Promise<void>;
}

/** A step after a durable commit whose failure is a warning of its own: the commit stays saved. */
type BackgroundStep = Extract<Notice, { kind: 'storageProblem' }>['what'];

class LowJournalStore implements EarlyJournalStore {
  private queue: Promise<void> = Promise.resolve();
  private pending: PendingCommit[] = [];
  private drainScheduled = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Set when the history could not be read: writing a snapshot now could drop the years that are missing. */
  private broken = false;
  /**
   * Records that failed the check after opening (`recordCheck`) and have not been replaced by a commit since. While
   * any are left, nothing is written from memory into the data file or a backup, so an invalid record never spreads
   * into the copies recovery relies on; commits still go into the log, so nothing acknowledged is lost.
   */
  private readonly invalidRecords = new Set<string>();
  private recordsChecked = false;
  /** Resolves once every record loaded is checked; compaction and backups wait for it, commits do not. */
  private readonly recordCheck: Promise<void>;
  private readonly noticeListeners = new Set<(notice: Notice) => void>();
  /** Background failures already told (`step:problem`), so one that repeats at every commit is told once. */
  private readonly announcedProblems = new Set<string>();
  readonly complete: Promise<void>;
  readonly settled: Promise<void>;

  constructor(
    private readonly journal: LoadedJournal,
    private readonly wal: WriteAheadLog,
    private readonly lock: HeldLock,
    private readonly context: {
      fs: StoreFileSystem;
      paths: StorePaths;
      clock: Clock;
      log: Logger;
      codec: FolderCodec;
      keyDerivation: ScryptParams;
      compactAfterEntries: number;
      compactAfterBytes: number;
      compactAfterIdleMs: number;
    },
    private entriesInLog: number,
    keys: { keyFile: KeyFile | null; dataKey: Buffer | null; switchPending: boolean },
  ) {
    this.fileCodec = context.codec;
    this.folderEncryption = new FolderEncryption(
      {
        fs: context.fs,
        dir: context.paths.dir,
        codec: context.codec,
        keyDerivation: context.keyDerivation,
        log: context.log,
        exclusive: (task) => this.exclusive(task),
        checkWritable: () => this.checkWritable(),
        backupFirst: async () => {
          await writeReasonBackup(context.fs, context.paths.dir, 'pre-encryption', context.clock.now(), JSON.stringify(documentOf(journal)), context.codec);
        },
        rewriteJournal: () => this.rewriteJournal(),
      },
      keys.keyFile,
      keys.dataKey,
    );
    // The first task in the queue: commits, compaction and backups all wait for the whole journal.
    this.complete = this.exclusive(async () => {
      try {
        await completeHistory(journal, () => new Promise((resume) => setImmediate(resume)));
      } catch (error) {
        this.broken = true;
        context.log.error('store: the history could not be read', error);
        throw new PlauschError('storageFailed');
      }
    });
    // Whoever opened the store early awaits `complete`; this keeps a failure from also counting as unhandled.
    this.complete.catch(() => undefined);
    // A switch of encryption a crash cut off is finished first of all, before any commit is written.
    const resumed = keys.switchPending
      ? this.folderEncryption.resume().catch((error: unknown) => context.log.error('store: could not finish the switch of encryption', error))
      : Promise.resolve();
    // Outside the queue, so commits go on while it runs; a store whose history failed writes nothing anyway.
    this.recordCheck = this.complete.then(
      () => this.checkRecords(),
      () => undefined,
    );
    this.settled = Promise.all([this.recordCheck, resumed])
      .then(() => this.exclusive(() => this.backupIfDue()))
      .catch((error: unknown) => this.backgroundStepFailed('backup', error));
  }

  get contacts(): ReadonlyMap<string, Contact> {
    return this.journal.contacts;
  }

  get interactions(): ReadonlyMap<string, Interaction> {
    if (this.journal.deferredHistory) throw new Error('store: the interactions are read before the history is complete');
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

  onNotice(listener: (notice: Notice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => {
      this.noticeListeners.delete(listener);
    };
  }

  commit(changes: Change[]): Promise<void> {
    if (this.closed) return Promise.reject(new PlauschError('internal'));
    if (this.broken) return Promise.reject(new PlauschError('storageFailed'));
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
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
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
      const failure = storageFailedError(error);
      for (const commit of batch) commit.reject(failure);
      return;
    }
    applyChanges(this.journal, changes);
    this.forgetReplacedInvalidRecords(changes);
    this.journal.lastSeq = seq;
    this.entriesInLog += 1;
    for (const commit of batch) commit.resolve();
    const due = this.entriesInLog >= this.context.compactAfterEntries || this.wal.bytes >= this.context.compactAfterBytes;
    // Until the record check is done a compaction would wait for it here, holding up the commits queued behind.
    if (due && this.recordsChecked) {
      await this.compact().catch((error: unknown) => this.backgroundStepFailed('compaction', error));
    } else {
      this.scheduleIdleCompaction();
    }
  }

  private scheduleIdleCompaction(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.closed) return;
      this.exclusive(() => this.compact()).catch((error: unknown) => this.backgroundStepFailed('compaction', error));
    }, this.context.compactAfterIdleMs);
    this.idleTimer.unref();
  }

  /** Folds the log into the snapshot. The log is cleared only after the snapshot is durable. */
  private async compact(): Promise<void> {
    clearTimeout(this.idleTimer);
    if (this.broken || this.journal.snapshotSeq === this.journal.lastSeq) return;
    if (!(await this.recordsSound())) return;
    await writeSnapshot(this.context.fs, this.context.paths, this.journal, 'changedYears', this.context.codec);
    await this.wal.clear();
    this.entriesInLog = 0;
    this.backgroundStepSucceeded('compaction');
  }

  private readonly folderEncryption: FolderEncryption;
  readonly fileCodec: DataFileCodec;

  get encryption(): StoreEncryption {
    return this.folderEncryption;
  }

  private async checkWritable(): Promise<void> {
    if (this.broken) throw new PlauschError('storageFailed');
    if (!(await this.recordsSound())) throw new PlauschError('recordsInvalid', { count: this.invalidRecords.size });
  }

  /** The whole snapshot written anew as the codec writes now (a switch of encryption), and the log emptied. */
  private async rewriteJournal(): Promise<void> {
    await this.checkWritable();
    await writeSnapshot(this.context.fs, this.context.paths, this.journal, 'everyYear', this.context.codec);
    await this.wal.clear();
    this.entriesInLog = 0;
  }

  rewriteBackups(edit: (document: JournalDocument) => JournalDocument | null): Promise<BackupRewrite> {
    if (this.closed) return Promise.reject(new PlauschError('internal'));
    let result: BackupRewrite = { rewritten: 0, unreadable: [] };
    // In the queue, so no backup is being written while they are rewritten.
    return this.exclusive(async () => {
      result = await rewriteBackups(this.context.fs, this.context.paths.dir, this.context.clock.now(), edit, this.context.codec);
    }).then(() => result);
  }

  backupNow(reason: BackupReason): Promise<string> {
    if (this.closed) return Promise.reject(new PlauschError('internal'));
    if (this.broken) return Promise.reject(new PlauschError('storageFailed'));
    const { fs, paths, clock } = this.context;
    let file = '';
    // Queued behind pending commits, so the copy holds every write acknowledged before it was asked for.
    return this.exclusive(async () => {
      // The copy taken before a restore is the exception: a restore is how the user replaces invalid records, and
      // the copy keeps what they would otherwise lose with them. It cannot pass for a good backup, because recovery
      // and restore both validate a backup before taking it.
      if (!(await this.recordsSound()) && reason !== 'pre-restore') throw new PlauschError('recordsInvalid', { count: this.invalidRecords.size });
      file = await writeReasonBackup(fs, paths.dir, reason, clock.now(), JSON.stringify(documentOf(this.journal)), this.context.codec);
      this.backgroundStepSucceeded('backup');
    }).then(() => file);
  }

  async backupIfDue(): Promise<void> {
    if (this.broken || !(await this.recordsSound())) return;
    const { fs, paths, clock } = this.context;
    const written = await takeDailyBackupIfDue(fs, paths.dir, clock.today(), () => JSON.stringify(documentOf(this.journal)), this.context.codec);
    if (written) this.backgroundStepSucceeded('backup');
  }

  /** Whether memory may be written into the data file or a backup: every record checked, none invalid. */
  private async recordsSound(): Promise<boolean> {
    await this.recordCheck;
    return this.invalidRecords.size === 0;
  }

  private async checkRecords(): Promise<void> {
    await collectInvalidRecords(this.journal, this.invalidRecords, () => new Promise((resume) => setImmediate(resume)));
    this.recordsChecked = true;
    if (this.invalidRecords.size === 0) return;
    this.context.log.error('store: records fail validation; no backup or compaction until they are replaced', {
      records: [...this.invalidRecords].slice(0, 10),
      count: this.invalidRecords.size,
    });
    this.announce({ kind: 'recordsInvalid', count: this.invalidRecords.size });
  }

  /** A commit validated what it wrote: the records it replaced or removed no longer hold anything back. */
  private forgetReplacedInvalidRecords(changes: readonly Change[]): void {
    if (this.invalidRecords.size === 0) return;
    for (const change of changes) {
      if (change.op !== 'settings') this.invalidRecords.delete(recordKey(change.collection, change.op === 'put' ? change.value.id : change.id));
    }
    if (this.recordsChecked && this.invalidRecords.size === 0) {
      this.context.log.info('store: every invalid record is replaced; compaction and backups resume');
      this.withdrawNotices((notice) => notice.kind === 'recordsInvalid');
    }
  }

  private backgroundStepFailed(step: BackgroundStep, error: unknown): void {
    this.context.log.warn(`store: ${step} failed`, error);
    const problem = diskProblemOf(error);
    const key = `${step}:${problem ?? 'other'}`;
    if (this.announcedProblems.has(key)) return;
    this.announcedProblems.add(key);
    this.announce(problem ? { kind: 'storageProblem', what: step, problem } : { kind: 'storageProblem', what: step });
  }

  private backgroundStepSucceeded(step: BackgroundStep): void {
    for (const key of [...this.announcedProblems]) if (key.startsWith(`${step}:`)) this.announcedProblems.delete(key);
    this.withdrawNotices((notice) => notice.kind === 'storageProblem' && notice.what === step);
  }

  /** Keeps the notice for windows opened later (`notices`) and tells those open now. */
  private announce(notice: Notice): void {
    this.journal.notices.push(notice);
    for (const listener of this.noticeListeners) {
      try {
        listener(notice);
      } catch (error) {
        this.context.log.error('store: a notice listener failed', error);
      }
    }
  }

  /** What is no longer so is not shown to windows opened from now on; those open keep it until dismissed. */
  private withdrawNotices(resolved: (notice: Notice) => boolean): void {
    const notices = this.journal.notices;
    for (let index = notices.length - 1; index >= 0; index -= 1) {
      if (resolved(notices[index] as Notice)) notices.splice(index, 1);
    }
  }
}

/**
 * Leftovers of writes interrupted by a crash; this process holds the lock, so none of them is in use. The lock's own
 * temporary files are not among them: another process may be about to link one right now (the lock clears those of
 * processes that are gone).
 */
async function removeStaleTempFiles(fs: StoreFileSystem, paths: StorePaths): Promise<void> {
  for (const dir of [paths.dir, backupsDir(paths.dir), historyDir(paths.dir)]) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (/\.(json|key)\.[0-9a-f]+\.tmp$/.test(name)) await fs.unlink(join(dir, name)).catch(() => undefined);
    }
  }
}

/**
 * Opens the journal and returns as soon as its main file is read: settings, contacts and coach records are there,
 * the interactions follow (`complete`). The app starts its windows meanwhile.
 */
export async function openStoreEarly(options: StoreOptions): Promise<EarlyJournalStore> {
  const fs = options.fs ?? realFileSystem;
  const log = options.log ?? silentLogger;
  const paths = storePaths(options.dir);
  const codec = new FolderCodec(null);
  const context = {
    fs,
    paths,
    clock: options.clock,
    log,
    codec,
    keyDerivation: options.keyDerivation ?? defaultScryptParams,
    compactAfterEntries: options.compactAfterEntries ?? 1000,
    compactAfterBytes: options.compactAfterBytes ?? 4 * 1024 * 1024,
    compactAfterIdleMs: options.compactAfterIdleMs ?? 60_000,
  };
  await ensureDir(fs, paths.dir);
  const lock = await acquireLock(fs, paths.dir);
  try {
    // Unlocked before anything is touched: a wrong or missing passphrase changes nothing.
    const keyFile = await readKeyFile(fs, paths.dir);
    const dataKey = keyFile ? await unlockKey(keyFile, options.unlock) : null;
    const switchPending = prepareCodec(codec, keyFile, dataKey);
    await removeStaleTempFiles(fs, paths);
    const journal = await loadJournal(context, { mayDefer: true, olderBackupAllowed: options.olderBackupAllowed ?? false });
    let walValidBytes = journal.walValidBytes;
    let entriesInLog = journal.logEntries;
    if (journal.snapshotStale) {
      await writeSnapshot(fs, paths, journal, 'everyYear', codec);
      if (journal.damagedLog) journal.notices.push(await setDamagedLogAside(context));
      walValidBytes = 0;
      entriesInLog = 0;
    }
    const wal = await WriteAheadLog.open(fs, paths.walFile, walValidBytes, codec);
    log.info('store: opened', { contacts: journal.contacts.size, seq: journal.lastSeq, historyPending: journal.deferredHistory !== undefined });
    return new LowJournalStore(journal, wal, lock, context, entriesInLog, { keyFile, dataKey, switchPending });
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Opens the journal with every interaction in memory and the day's backup taken. */
export async function openStore(options: StoreOptions): Promise<JournalStore> {
  const store = await openStoreEarly(options);
  try {
    await store.complete;
    await store.settled;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
