// The IPC channels for data in and out, spread into the contract (contract.ts). File contents come from the renderer
// as text or base64, within the import size limit; exports go back as text for the renderer to save.
import { z } from 'zod';
import { channel } from './channel';
import { languages } from './model';
import {
  exportFormats,
  importConfirmSchema,
  importFileSchema,
  type BackupInfo,
  type ExportFile,
  type ImportPreview,
  type ImportReceipt,
  type RestoreReceipt,
} from './transfer';

const noInput = z.object({}).strict().optional();
const importId = z.string().min(1).max(100);
const backupName = z.string().min(1).max(200);

export const transferChannels = {
  /** Reads a file and says what importing it would do; writes nothing. */
  'transfer:preview': channel<ImportPreview>()(importFileSchema),
  /** Imports a previewed file as one undoable step, after a backup. */
  'transfer:confirm': channel<ImportReceipt>()(importConfirmSchema),
  'transfer:cancel': channel<null>()(z.object({ importId }).strict()),
  /** `language` names the column headers (CSV) and event titles (iCalendar); the settings' language otherwise. */
  'transfer:export': channel<ExportFile>()(
    z.object({ format: z.enum(exportFormats), language: z.enum(languages).optional() }).strict(),
  ),

  'backups:list': channel<BackupInfo[]>()(noInput),
  'backups:create': channel<BackupInfo>()(noInput),
  /** Replaces the journal with the named backup, after a backup of the journal as it is. */
  'backups:restore': channel<RestoreReceipt>()(z.object({ name: backupName }).strict()),
} as const;
