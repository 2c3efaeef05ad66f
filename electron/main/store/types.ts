// What the services see of the store: the journal in memory, and one way to change it durably.
import type { CoachRecord, Contact, Interaction, Settings } from '../../../shared/model';
import type { Notice } from '../../../shared/views';
import type { BackupReason } from './backups';

export type Collection = 'contacts' | 'interactions' | 'coach';

export type Change =
  | { op: 'put'; collection: 'contacts'; value: Contact }
  | { op: 'put'; collection: 'interactions'; value: Interaction }
  | { op: 'put'; collection: 'coach'; value: CoachRecord }
  | { op: 'delete'; collection: Collection; id: string }
  | { op: 'settings'; value: Settings };

export interface JournalStore {
  readonly contacts: ReadonlyMap<string, Contact>;
  readonly interactions: ReadonlyMap<string, Interaction>;
  /** The coach's own records (profile, challenge attempts, integration plans, the assistants' network). */
  readonly coach: ReadonlyMap<string, CoachRecord>;
  readonly settings: Settings;
  /**
   * What the user is to be told: what happened while opening (a damaged file set aside, a migration), and what is
   * wrong while running (a failed backup, invalid records) for as long as it is.
   */
  readonly notices: readonly Notice[];
  /** Calls `listener` with every notice that arises after opening; returns the unsubscribe. */
  onNotice(listener: (notice: Notice) => void): () => void;
  /**
   * Applies the changes all together or not at all. Resolves once they would survive a crash or power cut;
   * rejects (and leaves memory untouched) when they could not be written.
   */
  commit(changes: Change[]): Promise<void>;
  /** Writes everything into the main data file now and takes the day's backup if due (e.g. before quitting). */
  flush(): Promise<void>;
  /** Writes a full copy of the journal into the backups folder now; resolves to its path. */
  backupNow(reason: BackupReason): Promise<string>;
  /** Flushes and releases the files; the store must not be used afterwards. */
  close(): Promise<void>;
}

export interface Logger {
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
