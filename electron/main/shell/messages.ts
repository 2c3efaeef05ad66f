// The few strings the main process shows itself (tray menu, start-up failures); the window has its own catalogs.
import type { Language } from '../../../shared/model';

const catalogs = {
  de: {
    trayOpen: 'Plausch öffnen',
    trayQuit: 'Beenden',
    startFailedTitle: 'Plausch kann nicht starten',
    newerSchema:
      'Die Daten in {dataDir} stammen von einer neueren Plausch-Version. Bitte installieren Sie die aktuelle Version; ' +
      'Ihre Daten bleiben unverändert.',
    locked:
      'Die Daten in {dataDir} werden gerade von einem anderen Plausch-Prozess verwendet. Beenden Sie ihn und starten ' +
      'Sie Plausch erneut.',
    unexpected: 'Beim Öffnen der Daten in {dataDir} ist ein Fehler aufgetreten:\n{message}',
  },
  en: {
    trayOpen: 'Open Plausch',
    trayQuit: 'Quit',
    startFailedTitle: 'Plausch cannot start',
    newerSchema:
      'The data in {dataDir} was written by a newer version of Plausch. Please install the current version; ' +
      'your data has not been changed.',
    locked: 'The data in {dataDir} is in use by another Plausch process. Quit it and start Plausch again.',
    unexpected: 'Something went wrong while opening the data in {dataDir}:\n{message}',
  },
} satisfies Record<Language, Record<string, string>>;

export type MessageKey = keyof (typeof catalogs)['de'];

/** German for any German locale (`de`, `de-AT`, `de_CH`), English for everything else. */
export function languageFor(locale: string): Language {
  return /^de([-_]|$)/i.test(locale) ? 'de' : 'en';
}

export function message(language: Language, key: MessageKey, values: Record<string, string> = {}): string {
  return catalogs[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
