// The question before a recovery that may lose writes: the journal is damaged and the newest backup that reads is
// older than one that does not (or none reads). Nothing has been changed when it is asked; quitting keeps it so.
import { dialog } from 'electron';
import { basename } from 'node:path';
import { longDate } from '../../../shared/dates';
import type { StoreError } from '../store';
import { languageFor, message } from './messages';

/** Whether the user agrees to restore the backup named in `error` (or to start empty when none reads). */
export async function agreesToRecovery(error: StoreError, locale: string): Promise<boolean> {
  const language = languageFor(locale);
  const { backupFile, backupDate, unreadableBackups = [] } = error.details;
  const values = { date: backupDate ? longDate(backupDate, language) : basename(backupFile ?? ''), unreadable: unreadableBackups.map((file) => basename(file)).join('\n') };
  const empty = backupFile === undefined;
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: message(language, 'recoveryTitle'),
    message: message(language, empty ? 'recoveryQuestionEmpty' : 'recoveryQuestion', values),
    detail: message(language, empty ? 'recoveryDetailEmpty' : 'recoveryDetail', values),
    buttons: [message(language, empty ? 'recoveryStartEmpty' : 'recoveryRestore', values), message(language, 'recoveryQuit')],
    // Enter and Escape both take the choice that changes nothing.
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}
