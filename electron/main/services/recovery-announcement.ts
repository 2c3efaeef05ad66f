// A repaired journal is said on the desktop as well as in the window: the app usually starts hidden in the tray, and
// "your data was restored from a backup" must not wait there unseen until the user happens to open the window.
import { longDate } from '../../../shared/dates';
import type { Language, Settings } from '../../../shared/model';
import type { Notice } from '../../../shared/views';
import type { Logger } from '../store/types';
import type { DesktopPort } from './desktop';
import type { Notifier, NotificationRequest } from './notifier';
import { notificationLanguage } from './reminders/catalog';

type RecoveryNotice = Extract<Notice, { kind: 'restoredFromBackup' | 'startedEmptyAfterDamage' | 'logDamaged' }>;

export function isRecovery(notice: Notice): notice is RecoveryNotice {
  return notice.kind === 'restoredFromBackup' || notice.kind === 'startedEmptyAfterDamage' || notice.kind === 'logDamaged';
}

const texts: Record<Language, (notice: RecoveryNotice) => Omit<NotificationRequest, 'id'>> = {
  de: (notice) => {
    switch (notice.kind) {
      case 'restoredFromBackup':
        return {
          title: 'Plausch hat Ihre Daten wiederhergestellt',
          body: `Die Daten waren beschädigt. Plausch hat die Sicherung${notice.backupDate ? ` vom ${longDate(notice.backupDate, 'de')}` : ''} wiederhergestellt; was danach eingetragen wurde, kann fehlen. Die beschädigte Datei ist aufbewahrt. Mehr dazu im Fenster.`,
        };
      case 'startedEmptyAfterDamage':
        return {
          title: 'Plausch beginnt mit einem leeren Journal',
          body: 'Die Daten waren beschädigt, und keine Sicherung war lesbar. Die beschädigte Datei ist aufbewahrt. Mehr dazu im Fenster.',
        };
      case 'logDamaged':
        return {
          title: 'Plausch hat Ihre Daten repariert',
          body: 'Ein Teil der letzten Änderungen ließ sich nicht lesen. Alles Lesbare ist übernommen, der Rest aufbewahrt. Mehr dazu im Fenster.',
        };
    }
  },
  en: (notice) => {
    switch (notice.kind) {
      case 'restoredFromBackup':
        return {
          title: 'Plausch has restored your data',
          body: `The data was damaged. Plausch restored the backup${notice.backupDate ? ` from ${longDate(notice.backupDate, 'en')}` : ''}; what was entered after it may be missing. The damaged file was kept. More in the window.`,
        };
      case 'startedEmptyAfterDamage':
        return {
          title: 'Plausch starts with an empty journal',
          body: 'The data was damaged, and no backup could be read. The damaged file was kept. More in the window.',
        };
      case 'logDamaged':
        return {
          title: 'Plausch has repaired your data',
          body: 'Part of the latest changes could not be read. Everything readable was kept, the rest set aside. More in the window.',
        };
    }
  },
};

export interface RecoveryAnnouncementDeps {
  notices: readonly Notice[];
  settings: Pick<Settings, 'language'>;
  systemLanguage: string;
  notifier: Notifier;
  desktop: Pick<DesktopPort, 'showMain'>;
  log: Logger;
}

/**
 * Shows one desktop notification for each repair the open made; a click brings the window with the details. Resolves
 * to the number announced. A system without notifications loses nothing: the window still carries every notice.
 */
export async function announceRecovery({ notices, settings, systemLanguage, notifier, desktop, log }: RecoveryAnnouncementDeps): Promise<number> {
  const language = notificationLanguage(settings.language, systemLanguage);
  const recoveries = notices.filter(isRecovery);
  for (const notice of recoveries) {
    const outcome = await notifier.notify({ id: `recovery:${notice.kind}`, ...texts[language](notice) }).catch((error: unknown) => {
      log.warn('could not announce a recovery on the desktop', error);
      return 'failed' as const;
    });
    if (outcome === 'clicked') desktop.showMain();
  }
  return recoveries.length;
}
