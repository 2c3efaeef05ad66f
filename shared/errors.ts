// Errors that cross the IPC boundary. They travel as plain data ({ code, details }) so the renderer can show them
// in the user's language: every code has a translation under `errors.<code>` in both catalogs.
import type { LeftOutProblemCode } from './transfer';

export const errorCodes = [
  /** The payload does not match the channel's schema; `details.issues` lists the fields. */
  'invalidInput',
  /** The record the payload refers to does not exist (any more). */
  'notFound',
  /** The channel is not part of the contract. */
  'unknownChannel',
  /** The undo token has expired or was already used. */
  'undoExpired',
  /** Writing to disk failed; nothing was changed. `details.problem` says why when it is known (see `DiskProblem`). */
  'storageFailed',
  /** The message came from a page or frame that is not Plausch's own; refused and logged. */
  'forbiddenSender',
  /** Anything else; the main process logs it. */
  'internal',
  /** The browser shell cannot be reached: it was quit, or the page belongs to an earlier start. */
  'connectionLost',
  /** Tray, global shortcut, start at login and windows on top exist only in the desktop app, not in the browser. */
  'desktopOnly',
  // Transfer
  /** The file is larger than Plausch imports; `details.limit` and `details.size` (bytes, records or columns by `details.unit`). */
  'importTooLarge',
  /** The file is empty or holds nothing but blank lines. */
  'importEmpty',
  /** The file is not text (binary, or an encoding that does not decode); nothing was read. */
  'importUnreadable',
  /** Neither a vCard nor a CSV file; `details.expected` lists the formats Plausch reads. */
  'importUnknownFormat',
  /** A CSV whose columns Plausch does not know; `details.expected` names the columns looked for, `details.found` the first ones in the file. */
  'importUnknownLayout',
  /**
   * Not one record of the file can be imported: each was left out (`details.leftOut` says why, by reason), or the file
   * holds none (`details.leftOut` is empty). Nothing was written and no backup taken.
   */
  'importNothingToImport',
  /** The import preview is gone (it expired or was already confirmed); preview the file again. */
  'importExpired',
  /** The backup file does not hold a journal Plausch can read; `details.file` names it. Nothing was changed. */
  'backupUnreadable',
  /**
   * Records in the journal fail validation (`details.count`; the data file was changed outside Plausch), so no backup
   * is taken from it. Nothing was changed.
   */
  'recordsInvalid',
  // Photos
  /** The picture is not a whole JPEG or PNG file; nothing was changed. */
  'photoUnreadable',
  /** The picture is larger than a contact's photo may be (shared/photos.ts); nothing was changed. */
  'photoTooLarge',
  // "Wer kann helfen?"
  /** The favour is no request waiting to be settled (any more): it was settled already, or never asked for. */
  'requestNotPending',
  // Calendar
  /** The file is not a calendar Plausch can read (no VCALENDAR, broken lines); `details.file` names it. Nothing was read. */
  'calendarUnreadable',
  /** The calendar file or folder is not there (any more), or Plausch may not read it; `details.file` names it. */
  'calendarNotFound',
  /** The calendar file is larger than Plausch reads (`details.limit`, `details.size` in bytes). */
  'calendarTooLarge',
  /** The meeting is no longer in the calendar (the file changed, or it is outside the days Plausch looks at). */
  'calendarOccurrenceGone',
  // Privacy
  /** The journal is encrypted and not unlocked yet (or the app is locked); nothing can be read or written until it is. */
  'journalLocked',
  /** The passphrase does not unlock the journal; nothing was changed. */
  'wrongPassphrase',
  /** A new passphrase is shorter than `details.minLength` characters; nothing was changed. */
  'passphraseTooShort',
  /** Encryption is already on (`details.on` true) or already off (false); nothing was changed. */
  'encryptionUnchanged',
  /**
   * A new passphrase without the old one needs this computer's keychain to hold the data key (desktop app, key file
   * with a keychain wrap); it does not here. Nothing was changed.
   */
  'passphraseResetUnavailable',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * What stopped a write, in the terms the user can act on: the disk is full (or the user's quota used up), Plausch may
 * not write in its data folder, or the folder is on a read-only disk.
 */
export const diskProblems = ['diskFull', 'noPermission', 'readOnly'] as const;

export type DiskProblem = (typeof diskProblems)[number];

export interface FieldIssue {
  path: string;
  message: string;
}

export interface PlauschErrorData {
  code: ErrorCode;
  details?: {
    issues?: FieldIssue[];
    id?: string;
    channel?: string;
    // Transfer
    limit?: number;
    size?: number;
    unit?: 'bytes' | 'records' | 'columns';
    expected?: string[];
    found?: string[];
    file?: string;
    /** Records left out of an import, by reason, most frequent first. */
    leftOut?: { code: LeftOutProblemCode; records: number }[];
    // Storage
    problem?: DiskProblem;
    count?: number;
    // Privacy
    minLength?: number;
    on?: boolean;
  };
}

export class PlauschError extends Error {
  readonly code: ErrorCode;
  readonly details: PlauschErrorData['details'];

  constructor(code: ErrorCode, details?: PlauschErrorData['details']) {
    // The message carries the whole error as JSON: Electron's contextBridge keeps only an Error's message when it
    // hands a rejection from the preload to the page, and the page needs the code and details to explain it.
    super(JSON.stringify(details ? { code, details } : { code }));
    this.name = 'PlauschError';
    this.code = code;
    this.details = details;
  }

  toData(): PlauschErrorData {
    return this.details ? { code: this.code, details: this.details } : { code: this.code };
  }
}

export function isPlauschErrorData(value: unknown): value is PlauschErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PlauschErrorData).code === 'string' &&
    (errorCodes as readonly string[]).includes((value as PlauschErrorData).code)
  );
}

/**
 * The code and details of anything thrown by `window.plausch`, whichever bundle made it: a PlauschError of this
 * bundle, one of another bundle (the preload, a test bridge) or the plain Error contextBridge turns it into.
 */
export function errorDataOf(error: unknown): PlauschErrorData | undefined {
  if (isPlauschErrorData(error)) {
    return error.details ? { code: error.code, details: error.details } : { code: error.code };
  }
  if (error instanceof Error) {
    try {
      const parsed: unknown = JSON.parse(error.message);
      if (isPlauschErrorData(parsed)) return parsed;
    } catch {
      // Not one of ours.
    }
  }
  return undefined;
}
