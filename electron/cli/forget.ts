// `plausch forget NAME [--yes]`: deletes one person everywhere (GDPR Art. 17), backups included. Without `--yes` it
// only says what would go, read without the lock, and changes nothing; with it, it takes the lock like every writing
// command and prints what was removed.
import type { ForgetCounts } from '../../shared/privacy';
import type { Contact } from '../../shared/model';
import type { PrivacyService } from '../main/services/privacy';
import type { JournalStore } from '../main/store/types';
import type { MessageKey } from './messages';

export interface ForgetCommand {
  name: string;
  yes: boolean;
  /** The journal read without the lock. */
  reading(): Promise<JournalStore>;
  /** Runs `task` on the journal opened for writing, under the lock. */
  writing<T>(task: (store: JournalStore) => Promise<T>): Promise<T>;
  /** The one contact the name means, archived ones included; fails with a clear message for none or several. */
  find(store: JournalStore, name: string): Contact;
  privacyOver(store: JournalStore): PrivacyService;
  out(key: MessageKey, values?: Record<string, string | number>): void;
}

/** `preview`: nothing was changed and `--yes` is still needed (the caller's usage status). */
export type ForgetOutcome = 'forgotten' | 'preview';

/** The contact itself always goes; the photo counts as one when there is one. */
const countValues = (counts: ForgetCounts) => ({ contact: 1, ...counts, photo: counts.photo ? 1 : 0 });

export async function forgetCommand({ name, yes, reading, writing, find, privacyOver, out }: ForgetCommand): Promise<ForgetOutcome> {
  if (!yes) {
    const store = await reading();
    const preview = privacyOver(store).forgetCounts(find(store, name).id);
    out('forgetPreview', { name: preview.name });
    out('forgetCounts', countValues(preview.counts));
    out('forgetNeedsYes', { name: preview.name });
    return 'preview';
  }
  const report = await writing((store) => privacyOver(store).forget(find(store, name).id));
  out('forgotten', { name: report.name, backups: report.backupsRewritten });
  out('forgetCounts', countValues(report.counts));
  if (report.unreadableFiles.length > 0) out('forgetUnreadable', { files: report.unreadableFiles.join(', ') });
  return 'forgotten';
}
