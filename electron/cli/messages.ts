// What the command line says, in German or English (LANG decides). One line per error, never a stack trace.
import type { DiskProblem, PlauschErrorData } from '../../shared/errors';
import type { EventKind, InteractionType } from '../../shared/model';
import { leftOutWords } from './problems';
import { printable } from './terminal-text';

export type Lang = 'de' | 'en';
type Text = Record<Lang, (v: Record<string, string | number>) => string>;

const t = (de: Text['de'], en: Text['en']): Text => ({ de, en });

/** One indented line per count that is not zero, in the order given (what forgetting a person removes). */
function countLines(values: Record<string, string | number>, words: Record<string, (count: number) => string>): string {
  const lines = Object.entries(words).flatMap(([key, word]) => {
    const count = Number(values[key] ?? 0);
    return count > 0 ? [`  – ${word(count)}`] : [];
  });
  return lines.join('\n');
}

export const messages = {
  usage: t(
    () =>
      'Aufruf: plausch <Befehl> [--data ORDNER]\n  list [--json] | search TEXT [--json] | today [--date JJJJ-MM-TT] [--json]\n  ask "ANLIEGEN" [--json]  (wer kann helfen?)\n  log NAME ART [NOTIZ] | import DATEI [--yes] | export --format json|csv|vcard|vcard3|ics --out DATEI\n  export --person NAME --format json|html --out DATEI  (Auskunft: alles, was über eine Person gespeichert ist)\n  forget NAME [--yes]  (eine Person vergessen: überall gelöscht, auch in den Sicherungen)\n  calendar DATEI [--from JJJJ-MM-TT] [--to JJJJ-MM-TT] [--json] [--log]  (Termine und Vorschläge; --log trägt sie ein)\n  backup | restore DATEI --yes | doctor\n  encrypt | decrypt  (Daten verschlüsseln oder wieder entschlüsseln; das Kennwort aus PLAUSCH_PASSPHRASE oder per Abfrage)',
    () =>
      'Usage: plausch <command> [--data DIR]\n  list [--json] | search QUERY [--json] | today [--date YYYY-MM-DD] [--json]\n  ask "NEED" [--json]  (who can help?)\n  log NAME TYPE [NOTE] | import FILE [--yes] | export --format json|csv|vcard|vcard3|ics --out FILE\n  export --person NAME --format json|html --out FILE  (data report: everything stored about one person)\n  forget NAME [--yes]  (forget a person: deleted everywhere, backups included)\n  calendar FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--log]  (meetings and suggestions; --log logs them)\n  backup | restore FILE --yes | doctor\n  encrypt | decrypt  (encrypt the data, or decrypt it again; the passphrase from PLAUSCH_PASSPHRASE or asked for)',
  ),
  unknownCommand: t((v) => `Unbekannter Befehl „${v['command']}“. „plausch help“ zeigt alle Befehle.`, (v) => `Unknown command "${v['command']}". "plausch help" lists the commands.`),
  missingArgument: t((v) => `Es fehlt: ${v['what']}.`, (v) => `Missing: ${v['what']}.`),
  badOption: t((v) => `Ungültiger Wert für ${v['option']}: „${v['value']}“.`, (v) => `Invalid value for ${v['option']}: "${v['value']}".`),
  locked: t(
    (v) => `Plausch läuft gerade (Prozess ${v['pid']}) und hält die Daten. Bitte beenden Sie die App, bevor Sie von der Kommandozeile aus etwas ändern. Lesen geht weiterhin.`,
    (v) => `Plausch is running (process ${v['pid']}) and holds the data. Quit the app before changing anything from the command line. Reading still works.`,
  ),
  newerSchema: t(
    (v) => `Die Daten in ${v['file']} stammen von einer neueren Plausch-Version. Bitte aktualisieren Sie Plausch.`,
    (v) => `The data in ${v['file']} was written by a newer Plausch. Please update Plausch.`,
  ),
  linkedFile: t(
    (v) => `${v['file']} ist ein symbolischer Link auf eine andere Datei. Plausch öffnet seine Daten nicht über Links, damit keine fremde Datei gelesen oder überschrieben wird. Ersetzen Sie den Link durch die Datei selbst oder entfernen Sie ihn. Nichts wurde geändert.`,
    (v) => `${v['file']} is a symbolic link to another file. Plausch does not open its data through links, so that no other file is read or overwritten. Replace the link with the file itself, or remove it. Nothing was changed.`,
  ),
  noContacts: t(() => 'Noch keine Kontakte.', () => 'No contacts yet.'),
  noHits: t(() => 'Nichts gefunden.', () => 'Nothing found.'),
  noHelpers: t(
    (v) => `Niemand in Ihren Kontakten passt zu „${v['need']}“. Tragen Sie bei Ihren Kontakten ein, wobei sie helfen können.`,
    (v) => `Nobody in your contacts fits "${v['need']}". Add to your contacts what they can help with.`,
  ),
  askReason: t((v) => `   – ${v['reason']}`, (v) => `   – ${v['reason']}`),
  contactNotFound: t((v) => `Kein Kontakt heißt „${v['name']}“.`, (v) => `No contact is called "${v['name']}".`),
  contactAmbiguous: t((v) => `Mehrere Kontakte passen zu „${v['name']}“: ${v['names']}. Bitte genauer.`, (v) => `Several contacts match "${v['name']}": ${v['names']}. Please be more precise.`),
  unknownType: t((v) => `Unbekannte Art „${v['type']}“. Möglich: ${v['types']}.`, (v) => `Unknown type "${v['type']}". Possible: ${v['types']}.`),
  logged: t((v) => `Eingetragen: ${v['type']} mit ${v['name']} am ${v['date']}.`, (v) => `Logged: ${v['type']} with ${v['name']} on ${v['date']}.`),
  fileUnreadable: t((v) => `Die Datei ${v['file']} lässt sich nicht lesen.`, (v) => `Cannot read the file ${v['file']}.`),
  personReportWritten: t(
    (v) => `Auskunft über ${v['name']} gespeichert: ${v['file']}`,
    (v) => `Data report on ${v['name']} saved: ${v['file']}`,
  ),
  forgetPreview: t((v) => `Wenn Sie ${v['name']} vergessen, wird gelöscht:`, (v) => `Forgetting ${v['name']} deletes:`),
  forgetCounts: t(
    (v) =>
      countLines(v, {
        contact: () => 'der Kontakt mit allen Angaben und Notizen',
        encountersRemoved: (n) => `${n} ${n === 1 ? 'Begegnung' : 'Begegnungen'} nur mit dieser Person`,
        favours: (n) => `${n} Gefallen`,
        gifts: (n) => `${n} ${n === 1 ? 'Geschenk' : 'Geschenke'}`,
        encountersKept: (n) => `aus ${n} gemeinsamen ${n === 1 ? 'Begegnung' : 'Begegnungen'} (sie ${n === 1 ? 'bleibt' : 'bleiben'} für die anderen)`,
        campaigns: (n) => `aus ${n} ${n === 1 ? 'Geschenkaktion' : 'Geschenkaktionen'}`,
        events: (n) => `aus ${n} ${n === 1 ? 'Veranstaltung' : 'Veranstaltungen'}`,
        groups: (n) => `aus ${n} ${n === 1 ? 'Netzwerkgruppe' : 'Netzwerkgruppen'}`,
        plans: (n) => `${n} ${n === 1 ? 'Einarbeitungsplan' : 'Einarbeitungspläne'}`,
        mentions: (n) => `bei ${n} ${n === 1 ? 'anderen Kontakt' : 'anderen Kontakten'} „vorgestellt von“`,
        photo: () => 'das Foto',
      }),
    (v) =>
      countLines(v, {
        contact: () => 'the contact with all details and notes',
        encountersRemoved: (n) => `${n} ${n === 1 ? 'encounter' : 'encounters'} with only this person`,
        favours: (n) => `${n} ${n === 1 ? 'favour' : 'favours'}`,
        gifts: (n) => `${n} ${n === 1 ? 'gift' : 'gifts'}`,
        encountersKept: (n) => `from ${n} shared ${n === 1 ? 'encounter' : 'encounters'} (kept for the others)`,
        campaigns: (n) => `from ${n} gift ${n === 1 ? 'campaign' : 'campaigns'}`,
        events: (n) => `from ${n} ${n === 1 ? 'event' : 'events'}`,
        groups: (n) => `from ${n} network ${n === 1 ? 'group' : 'groups'}`,
        plans: (n) => `${n} welcome ${n === 1 ? 'plan' : 'plans'}`,
        mentions: (n) => `"introduced by" on ${n} other ${n === 1 ? 'contact' : 'contacts'}`,
        photo: () => 'the photo',
      }),
  ),
  forgetNeedsYes: t(
    (v) => `Nichts wurde gelöscht. Mit --yes wird ${v['name']} endgültig vergessen, auch in den Sicherungen; das lässt sich nicht rückgängig machen.`,
    (v) => `Nothing was deleted. Add --yes to forget ${v['name']} for good, in the backups too; this cannot be undone.`,
  ),
  forgotten: t(
    (v) => `${v['name']} ist vergessen: aus Ihren Daten gelöscht und aus ${v['backups']} ${v['backups'] === 1 ? 'Sicherung' : 'Sicherungen'}. Gelöscht wurde:`,
    (v) => `${v['name']} is forgotten: deleted from your data and from ${v['backups']} ${v['backups'] === 1 ? 'backup' : 'backups'}. Deleted:`,
  ),
  forgetUnreadable: t(
    (v) => `Diese Dateien im Datenordner ließen sich nicht lesen und können die Person noch enthalten. Bitte löschen Sie sie selbst: ${v['files']}`,
    (v) => `These files in the data folder could not be read and may still hold the person. Please delete them yourself: ${v['files']}`,
  ),
  fileUnwritable: t((v) => `In die Datei ${v['file']} lässt sich nicht schreiben.`, (v) => `Cannot write to the file ${v['file']}.`),
  previewHeader: t(
    (v) => `${v['format']}: ${v['create']} neu, ${v['update']} aktualisiert, ${v['skip']} übersprungen, ${v['rejected']} nicht übernommen.`,
    (v) => `${v['format']}: ${v['create']} new, ${v['update']} updated, ${v['skip']} skipped, ${v['rejected']} left out.`,
  ),
  previewCreate: t((v) => `  + neu: ${v['name']}`, (v) => `  + new: ${v['name']}`),
  previewDetail: t((v) => `      ${v['line']}`, (v) => `      ${v['line']}`),
  previewUpdate: t((v) => `  ~ aktualisiert: ${v['name']} (${v['fields']})`, (v) => `  ~ update: ${v['name']} (${v['fields']})`),
  previewSkip: t((v) => `  = übersprungen: ${v['name']} (schon vorhanden)`, (v) => `  = skip: ${v['name']} (already there)`),
  previewProblem: t((v) => `  ! Eintrag ${v['record']}: ${v['code']}${v['field'] ? ` (${v['field']})` : ''}`, (v) => `  ! record ${v['record']}: ${v['code']}${v['field'] ? ` (${v['field']})` : ''}`),
  previewNothingWritten: t(() => 'Nichts wurde geschrieben. Mit --yes importieren.', () => 'Nothing was written. Add --yes to import.'),
  imported: t(
    (v) => `Importiert: ${v['created']} neu, ${v['updated']} aktualisiert, ${v['skipped']} übersprungen. Sicherung vorher: ${v['backup']}`,
    (v) => `Imported: ${v['created']} new, ${v['updated']} updated, ${v['skipped']} skipped. Backup taken before: ${v['backup']}`,
  ),
  importedNothingChanged: t(
    (v) => `Nichts zu ändern: ${v['skipped']} übersprungen, alles schon in Ihren Kontakten. Nichts wurde geschrieben, keine Sicherung angelegt.`,
    (v) => `Nothing to change: ${v['skipped']} skipped, all of it already in your contacts. Nothing was written, no backup taken.`,
  ),
  exported: t((v) => `Exportiert nach ${v['file']}.`, (v) => `Exported to ${v['file']}.`),
  backedUp: t((v) => `Sicherung geschrieben: ${v['file']}`, (v) => `Backup written: ${v['file']}`),
  restoreNeedsYes: t(
    (v) => `Das ersetzt das ganze Journal durch ${v['file']} (${v['contacts']} Kontakte, ${v['interactions']} Einträge). Mit --yes bestätigen.`,
    (v) => `This replaces the whole journal with ${v['file']} (${v['contacts']} contacts, ${v['interactions']} entries). Confirm with --yes.`,
  ),
  restored: t(
    (v) => `Wiederhergestellt: ${v['contacts']} Kontakte, ${v['interactions']} Einträge. Der Stand davor liegt in ${v['backup']}`,
    (v) => `Restored: ${v['contacts']} contacts, ${v['interactions']} entries. The state before is in ${v['backup']}`,
  ),
  addressesMovedToNotes: t(
    (v) => `${v['count']} E-Mail-Adresse(n) darin waren keine gültigen Adressen; sie stehen jetzt in den Notizen ihrer Kontakte.`,
    (v) => `${v['count']} e-mail address(es) in it were not valid addresses; they are now in their contacts' notes.`,
  ),
  todayHeader: t((v) => `Heute, ${v['date']}:`, (v) => `Today, ${v['date']}:`),
  todayNothing: t(() => 'Heute steht nichts an.', () => 'Nothing due today.'),
  todayOccasion: t((v) => `  ${v['date']}  ${v['kind']}: ${v['name']}`, (v) => `  ${v['date']}  ${v['kind']}: ${v['name']}`),
  todayFollowUp: t((v) => `  Nachfassen (${v['date']}): ${v['names']} – ${v['note']}`, (v) => `  Follow up (${v['date']}): ${v['names']} – ${v['note']}`),
  calendarHeader: t(
    (v) => `Kalender vom ${v['from']} bis ${v['to']}: ${v['count']} Termin(e).`,
    (v) => `Calendar from ${v['from']} to ${v['to']}: ${v['count']} meeting(s).`,
  ),
  calendarNothing: t(() => 'In diesen Tagen steht nichts im Kalender.', () => 'Nothing in the calendar on these days.'),
  calendarRow: t((v) => `${v['when']}  ${v['summary']}`, (v) => `${v['when']}  ${v['summary']}`),
  calendarAllDay: t(() => 'ganztägig', () => 'all day'),
  calendarNoSubject: t(() => '(ohne Betreff)', () => '(no subject)'),
  calendarContacts: t((v) => `   Kontakte: ${v['names']}`, (v) => `   Contacts: ${v['names']}`),
  calendarNewcomers: t((v) => `   Nicht im Journal: ${v['people']}`, (v) => `   Not in the journal: ${v['people']}`),
  calendarMoreNewcomers: t((v) => `und ${v['count']} weitere`, (v) => `and ${v['count']} more`),
  calendarSuggestion: t((v) => `   → ${v['what']}`, (v) => `   → ${v['what']}`),
  calendarTopic: t((v) => `Thema: ${v['topic']}`, (v) => `Topic: ${v['topic']}`),
  calendarEventOffer: t((v) => `   → Veranstaltung (${v['kind']}): ${v['title']}`, (v) => `   → Event (${v['kind']}): ${v['title']}`),
  calendarNobodyKnown: t(() => '   – kein Vorschlag: niemand aus Ihren Kontakten dabei', () => '   – no suggestion: nobody from your contacts in it'),
  calendarAlreadyLogged: t(() => '   – kein Vorschlag: schon eingetragen', () => '   – no suggestion: already logged'),
  calendarDismissed: t(() => '   – kein Vorschlag: von Ihnen verworfen', () => '   – no suggestion: you dismissed it'),
  calendarAllDayNoSuggestion: t(() => '   – kein Vorschlag: ganztägiger Termin', () => '   – no suggestion: an all-day entry'),
  calendarNoSuggestion: t(() => '   – kein Vorschlag', () => '   – no suggestion'),
  calendarSkipped: t(
    (v) => `${v['count']} Einträge ließen sich nicht lesen und fehlen oben.`,
    (v) => `${v['count']} entries could not be read and are missing above.`,
  ),
  calendarLogged: t(
    (v) => `Eingetragen: ${v['count']} Begegnung(en) aus dem Kalender.`,
    (v) => `Logged: ${v['count']} encounter(s) from the calendar.`,
  ),
  calendarLoggedNothing: t(
    () => 'Nichts einzutragen: Alle Vorschläge in diesen Tagen sind schon eingetragen oder verworfen.',
    () => 'Nothing to log: every suggestion on these days is already logged or dismissed.',
  ),
  calendarLaterNotLogged: t(
    (v) => `${v['count']} Termin(e) liegen noch in der Zukunft und wurden nicht eingetragen.`,
    (v) => `${v['count']} meeting(s) are still ahead and were not logged.`,
  ),
  calendarBadRange: t(
    (v) => `--from (${v['from']}) liegt nach --to (${v['to']}).`,
    (v) => `--from (${v['from']}) is after --to (${v['to']}).`,
  ),
  doctorOk: t((v) => `✓ ${v['what']}`, (v) => `✓ ${v['what']}`),
  doctorProblem: t((v) => `✗ ${v['what']}`, (v) => `✗ ${v['what']}`),
  doctorDataOk: t((v) => `Daten lesbar: ${v['contacts']} Kontakte, ${v['interactions']} Einträge (${v['file']})`, (v) => `Data readable: ${v['contacts']} contacts, ${v['interactions']} entries (${v['file']})`),
  doctorDataMissing: t((v) => `Keine Daten in ${v['dir']}`, (v) => `No data in ${v['dir']}`),
  doctorDataBroken: t((v) => `Die Datendatei ${v['file']} ist beschädigt (${v['state']}); beim nächsten Start stellt Plausch die neueste gute Sicherung her.`, (v) => `The data file ${v['file']} is damaged (${v['state']}); Plausch restores the newest good backup on its next start.`),
  doctorDataNewer: t((v) => `Die Datendatei ${v['file']} stammt von einer neueren Version.`, (v) => `The data file ${v['file']} was written by a newer version.`),
  doctorLogOk: t((v) => `Änderungsprotokoll in Ordnung (${v['entries']} offene Einträge)`, (v) => `Change log fine (${v['entries']} pending entries)`),
  doctorLogDamaged: t(() => 'Das Änderungsprotokoll ist beschädigt; beim nächsten Start wird es beiseitegelegt.', () => 'The change log is damaged; it is set aside on the next start.'),
  doctorBackupsOk: t((v) => `${v['count']} Sicherungen lesbar, die neueste vom ${v['newest']}`, (v) => `${v['count']} backups readable, the newest from ${v['newest']}`),
  doctorNoBackups: t(() => 'Keine Sicherung vorhanden.', () => 'No backup exists.'),
  doctorBadBackup: t((v) => `Sicherung unlesbar: ${v['name']}`, (v) => `Backup unreadable: ${v['name']}`),
  doctorRunning: t((v) => `Plausch läuft (Prozess ${v['pid']})`, (v) => `Plausch is running (process ${v['pid']})`),
  doctorDamagedAside: t(
    (v) => `Beiseitegelegte beschädigte Datei: ${v['name']} – Plausch hat sie ersetzt; sehen Sie nach, ob darin etwas fehlt, was Sie noch brauchen, und löschen Sie sie dann`,
    (v) => `Damaged file set aside: ${v['name']} – Plausch replaced it; check whether it holds anything you still need, then delete it`,
  ),
  unexpected: t((v) => `Unerwarteter Fehler: ${v['message']}`, (v) => `Unexpected error: ${v['message']}`),
  dataDamaged: t(
    (v) => `Die Daten in ${v['file']} sind beschädigt (${v['state']}). Lesen ginge nur mit einem unvollständigen Journal, deshalb zeigt Plausch nichts an. Der nächste Start der App oder ein ändernder Befehl (etwa „plausch backup“) legt die Datei beiseite und stellt die neueste gute Sicherung wieder her; „plausch doctor“ sagt mehr.`,
    (v) => `The data in ${v['file']} is damaged (${v['state']}). Reading it would show an incomplete journal, so Plausch shows nothing. The next start of the app, or a changing command (such as "plausch backup"), sets the file aside and restores the newest good backup; "plausch doctor" says more.`,
  ),
  recoveryNeedsConsent: t(
    (v) => `Die Daten in ${v['file']} sind beschädigt. Die neueste lesbare Sicherung ist vom ${v['date']} (${v['backupFile']}); Sicherungen, die mehr enthalten könnten, lassen sich nicht lesen: ${v['unreadable']}. Nichts wurde geändert. Mit --yes legt Plausch die beschädigten Dateien beiseite und stellt die Sicherung vom ${v['date']} wieder her; Einträge nach diesem Tag können dann fehlen.`,
    (v) => `The data in ${v['file']} is damaged. The newest backup that can be read is from ${v['date']} (${v['backupFile']}); backups that might hold more cannot be read: ${v['unreadable']}. Nothing was changed. With --yes, Plausch sets the damaged files aside and restores the backup from ${v['date']}; entries made after that day may then be missing.`,
  ),
  recoveryNeedsConsentEmpty: t(
    (v) => `Die Daten in ${v['file']} sind beschädigt, und keine Sicherung lässt sich lesen: ${v['unreadable']}. Nichts wurde geändert. Mit --yes legt Plausch die beschädigten Dateien beiseite und beginnt mit einem leeren Journal.`,
    (v) => `The data in ${v['file']} is damaged, and no backup can be read: ${v['unreadable']}. Nothing was changed. With --yes, Plausch sets the damaged files aside and starts with an empty journal.`,
  ),
  noticeRestored: t(
    (v) => `Achtung: Die Daten waren beschädigt. Plausch hat die Sicherung ${v['backupFile']}${v['date'] ? ` vom ${v['date']}` : ''} wiederhergestellt; was seitdem eingetragen war, fehlt womöglich. Die beschädigte Datei liegt hier: ${v['damagedFile']}`,
    (v) => `Warning: the data was damaged. Plausch restored the backup ${v['backupFile']}${v['date'] ? ` from ${v['date']}` : ''}; what was entered since may be missing. The damaged file was kept here: ${v['damagedFile']}`,
  ),
  noticeStartedEmpty: t(
    (v) => `Achtung: Die Daten waren beschädigt und keine Sicherung war lesbar. Plausch beginnt mit einem leeren Journal; die beschädigte Datei liegt hier: ${v['damagedFile']}`,
    (v) => `Warning: the data was damaged and no backup could be read. Plausch starts with an empty journal; the damaged file was kept here: ${v['damagedFile']}`,
  ),
  noticeMigrated: t(
    (v) => `Die Daten wurden für diese Version umgestellt (Format ${v['fromVersion']} → ${v['toVersion']}); eine Sicherung des alten Stands liegt hier: ${v['backupFile']}`,
    (v) => `The data was converted for this version (format ${v['fromVersion']} → ${v['toVersion']}); a backup of the previous state is here: ${v['backupFile']}`,
  ),
  noticeLogDamaged: t(
    (v) => `Achtung: Ein Teil des Änderungsprotokolls war unlesbar. Alles Lesbare wurde übernommen; prüfen Sie Ihre letzten Einträge. Die Datei liegt hier: ${v['damagedFile']}`,
    (v) => `Warning: part of the change log could not be read. Everything readable was kept; please check your latest entries. The file was kept here: ${v['damagedFile']}`,
  ),
  savedButTidyFailed: t(
    (v) => `Ihre Änderung ist gespeichert. Danach ließ sich das Journal nicht aufräumen oder sichern (${v['problem']}); die Änderung liegt sicher im Änderungsprotokoll und wird beim nächsten Öffnen übernommen.`,
    (v) => `Your change is saved. Afterwards the journal could not be tidied up or backed up (${v['problem']}); the change is safe in the change log and is taken in the next time the data is opened.`,
  ),
  noticeRecordsInvalid: t(
    (v) => `Achtung: Die Datendatei wurde außerhalb von Plausch verändert; ${v['count']} Einträge darin sind ungültig. Bis sie ersetzt sind, legt Plausch keine Sicherung an und schreibt die Datendatei nicht neu; neue Einträge werden trotzdem gespeichert. Stellen Sie eine Sicherung wieder her („plausch restore DATEI --yes“).`,
    (v) => `Warning: the data file was changed outside Plausch; ${v['count']} entries in it are invalid. Until they are replaced, Plausch makes no backup and does not rewrite the data file; new entries are still saved. Restore a backup ("plausch restore FILE --yes").`,
  ),
  diskFull: t(() => 'der Datenträger ist voll – schaffen Sie Platz', () => 'the disk is full – please free some space'),
  noPermission: t(
    (v) => `keine Berechtigung zum Schreiben in ${v['path']} – prüfen Sie die Rechte des Ordners`,
    (v) => `no permission to write in ${v['path']} – please check the folder's permissions`,
  ),
  readOnlyDisk: t(
    (v) => `${v['path']} liegt auf einem schreibgeschützten Datenträger`,
    (v) => `${v['path']} is on a read-only disk`,
  ),
  passphrasePrompt: t(() => 'Kennwort für die verschlüsselten Daten: ', () => 'Passphrase of the encrypted data: '),
  passphraseNewPrompt: t(() => 'Neues Kennwort (wird nicht angezeigt): ', () => 'New passphrase (not shown): '),
  passphraseRepeatPrompt: t(() => 'Kennwort noch einmal: ', () => 'The passphrase again: '),
  passphraseNeeded: t(
    () => 'Dafür braucht Plausch ein Kennwort: Geben Sie es in PLAUSCH_PASSPHRASE an, oder rufen Sie den Befehl in einem Terminal auf, dann fragt Plausch danach. Nichts wurde geändert.',
    () => 'Plausch needs a passphrase for this: give it in PLAUSCH_PASSPHRASE, or run the command in a terminal and Plausch asks for it. Nothing was changed.',
  ),
  passphraseMismatch: t(
    () => 'Die beiden Kennwörter stimmen nicht überein. Nichts wurde geändert.',
    () => 'The two passphrases do not match. Nothing was changed.',
  ),
  encrypted: t(
    (v) => `Die Daten in ${v['dir']} sind jetzt verschlüsselt, Sicherungen und Fotos eingeschlossen. Ohne das Kennwort lassen sie sich nicht mehr öffnen – bewahren Sie es gut auf; verloren lässt es sich nicht wiederherstellen.`,
    (v) => `The data in ${v['dir']} is now encrypted, backups and photos included. Without the passphrase it can no longer be opened – keep it safe; a lost passphrase cannot be recovered.`,
  ),
  decrypted: t(
    (v) => `Die Daten in ${v['dir']} sind wieder unverschlüsselt gespeichert.`,
    (v) => `The data in ${v['dir']} is stored unencrypted again.`,
  ),
  notSavedDisk: t(
    (v) => `Nichts wurde geändert: ${v['problem']}.`,
    (v) => `Nothing was changed: ${v['problem']}.`,
  ),
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof messages;

const ERRORS: Record<string, Text> = {
  importTooLarge: t(
    (v) => `Die Datei ist zu groß (${v['size']} ${v['unit']}, höchstens ${v['limit']}).`,
    (v) => `The file is too large (${v['size']} ${v['unit']}, at most ${v['limit']}).`,
  ),
  importEmpty: t(() => 'Die Datei ist leer.', () => 'The file is empty.'),
  importUnreadable: t(() => 'Die Datei ist keine lesbare Textdatei.', () => 'The file is not a readable text file.'),
  importUnknownFormat: t((v) => `Unbekanntes Dateiformat. Erwartet: ${v['expected']}.`, (v) => `Unknown file format. Expected: ${v['expected']}.`),
  importUnknownLayout: t(
    (v) => `Unbekannte CSV-Spalten. Erwartet wird mindestens eine von: ${v['expected']}. Gefunden: ${v['found']}.`,
    (v) => `Unknown CSV columns. Expected at least one of: ${v['expected']}. Found: ${v['found']}.`,
  ),
  importNothingToImport: t(
    (v) => `Aus dieser Datei lässt sich kein Kontakt übernehmen${v['leftOut'] ? ` – nicht übernommen: ${v['leftOut']}` : ', sie enthält keine Einträge'}. Nichts wurde geändert.`,
    (v) => `No contact in this file can be imported${v['leftOut'] ? ` – left out: ${v['leftOut']}` : '; it holds no records'}. Nothing was changed.`,
  ),
  backupUnreadable: t((v) => `${v['file']} ist keine lesbare Plausch-Sicherung. Nichts wurde geändert.`, (v) => `${v['file']} is not a readable Plausch backup. Nothing was changed.`),
  storageFailed: t(
    (v) => `Schreiben auf die Festplatte ist fehlgeschlagen${v['problem'] ? ` (${v['problem']})` : ''}. Nichts wurde geändert.`,
    (v) => `Writing to disk failed${v['problem'] ? ` (${v['problem']})` : ''}. Nothing was changed.`,
  ),
  recordsInvalid: t(
    (v) => `Die Datendatei wurde außerhalb von Plausch verändert; ${v['count']} Einträge darin sind ungültig. Eine Sicherung davon legt Plausch nicht an. Stellen Sie eine Sicherung wieder her („plausch restore DATEI --yes“).`,
    (v) => `The data file was changed outside Plausch; ${v['count']} entries in it are invalid. Plausch makes no backup of it. Restore a backup ("plausch restore FILE --yes").`,
  ),
  calendarUnreadable: t(
    (v) => `${v['file']} ist kein Kalender, den Plausch lesen kann. Es wurde nichts übernommen.`,
    (v) => `${v['file']} is not a calendar Plausch can read. Nothing was taken over.`,
  ),
  calendarNotFound: t(
    (v) => `Die Kalender-Datei ${v['file']} ist nicht da, oder Plausch darf sie nicht lesen.`,
    (v) => `The calendar file ${v['file']} is not there, or Plausch may not read it.`,
  ),
  calendarTooLarge: t(
    (v) => `Die Kalender-Datei ${v['file']} ist zu groß (${v['size']} Bytes, höchstens ${v['limit']}). Es wurde nichts übernommen.`,
    (v) => `The calendar file ${v['file']} is too large (${v['size']} bytes, at most ${v['limit']}). Nothing was taken over.`,
  ),
  notFound: t((v) => `Nicht gefunden: ${v['id']}`, (v) => `Not found: ${v['id']}`),
  invalidInput: t((v) => `Ungültige Eingabe: ${v['issues']}`, (v) => `Invalid input: ${v['issues']}`),
  journalLocked: t(
    () => 'Die Daten sind verschlüsselt. Geben Sie das Kennwort in PLAUSCH_PASSPHRASE an, oder rufen Sie den Befehl in einem Terminal auf, dann fragt Plausch danach. Nichts wurde gelesen oder geändert.',
    () => 'The data is encrypted. Give the passphrase in PLAUSCH_PASSPHRASE, or run the command in a terminal and Plausch asks for it. Nothing was read or changed.',
  ),
  wrongPassphrase: t(
    () => 'Das Kennwort ist falsch. Nichts wurde gelesen oder geändert.',
    () => 'The passphrase is wrong. Nothing was read or changed.',
  ),
  passphraseTooShort: t(
    (v) => `Das Kennwort ist zu kurz: Es braucht mindestens ${v['minLength']} Zeichen. Nichts wurde geändert.`,
    (v) => `The passphrase is too short: it needs at least ${v['minLength']} characters. Nothing was changed.`,
  ),
  encryptionUnchanged: t(
    (v) => (v['on'] === 'yes' ? 'Die Daten sind bereits verschlüsselt. Nichts wurde geändert.' : 'Die Daten sind nicht verschlüsselt. Nichts wurde geändert.'),
    (v) => (v['on'] === 'yes' ? 'The data is already encrypted. Nothing was changed.' : 'The data is not encrypted. Nothing was changed.'),
  ),
  passphraseResetUnavailable: t(
    () => 'Ein neues Kennwort ohne das alte lässt sich nur in der Desktop-App festlegen, deren Schlüsselbund die Daten öffnet (Einstellungen › Datenschutz). Nichts wurde geändert.',
    () => 'A new passphrase without the old one can only be set in the desktop app whose keychain opens the data (Settings › Privacy). Nothing was changed.',
  ),
};

/** The kinds of encounter as the window names them (journal.json `types`). */
const TYPE_WORDS: Record<InteractionType, Record<Lang, string>> = {
  smallTalk: { de: 'Small Talk', en: 'Small talk' },
  coffee: { de: 'Kaffee', en: 'Coffee' },
  lunch: { de: 'Mittagessen', en: 'Lunch' },
  call: { de: 'Telefonat', en: 'Call' },
  meeting: { de: 'Besprechung', en: 'Meeting' },
  message: { de: 'Nachricht', en: 'Message' },
  favourGiven: { de: 'Gefallen getan', en: 'Favour given' },
  favourReceived: { de: 'Gefallen erhalten', en: 'Favour received' },
  gift: { de: 'Geschenk', en: 'Gift' },
  event: { de: 'Veranstaltung', en: 'Event' },
};

/** The kinds of event as the window names them (events.json `kinds`). */
const EVENT_KIND_WORDS: Record<EventKind, Record<Lang, string>> = {
  conference: { de: 'Konferenz oder Messe', en: 'Conference or trade fair' },
  internalEvent: { de: 'Interne Veranstaltung', en: 'Internal event' },
  christmasParty: { de: 'Weihnachtsfeier', en: 'Christmas party' },
  stammtisch: { de: 'Assistenz-Stammtisch', en: "Assistants' get-together" },
  externalMeeting: { de: 'Externer Termin', en: 'External meeting' },
  newColleagueWelcome: { de: 'Begrüßung einer neuen Kollegin oder eines neuen Kollegen', en: 'Welcoming a new colleague' },
  other: { de: 'Sonstiges', en: 'Other' },
  organisedEvent: { de: 'Eigene Veranstaltung', en: 'Your own event' },
  farewell: { de: 'Abschied', en: 'Farewell' },
};

export function interactionTypeWord(lang: Lang, type: InteractionType): string {
  return TYPE_WORDS[type][lang];
}

export function eventKindWord(lang: Lang, kind: EventKind): string {
  return EVENT_KIND_WORDS[kind][lang];
}

export function languageFromEnv(env: NodeJS.ProcessEnv): Lang {
  const lang = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return lang.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Names, notes and file names in `values` may hold control characters; they are shown, not sent to the terminal. */
function printableValues(values: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? printable(value) : value]));
}

