// What the browser shell says in the terminal, and the one line a refused browser sees, in German and English.
import type { Language } from '../../shared/model';

const catalogs = {
  de: {
    serving: 'Plausch läuft im Browser. Diese Adresse öffnet es (nur auf diesem Rechner, nur bis Plausch beendet wird):',
    opened: 'Ein Browserfenster mit Plausch wurde geöffnet.',
    openFailed: 'Es ließ sich kein Browser öffnen ({reason}). Öffnen Sie die Adresse oben bitte selbst.',
    noDisplay: 'Kein Bildschirm gefunden. Öffnen Sie die Adresse oben in einem Browser.',
    howToQuit: 'Beenden mit Strg+C.',
    alreadyRunning: 'Plausch läuft bereits. Es wird dort geöffnet:',
    lockedByOther: 'Die Daten in {dataDir} werden gerade von einem anderen Plausch verwendet, etwa der Desktop-App. Beenden Sie es und starten Sie erneut.',
    newerSchema: 'Die Daten in {dataDir} stammen von einer neueren Plausch-Version. Bitte installieren Sie die aktuelle Version; Ihre Daten bleiben unverändert.',
    linkedFile:
      '{file} ist ein symbolischer Link auf eine andere Datei. Plausch öffnet seine Daten nicht über Links, damit keine fremde Datei gelesen oder überschrieben wird. Ersetzen Sie den Link durch die Datei selbst oder entfernen Sie ihn, und starten Sie Plausch erneut. Nichts wurde geändert.',
    recoveryNeedsConsent:
      'Die Daten in {dataDir} sind beschädigt. Die neueste lesbare Sicherung ist vom {date}; neuere Sicherungen, die mehr enthalten könnten, lassen sich nicht lesen ({unreadable}). Nichts wurde geändert. Um die Sicherung vom {date} wiederherzustellen, starten Sie Plausch mit „npm start -- --restore-backup“; Einträge nach diesem Tag können dann fehlen, die beschädigten Dateien werden beiseitegelegt.',
    recoveryNeedsConsentEmpty:
      'Die Daten in {dataDir} sind beschädigt, und keine Sicherung lässt sich lesen ({unreadable}). Nichts wurde geändert. Um mit einem leeren Journal zu beginnen, starten Sie Plausch mit „npm start -- --restore-backup“; die beschädigten Dateien werden beiseitegelegt.',
    startFailed: 'Plausch kann nicht starten: {message}',
    quitting: 'Plausch wird beendet …',
    quit: 'Plausch ist beendet; alles ist gespeichert.',
    unknownOption: 'Unbekannte Option: {option}. Möglich sind --no-open, --data ORDNER und --restore-backup.',
    refusedPage: 'Diese Adresse gehört zu Plausch. Bitte öffnen Sie Plausch über die Adresse, die beim Start im Terminal angezeigt wurde.',
  },
  en: {
    serving: 'Plausch is running in the browser. This address opens it (on this computer only, until Plausch is quit):',
    opened: 'A browser window with Plausch has been opened.',
    openFailed: 'No browser could be opened ({reason}). Please open the address above yourself.',
    noDisplay: 'No display found. Open the address above in a browser.',
    howToQuit: 'Press Ctrl+C to quit.',
    alreadyRunning: 'Plausch is already running. Opening it there:',
    lockedByOther: 'The data in {dataDir} is in use by another Plausch, such as the desktop app. Quit it and start again.',
    newerSchema: 'The data in {dataDir} was written by a newer version of Plausch. Please install the current version; your data has not been changed.',
    linkedFile:
      '{file} is a symbolic link to another file. Plausch does not open its data through links, so that no other file is read or overwritten. Replace the link with the file itself, or remove it, and start Plausch again. Nothing was changed.',
    recoveryNeedsConsent:
      'The data in {dataDir} is damaged. The newest backup that can be read is from {date}; newer backups that might hold more cannot be read ({unreadable}). Nothing was changed. To restore the backup from {date}, start Plausch with "npm start -- --restore-backup"; entries made after that day may then be missing, and the damaged files are set aside.',
    recoveryNeedsConsentEmpty:
      'The data in {dataDir} is damaged, and no backup can be read ({unreadable}). Nothing was changed. To start with an empty journal, start Plausch with "npm start -- --restore-backup"; the damaged files are set aside.',
    startFailed: 'Plausch cannot start: {message}',
    quitting: 'Quitting Plausch…',
    quit: 'Plausch has quit; everything is saved.',
    unknownOption: 'Unknown option: {option}. Possible are --no-open, --data FOLDER and --restore-backup.',
    refusedPage: 'This address belongs to Plausch. Please open Plausch with the address shown in the terminal when it started.',
  },
} satisfies Record<Language, Record<string, string>>;

export type WebMessageKey = keyof (typeof catalogs)['de'];

export function say(language: Language, key: WebMessageKey, values: Record<string, string> = {}): string {
  return catalogs[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
