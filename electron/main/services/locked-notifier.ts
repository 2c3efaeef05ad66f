// While the app is locked a notification must not tell a passer-by whose birthday it is or what a note says: it only
// says that something waits. The words are our own, so nothing from the journal reaches the screen.
import type { Language, Settings } from '../../../shared/model';
import type { Notifier } from './notifier';
import { notificationLanguage, type NotificationText } from './reminders/catalog';

const lockedTexts: Record<Language, NotificationText> = {
  de: { title: 'Plausch: Eine Erinnerung wartet', body: 'Bitte entsperren Sie Plausch, um sie zu sehen.' },
  en: { title: 'Plausch: a reminder is waiting', body: 'Please unlock Plausch to see it.' },
};

export interface LockedNotifierDeps {
  notifier: Notifier;
  isLocked(): boolean;
  settings(): Pick<Settings, 'language'>;
  systemLanguage: string;
}

export function redactWhileLocked({ notifier, isLocked, settings, systemLanguage }: LockedNotifierDeps): Notifier {
  return {
    notify(notification) {
      if (!isLocked()) return notifier.notify(notification);
      const language = notificationLanguage(settings().language, systemLanguage);
      return notifier.notify({ id: notification.id, ...lockedTexts[language] });
    },
  };
}
