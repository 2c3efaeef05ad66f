// Data in and out: the shapes of an import preview, an export and the backups list, and the limits both sides check.
import { z } from 'zod';
import { ownDomainSchema } from './email-domains';
import { contactRelations, type ContactInput, type ContactRelation } from './model';

/** Larger files are refused before they are parsed; the renderer checks `File.size` against it first. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** More records than the journal is built for (see the performance budget) are refused. */
export const MAX_IMPORT_RECORDS = 10_000;
/** A CSV wider than this is not an address book export. */
export const MAX_IMPORT_COLUMNS = 1_000;
/**
 * The most text read as one piece: a vCard property with its folded lines, or a CSV row. A record holding a longer
 * one is left out (`unreadableRecord`), so no parser ever works on more than this at once. Generous: the longest
 * field kept is a note of 20,000 characters, which quoted-printable may write at nine characters each.
 */
export const MAX_IMPORT_LINE_CHARS = 256 * 1024;

export const importEncodings = ['text', 'base64'] as const;
export const exportFormats = ['json', 'csv', 'vcard', 'vcard3', 'ics'] as const;
export const mergeActions = ['skip', 'update', 'create'] as const;

export type ExportFormat = (typeof exportFormats)[number];
export type MergeAction = (typeof mergeActions)[number];
export type ImportFormat = 'vcard' | 'csv-outlook' | 'csv-google' | 'csv-linkedin' | 'csv-xing' | 'csv';

/** Longest `content` string accepted over IPC: the byte limit in base64, with room for a BOM. */
const maxContentChars = Math.ceil((MAX_IMPORT_BYTES + 16) / 3) * 4;

export const importFileSchema = z
  .object({
    fileName: z.string().max(260).default(''),
    /** The file's text, or its bytes in base64 when the encoding is unknown (Outlook's Windows-1252). */
    content: z.string().max(maxContentChars),
    encoding: z.enum(importEncodings).default('base64'),
  })
  .strict();

export const importConfirmSchema = z
  .object({
    importId: z.string().min(1).max(100),
    /** The user's choice for duplicates, by item index; items not named keep the proposed action. */
    choices: z
      .array(z.object({ index: z.number().int().min(0).max(MAX_IMPORT_RECORDS), action: z.enum(mergeActions) }).strict())
      .max(MAX_IMPORT_RECORDS)
      .default([]),
    /** The user's intern/extern per e-mail domain group (`''`: contacts without an address); other groups keep the proposal. */
    relations: z
      .array(z.object({ domain: z.union([z.literal(''), ownDomainSchema]), relation: z.enum(contactRelations) }).strict())
      .max(MAX_IMPORT_RECORDS)
      .default([]),
  })
  .strict();

/** Why a record of the file was changed or left out; the renderer translates `transfer.problems.<code>`. */
export type ImportProblemCode =
  | 'noName'
  | 'invalidDate'
  | 'truncated'
  | 'unreadableRecord'
  | 'incompleteRecord'
  | 'duplicateInFile'
  | 'tooManyValues'
  /** An e-mail address that is none: left out, the rest of the record taken in. */
  | 'invalidEmail'
  /** A photo that is no whole JPEG or PNG, or larger than shared/photos.ts allows: left out, the record taken in. */
  | 'photoLeftOut';

/** The problems that keep a record out of an import; the others only change what is taken in. */
export const leftOutProblemCodes = ['noName', 'unreadableRecord', 'incompleteRecord', 'duplicateInFile'] as const satisfies readonly ImportProblemCode[];

export type LeftOutProblemCode = (typeof leftOutProblemCodes)[number];

export interface ImportProblem {
  /** 1-based number of the record in the file (a card, or a data row of the CSV). */
  record: number;
  code: ImportProblemCode;
  /** The field concerned, in the journal's terms (`birthday`, `emails`, …). */
  field?: string;
  /** The offending value, shortened, for the message. */
  value?: string;
}

/** The contact fields an import fills and compares; an update names those it would change (`changedFields`). */
export const importedContactFields = [
  'firstName',
  'lastName',
  'role',
  'organisation',
  'department',
  'emails',
  'phones',
  'tags',
  'interests',
  'commonGround',
  'giftIdeas',
  'canHelpWith',
  'family',
  'birthday',
  'anniversaries',
  'metOn',
  'metAt',
  'cadenceDays',
  'addressForm',
  'notes',
] as const satisfies readonly (keyof ContactInput)[];

export type DuplicateReason = 'sameId' | 'sameEmail' | 'sameNameAndOrganisation';

export interface ImportItem {
  index: number;
  /** 1-based number of the record in the file. */
  record: number;
  /** The e-mail domain group it belongs to (`''` without an address); `contact.relation` is that group's proposal. */
  domain: string;
  contact: ContactInput;
  /** What confirming does with it unless the user chooses otherwise. */
  action: MergeAction;
  /** The id Plausch's own export gave the contact, by which others in the same file name it as their introducer. */
  sourceId?: string;
  /** Who introduced them, by id (Plausch's export) or name (Outlook's `Empfohlen von`); resolved on confirming. */
  introducedBy?: { sourceId?: string; name: string };
  /** Archived in the journal the file came from (Plausch's own vCard). */
  archived?: boolean;
  duplicate?: {
    contactId: string;
    name: string;
    reason: DuplicateReason;
    /** Fields an update would change; empty when the journal already holds all of it. */
    changedFields: string[];
  };
}

/** New contacts of one e-mail domain, and whether they are proposed as intern or extern. */
export interface ImportDomainGroup {
  /** The own domain they belong to, or their address's domain; `''` for contacts without an address. */
  domain: string;
  count: number;
  relation: ContactRelation;
  /**
   * Why: `own` (one of the user's own domains), `suggested` (no own domains are set, and this is the most frequent
   * company domain of the file), `other` (an address elsewhere), `noEmail`, `stated` (the file says it: LinkedIn and
   * XING lists are extern, Plausch's own export says it for each contact).
   */
  reason: 'own' | 'suggested' | 'other' | 'noEmail' | 'stated';
}

export interface ImportPreview {
  importId: string;
  format: ImportFormat;
  items: ImportItem[];
  /** The new contacts by e-mail domain, largest group first; the user may change the relation per group. */
  domainGroups: ImportDomainGroup[];
  /** Records that were left out or changed on the way in. */
  problems: ImportProblem[];
  counts: { create: number; update: number; skip: number; duplicates: number; rejected: number };
}

export interface ImportReceipt {
  created: number;
  updated: number;
  skipped: number;
  /** Hand to `undo.apply` to take the whole import back; absent when the import changed nothing (see `backupFile`). */
  undoToken?: string;
  /** The backup written just before the import; absent when every record was skipped, so nothing was written. */
  backupFile?: string;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export type BackupKind = 'daily' | 'migration' | 'manual' | 'import' | 'restore' | 'other';

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  /** When the file was written (ISO instant). */
  createdAt: string;
  bytes: number;
}

export interface RestoreReceipt {
  /** The backup of the state before the restore, to go back to. */
  safetyBackup: string;
  contacts: number;
  interactions: number;
  /** Addresses in the backup that are no e-mail addresses: moved into their contact's notes, so none becomes a link. */
  addressesMovedToNotes: number;
}
