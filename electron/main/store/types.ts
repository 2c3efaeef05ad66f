// What the services see of the store: the journal in memory, and one way to change it durably.
import type { CoachRecord, Contact, Interaction, Settings } from '../../../shared/model';
import type { Notice } from '../../../shared/views';
import type { BackupReason } from './backups';
import type { JournalDocument } from './document';

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
  /**
   * Rewrites every backup in the data folder through `edit` (an older schema is upgraded first): `edit` returns the
   * document to write instead, or `null` to leave the file as it is. Files that do not read are named, not changed.
   */
  rewriteBackups(edit: (document: JournalDocument) => JournalDocument | null): Promise<BackupRewrite>;
  /** Encryption at rest of the whole data folder. */
  readonly encryption: StoreEncryption;
  /**
   * Seals and opens the data folder's other files (contact photos) as the journal's own: sealed while encryption is
   * on, plain while it is off; `open` reads either.
   */
  readonly fileCodec: DataFileCodec;
}

export interface BackupRewrite {
  rewritten: number;
  /** Backups (and files set aside) that do not read, so the edit could not be applied: their names, for the user. */
  unreadable: string[];
}

/** Wraps the data key with the operating system's keychain (Electron `safeStorage` in the desktop app). */
export interface KeyProtector {
  protect(key: Buffer): Buffer;
  unprotect(wrapped: Buffer): Buffer;
}

/** How to unlock an encrypted data folder when it is opened: the keychain first, then the passphrase. */
export interface Unlock {
  passphrase?: string;
  protector?: KeyProtector;
}

export interface StoreEncryption {
  /** Whether the data folder is encrypted. */
  readonly on: boolean;
  /** Whether the key file holds a keychain wrap of the data key, so a start needs no passphrase. */
  readonly keychain: boolean;
  /**
   * Encrypts every file of the data folder in one step, with a backup first: a crash at any moment leaves a journal
   * that opens. `passphraseTooShort` and `encryptionUnchanged` change nothing.
   */
  turnOn(passphrase: string, protector?: KeyProtector): Promise<void>;
  /** Decrypts every file; `wrongPassphrase` changes nothing. */
  turnOff(passphrase: string): Promise<void>;
  /** Wraps the data key with `next`; `wrongPassphrase` (for `current`) and `passphraseTooShort` change nothing. */
  changePassphrase(current: string, next: string): Promise<void>;
  /**
   * A forgotten passphrase: wraps the data key the open journal holds with `next`, without the old one. Only while
   * the key file holds a keychain wrap (`keychain`), which still opens the journal; otherwise
   * `passphraseResetUnavailable`. Like `changePassphrase`, only the key file changes, atomically, in the store's
   * queue; `passphraseTooShort` changes nothing.
   */
  resetPassphrase(next: string): Promise<void>;
  /** Whether `passphrase` unwraps this folder's data key; changes nothing. */
  checkPassphrase(passphrase: string): Promise<boolean>;
}

export interface DataFileCodec {
  seal(plain: Uint8Array): Buffer;
  /** The plain bytes of a sealed or plain file; a sealed file that fails its check throws (it was tampered with). */
  open(bytes: Buffer, file: string): Buffer;
}

/** The codec of a folder that is not encrypted. */
export const plainFileCodec: DataFileCodec = {
  seal: (plain) => Buffer.from(plain),
  open: (bytes) => bytes,
};

/** What a store that cannot change the folder's encryption answers (a read-only view). */
export const unchangeableEncryption = (on: boolean): StoreEncryption => ({
  on,
  keychain: false,
  turnOn: () => Promise.reject(new Error('store: read-only')),
  turnOff: () => Promise.reject(new Error('store: read-only')),
  changePassphrase: () => Promise.reject(new Error('store: read-only')),
  resetPassphrase: () => Promise.reject(new Error('store: read-only')),
  checkPassphrase: () => Promise.resolve(false),
});

export interface Logger {
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
