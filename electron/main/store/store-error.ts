// Failures at open that the shell must explain to the user instead of starting with an empty journal.

export const storeErrorCodes = [
  /** The data file was written by a newer Plausch; it is left untouched. */
  'newerSchema',
  /** Another running process holds the data folder. */
  'locked',
  /** A symbolic link stands where a data file belongs (`file`); Plausch neither follows nor changes it. */
  'linkedFile',
  /**
   * The journal is damaged and the newest backup that reads (`backupFile`, none: the journal would start empty) may
   * hold less than backups that do not read (`unreadableBackups`). Nothing was changed; the user decides.
   */
  'recoveryNeedsConsent',
] as const;

export type StoreErrorCode = (typeof storeErrorCodes)[number];

export interface StoreErrorDetails {
  file?: string;
  pid?: number;
  fileVersion?: number;
  knownVersion?: number;
  backupFile?: string;
  /** YYYY-MM-DD, from the backup's name. */
  backupDate?: string;
  unreadableBackups?: string[];
}

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly details: StoreErrorDetails = {},
  ) {
    super(`store ${code}`);
    this.name = 'StoreError';
  }
}