export function say(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[key][lang](printableValues(values));
}

/** A disk problem in plain words; `path` is where it happened, when known. */
export function diskProblemWords(lang: Lang, problem: DiskProblem, path: string): string {
  if (problem === 'diskFull') return say(lang, 'diskFull');
  return say(lang, problem === 'noPermission' ? 'noPermission' : 'readOnlyDisk', { path: path || (lang === 'de' ? 'den Datenordner' : 'the data folder') });
}

export function explainError(lang: Lang, error: PlauschErrorData): string {
  const details = error.details ?? {};
  const values: Record<string, string | number> = {
    size: details.size ?? '',
    limit: details.limit ?? '',
    unit: details.unit ?? '',
    expected: (details.expected ?? []).join(', '),
    found: (details.found ?? []).join(', '),
    file: details.file ?? '',
    id: details.id ?? '',
    issues: (details.issues ?? []).map((issue) => `${issue.path}: ${issue.message}`).join('; '),
    count: details.count ?? '',
    problem: details.problem ? diskProblemWords(lang, details.problem, details.file ?? '') : '',
    minLength: details.minLength ?? '',
    on: details.on ? 'yes' : 'no',
    leftOut: (details.leftOut ?? []).map(({ code, records }) => leftOutWords[lang][code](records)).join(', '),
  };
  return ERRORS[error.code]?.[lang](printableValues(values)) ?? say(lang, 'unexpected', { message: error.code });
}
