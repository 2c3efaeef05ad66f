// Errors that cross the IPC boundary. They travel as plain data ({ code, details }) so the renderer can show them
// in the user's language: every code has a translation under `errors.<code>` in both catalogs.

export const errorCodes = [
  /** The payload does not match the channel's schema; `details.issues` lists the fields. */
  'invalidInput',
  /** The record the payload refers to does not exist (any more). */
  'notFound',
  /** The channel is not part of the contract. */
  'unknownChannel',
  /** The undo token has expired or was already used. */
  'undoExpired',
  /** Writing to disk failed; nothing was changed. */
  'storageFailed',
  /** The message came from a page or frame that is not Plausch's own; refused and logged. */
  'forbiddenSender',
  /** Anything else; the main process logs it. */
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  path: string;
  message: string;
}

export interface PlauschErrorData {
  code: ErrorCode;
  details?: { issues?: FieldIssue[]; id?: string; channel?: string };
}

export class PlauschError extends Error {
  readonly code: ErrorCode;
  readonly details: PlauschErrorData['details'];

  constructor(code: ErrorCode, details?: PlauschErrorData['details']) {
    super(code);
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
