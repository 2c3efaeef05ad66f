// The few strings the main process shows itself (tray, start-up failures, the autostart entry); the window has its
// own catalogs.
import type { Language } from '../../../shared/model';

const catalogs = {
  de: {
    trayOpen: 'Plausch öffnen',
    trayQuit: 'Beenden',
    trayTooltipDue: 'Plausch – {count} fällig',
    trayToday: 'Heute …',
    trayTodayDue: 'Heute … ({count} fällig)',
    trayBirthday: 'Geburtstag: {name}',
    trayFamilyBirthday: 'Geburtstag: {detail} ({name})',
    trayAnniversary: 'Jubiläum: {name}',
    traySchoolStart: 'Einschulung: {detail} ({name})',
    trayFollowUp: 'Nachfassen: {name}',
    trayMore: '… und {count} weitere',
    trayEventMode: 'Veranstaltungsmodus: {title}',
    trayPrep: 'Gespräch vorbereiten: {name}',
    trayPrepAt: 'Gespräch vorbereiten: {name} · {time}',
    trayQuickLog: 'Begegnung notieren …',
    trayAskHelp: 'Wer kann helfen? …',
    trayPause: 'Erinnerungen pausieren',
    trayPausedUntil: 'Erinnerungen pausiert bis {time}',
    trayPauseHour: 'Für 1 Stunde',
    trayPauseUntilTomorrow: 'Bis morgen',
    trayResume: 'Fortsetzen',
    trayStartAtLogin: 'Bei der Anmeldung starten',
    autostartComment: 'Kontakt-Journal und Netzwerk-Coach im System-Tray',
    startFailedTitle: 'Plausch kann nicht starten',
    newerSchema:
      'Die Daten in {dataDir} stammen von einer neueren Plausch-Version. Bitte installieren Sie die aktuelle Version; ' +
      'Ihre Daten bleiben unverändert.',
    locked:
      'Die Daten in {dataDir} werden gerade von einem anderen Plausch-Prozess verwendet. Beenden Sie ihn und starten ' +
      'Sie Plausch erneut.',
    linkedFile:
      '{file} ist ein symbolischer Link auf eine andere Datei. Plausch öffnet seine Daten nicht über Links, damit keine ' +
      'fremde Datei gelesen oder überschrieben wird. Ersetzen Sie den Link durch die Datei selbst oder entfernen Sie ' +
      'ihn, und starten Sie Plausch erneut. Nichts wurde geändert.',
    unexpected: 'Beim Öffnen der Daten in {dataDir} ist ein Fehler aufgetreten:\n{message}',
    recoveryTitle: 'Plausch – Daten beschädigt',
    recoveryQuestion: 'Die Daten von Plausch sind beschädigt. Aus der Sicherung vom {date} wiederherstellen?',
    recoveryQuestionEmpty: 'Die Daten von Plausch sind beschädigt, und keine Sicherung lässt sich lesen. Mit einem leeren Journal beginnen?',
    recoveryDetail:
      'Neuere Sicherungen, die mehr enthalten könnten, lassen sich nicht lesen:\n{unreadable}\n\nWenn Sie wiederherstellen, ' +
      'können Einträge nach dem {date} fehlen. Die beschädigten Dateien werden beiseitegelegt, nicht gelöscht. Beenden ändert nichts.',
    recoveryDetailEmpty:
      'Diese Sicherungen lassen sich nicht lesen:\n{unreadable}\n\nDie beschädigten Dateien werden beiseitegelegt, nicht gelöscht. ' +
      'Beenden ändert nichts.',
    recoveryRestore: 'Sicherung vom {date} wiederherstellen',
    recoveryStartEmpty: 'Leer beginnen',
    recoveryQuit: 'Beenden',
  },
  en: {
    trayOpen: 'Open Plausch',
    trayQuit: 'Quit',
    trayTooltipDue: 'Plausch – {count} due',
    trayToday: 'Today…',
    trayTodayDue: 'Today… ({count} due)',
    trayBirthday: 'Birthday: {name}',
    trayFamilyBirthday: 'Birthday: {detail} ({name})',
    trayAnniversary: 'Anniversary: {name}',
    traySchoolStart: 'First day at school: {detail} ({name})',
    trayFollowUp: 'Follow up: {name}',
    trayMore: '… and {count} more',
    trayEventMode: 'Event mode: {title}',
    trayPrep: 'Prepare the conversation: {name}',
    trayPrepAt: 'Prepare the conversation: {name} · {time}',
    trayQuickLog: 'Log encounter…',
    trayAskHelp: 'Who can help?…',
    trayPause: 'Pause reminders',
    trayPausedUntil: 'Reminders paused until {time}',
    trayPauseHour: 'For 1 hour',
    trayPauseUntilTomorrow: 'Until tomorrow',
    trayResume: 'Resume',
    trayStartAtLogin: 'Start at login',
    autostartComment: 'Contact journal and networking coach in the system tray',
    startFailedTitle: 'Plausch cannot start',
    newerSchema:
      'The data in {dataDir} was written by a newer version of Plausch. Please install the current version; ' +
      'your data has not been changed.',
    locked: 'The data in {dataDir} is in use by another Plausch process. Quit it and start Plausch again.',
    linkedFile:
      '{file} is a symbolic link to another file. Plausch does not open its data through links, so that no other ' +
      'file is read or overwritten. Replace the link with the file itself, or remove it, and start Plausch again. ' +
      'Nothing was changed.',
    unexpected: 'Something went wrong while opening the data in {dataDir}:\n{message}',
    recoveryTitle: 'Plausch – data damaged',
    recoveryQuestion: 'The data of Plausch is damaged. Restore the backup from {date}?',
    recoveryQuestionEmpty: 'The data of Plausch is damaged, and no backup can be read. Start with an empty journal?',
    recoveryDetail:
      'Newer backups that might hold more cannot be read:\n{unreadable}\n\nIf you restore, entries made after {date} may be ' +
      'missing. The damaged files are set aside, not deleted. Quitting changes nothing.',
    recoveryDetailEmpty: 'These backups cannot be read:\n{unreadable}\n\nThe damaged files are set aside, not deleted. Quitting changes nothing.',
    recoveryRestore: 'Restore the backup from {date}',
    recoveryStartEmpty: 'Start empty',
    recoveryQuit: 'Quit',
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
