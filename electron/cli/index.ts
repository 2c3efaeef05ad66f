// The headless command line: the same services and data folder as the app, in plain Node. Reading commands read
// the files without the lock, so they work while the app runs; writing commands take the lock like the app does
// and refuse, with a clear message, while the app holds it.
import { open, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { addDays, longDate } from '../../shared/dates';
import { helpChannels } from '../../shared/help-contract';
import { helpReasonText } from '../../shared/help-reasons';
import { PlauschError } from '../../shared/errors';
import type { Notice } from '../../shared/views';
import { displayName, interactionInputSchema, interactionTypes, type InteractionType } from '../../shared/model';
import { MAX_IMPORT_BYTES, exportFormats, type ExportFormat } from '../../shared/transfer';
import { personReportFormats, type PersonReportFormat } from '../../shared/privacy-contract';
import type { Clock } from '../main/services/clock';
import { systemClock, fixedClock } from '../main/services/clock';
import { createServices, type Services } from '../main/services';
import type { Notifier } from '../main/services/notifier';
import { fold } from '../main/services/search-text';
import type { TransferService } from '../main/services/transfer';
import { openBackupText, readBackupDocument } from '../main/services/transfer/backups';
import { openStore, StoreError, type ScryptParams } from '../main/store';
import { folderCodec } from '../main/store/encryption/key-file';
import { chooseDataDir } from '../main/data-dir';
import { readCalendarFile, reviewLines, suggestionsToLog } from './calendar';
import { diskProblem } from './disk-problems';
import { EncryptionCommandFailure, decryptFolder, encryptFolder, unlockFor } from './encryption';
import { runDoctor } from './doctor';
import { explainError, languageFromEnv, say, type Lang, type MessageKey } from './messages';
import { forgetCommand } from './forget';
import { foundDetailLines } from './found-details';
import { problemWords } from './problems';
import { printable, printableJson } from './terminal-text';
import { readJournal } from '../main/store/read-only';
import type { JournalStore } from '../main/store/types';
import { silentLogger } from '../main/store/types';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  clock?: Clock;
  /** The user's time zone (IANA) for calendar times; the system's unless given (tests fix it). */
  timeZone?: string;
  /** Asks for the passphrase of an encrypted folder without echo; given only when running in a terminal. */
  askPassphrase?(prompt: string): Promise<string>;
  /** The cost of deriving a key from a new passphrase (`encrypt`); tests pass a cheap one. */
  keyDerivation?: ScryptParams;
}

/** `passphrase`: the data folder is encrypted, and no passphrase, or a wrong one, was given. */
export const EXIT = { ok: 0, failed: 1, usage: 2, locked: 3, passphrase: 4 } as const;

/** A failure the command line reports as one line with its own exit status. */
class CliFailure extends Error {
  constructor(
    readonly key: MessageKey,
    readonly values: Record<string, string | number> = {},
    readonly exitCode: number = EXIT.failed,
  ) {
    super(key);
  }
}

interface Parsed {
  command: string;
  positionals: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--data', '--date', '--format', '--out', '--from', '--to', '--person']);

function parseArgs(argv: readonly string[]): Parsed {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (VALUE_FLAGS.has(arg)) {
      const value = argv[index + 1];
      if (value === undefined) throw new CliFailure('missingArgument', { what: arg }, EXIT.usage);
      flags.set(arg, value);
      index += 1;
    } else if (arg.startsWith('--')) {
      flags.set(arg, true);
    } else {
      positionals.push(arg);
    }
  }
  const [command = 'help', ...rest] = positionals;
  return { command, positionals: rest, flags };
}

function dataDirOf(parsed: Parsed, io: CliIo): string {
  const flag = parsed.flags.get('--data');
  return chooseDataDir(typeof flag === 'string' ? flag : undefined, io.env, io.platform ?? process.platform);
}

const TYPE_WORDS: Record<string, InteractionType> = {
  kaffee: 'coffee',
  mittagessen: 'lunch',
  mittag: 'lunch',
  anruf: 'call',
  telefonat: 'call',
  treffen: 'meeting',
  besprechung: 'meeting',
  nachricht: 'message',
  geschenk: 'gift',
  veranstaltung: 'event',
  gefallen: 'favourGiven',
  'gefallen-gegeben': 'favourGiven',
  'gefallen-erhalten': 'favourReceived',
  'small-talk': 'smallTalk',
};

function interactionTypeOf(word: string): InteractionType | undefined {
  const lower = word.toLowerCase();
  return interactionTypes.find((type) => type.toLowerCase() === lower) ?? TYPE_WORDS[lower];
}

async function readImportFile(file: string): Promise<Uint8Array> {
  const size = await stat(file).then(
    (info) => info.size,
    () => {
      throw new CliFailure('fileUnreadable', { file });
    },
  );
  // Checked before reading, so a huge file is refused without being loaded.
  if (size > MAX_IMPORT_BYTES) throw new PlauschError('importTooLarge', { limit: MAX_IMPORT_BYTES, size, unit: 'bytes' });
  return readFile(file).catch(() => {
    throw new CliFailure('fileUnreadable', { file });
  });
}

/**
 * The export holds the whole network's personal details: private to the user (0600), like the data file, even where
 * an older file stood with a wider mode (a mode given to open applies only to a file it creates). A device such as
 * /dev/stdout keeps its own.
 */
async function writePrivately(target: string, content: string): Promise<void> {
  const handle = await open(target, 'w', 0o600);
  try {
    if ((await handle.stat()).isFile()) await handle.chmod(0o600);
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
}

/** The command line shows nothing on the desktop; reminders are the app's business. */
const quietNotifier: Notifier = { notify: async () => 'failed' };

function servicesOver(store: JournalStore, clock: Clock, dataDir: string, lang: string, timeZone?: string): Services {
  return createServices({
    store,
    clock,
    log: silentLogger,
    appInfo: { version: 'cli', dataDir, systemLanguage: lang },
    notifier: quietNotifier,
    ...(timeZone ? { timeZone } : {}),
  });
}

/** A `YYYY-MM-DD` option, checked as `today --date` checks its own; `fallback` when it is not given. */
function dateOption(parsed: Parsed, option: string, fallback: string): string {
  const value = parsed.flags.get(option);
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CliFailure('badOption', { option, value: String(value) }, EXIT.usage);
  }
  return value;
}

/** The parser's "not a calendar" names no file; the command line knows which one it was. */
function withFileNamed(error: unknown, file: string): unknown {
  if (error instanceof PlauschError && error.code === 'calendarUnreadable' && !error.details?.file) {
    return new PlauschError('calendarUnreadable', { ...error.details, file });
  }
  return error;
}

/** A notice of the store's open (a recovery, a migration) as one line for stderr; the browser's own has none. */
function noticeLine(lang: Lang, notice: Notice): string | undefined {
  switch (notice.kind) {
    case 'restoredFromBackup':
      return say(lang, 'noticeRestored', {
        backupFile: notice.backupFile,
        damagedFile: notice.damagedFile,
        date: notice.backupDate ? longDate(notice.backupDate, lang) : '',
      });
    case 'startedEmptyAfterDamage':
      return say(lang, 'noticeStartedEmpty', { damagedFile: notice.damagedFile });
    case 'migrated':
      return say(lang, 'noticeMigrated', { fromVersion: notice.fromVersion, toVersion: notice.toVersion, backupFile: notice.backupFile });
    case 'logDamaged':
      return say(lang, 'noticeLogDamaged', { damagedFile: notice.damagedFile });
    case 'recordsInvalid':
      return say(lang, 'noticeRecordsInvalid', { count: notice.count });
    // A failed backup or compaction is tried again at close, which says so itself (`savedButTidyFailed`).
    case 'storageProblem':
    case 'shellStopped':
      return undefined;
    default:
      // A new kind of notice must decide here whether the command line says it.
      return unreachable(notice);
  }
}

function unreachable(value: never): never {
  throw new Error(`unhandled notice ${JSON.stringify(value)}`);
}

/** Recovery would go back past backups that do not read: what would be restored, and what `--yes` then does. */
function consentFailure(lang: Lang, error: StoreError, dataDir: string): CliFailure {
  const { backupFile, backupDate, unreadableBackups = [] } = error.details;
  const values = { file: error.details.file ?? dataDir, unreadable: unreadableBackups.join(', ') };
  if (!backupFile) return new CliFailure('recoveryNeedsConsentEmpty', values);
  return new CliFailure('recoveryNeedsConsent', { ...values, backupFile, date: backupDate ? longDate(backupDate, lang) : backupFile });
}

/**
 * Opens the store for writing; the app's lock turns into the "app is running" message. What the open repaired is
 * said on stderr before anything else. A task whose writes were acknowledged counts as done even when the tidying up
 * at close (compaction, the daily backup) fails: that is a warning of its own, never a reported failure of the write.
 */
async function withWritableStore<T>(
  dataDir: string,
  clock: Clock,
  io: CliIo,
  lang: Lang,
  olderBackupAllowed: boolean,
  task: (store: JournalStore) => Promise<T>,
): Promise<T> {
  let store: JournalStore;
  try {
    const unlock = await unlockFor(dataDir, io, lang);
    store = await openStore({ dir: dataDir, clock, olderBackupAllowed, ...(unlock ? { unlock } : {}), ...(io.keyDerivation ? { keyDerivation: io.keyDerivation } : {}) });
  } catch (error) {
    if (error instanceof StoreError && error.code === 'locked') throw new CliFailure('locked', { pid: error.details.pid ?? '?' }, EXIT.locked);
    if (error instanceof StoreError && error.code === 'newerSchema') throw new CliFailure('newerSchema', { file: error.details.file ?? dataDir });
    if (error instanceof StoreError && error.code === 'recoveryNeedsConsent') throw consentFailure(lang, error, dataDir);
    throw error;
  }
  for (const line of store.notices.map((notice) => noticeLine(lang, notice))) if (line) io.err(line);
  let result: T;
  try {
    result = await task(store);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  try {
    await store.close();
  } catch (error) {
    const problem = diskProblem(lang, error, dataDir) ?? (error instanceof Error ? error.message : String(error));
    io.err(say(lang, 'savedButTidyFailed', { problem }));
  }
  return result;
}

/** `archivedToo`: a person's report, and forgetting them, is owed to archived contacts as much as to anyone else. */
function findContact(store: JournalStore, name: string, { archivedToo = false } = {}) {
  const wanted = fold(name.trim());
  const contacts = [...store.contacts.values()].filter((c) => archivedToo || !c.archived);
  const exact = contacts.filter((c) => fold(displayName(c)) === wanted);
  const matches = exact.length ? exact : contacts.filter((c) => fold(displayName(c)).includes(wanted));
  if (matches.length === 0) throw new CliFailure('contactNotFound', { name });
  if (matches.length > 1) throw new CliFailure('contactAmbiguous', { name, names: matches.slice(0, 5).map(displayName).join(', ') });
  return matches[0] as (typeof matches)[number];
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = languageFromEnv(io.env);
  const out = (key: MessageKey, values?: Record<string, string | number>) => io.out(say(lang, key, values));
  const json = (value: unknown) => io.out(printableJson(value));
  const line = (parts: (string | undefined)[]) => io.out(printable(parts.filter(Boolean).join(' · ')));
  try {
    const parsed = parseArgs(argv);
    const dataDir = dataDirOf(parsed, io);
    const clock = io.clock ?? systemClock;
    const wantsJson = parsed.flags.has('--json');
    const [first, second, third] = parsed.positionals;
    const need = (value: string | undefined, what: string): string => {
      if (value === undefined || value === '') throw new CliFailure('missingArgument', { what }, EXIT.usage);
      return value;
    };
    const reading = async () => {
      const journal = await readJournal(dataDir, clock, undefined, await unlockFor(dataDir, io, lang));
      if (journal.dataFile === 'newer') throw new CliFailure('newerSchema', { file: join(dataDir, 'plausch.json') });
      // A damaged main file reads as an empty journal with the log on top: shown, that would look like lost data.
      if (journal.dataFile === 'unparseable' || journal.dataFile === 'invalid') {
        throw new CliFailure('dataDamaged', { file: join(dataDir, 'plausch.json'), state: journal.dataFile });
      }
      return journal.store;
    };

    /** `export --person NAME`: everything stored about one person (GDPR access), as JSON or a printable page. Only reads. */
    const exportPersonReport = async (): Promise<number> => {
      const name = need(parsed.flags.get('--person') as string | undefined, '--person');
      const format = need(parsed.flags.get('--format') as string | undefined, '--format');
      if (!(personReportFormats as readonly string[]).includes(format)) throw new CliFailure('badOption', { option: '--format', value: format }, EXIT.usage);
      const target = need(parsed.flags.get('--out') as string | undefined, '--out');
      const store = await reading();
      const contact = findContact(store, name, { archivedToo: true });
      const file = servicesOver(store, clock, dataDir, lang).privacy.personReport({ contactId: contact.id, format: format as PersonReportFormat, language: lang });
      await writePrivately(target, file.content).catch(() => {
        throw new CliFailure('fileUnwritable', { file: target });
      });
      out('personReportWritten', { name: displayName(contact), file: resolve(target) });
      return EXIT.ok;
    };

    switch (parsed.command) {
      case 'help':
      case '--help':
        out('usage');
        return EXIT.ok;

      case 'list': {
        const contacts = servicesOver(await reading(), clock, dataDir, lang).contacts.list();
        if (wantsJson) json(contacts);
        else if (contacts.length === 0) out('noContacts');
        else for (const c of contacts) line([displayName(c), c.organisation, c.emails[0]]);
        return EXIT.ok;
      }

      case 'search': {
        const query = need([first, second, third].filter(Boolean).join(' ') || undefined, 'QUERY');
        const hits = servicesOver(await reading(), clock, dataDir, lang).search.query({ text: query, limit: 20 });
        if (wantsJson) json(hits);
        else if (hits.length === 0) out('noHits');
        else for (const hit of hits) line([hit.title, hit.subtitle, hit.match]);
        return EXIT.ok;
      }

      case 'ask': {
        const needText = need(parsed.positionals.join(' ').trim() || undefined, 'TEXT');
        // Checked as the window's request is, so a need too long for the window is refused here too.
        const payload = helpChannels['help:ask'].input.safeParse({ text: needText, limit: 10 });
        if (!payload.success) throw new CliFailure('badOption', { option: 'TEXT', value: `${needText.slice(0, 40)}…` }, EXIT.usage);
        const answer = servicesOver(await reading(), clock, dataDir, lang).help.ask(payload.data);
        if (wantsJson) json(answer);
        else if (answer.people.length === 0) out('noHelpers', { need: answer.need });
        else {
          const today = clock.today();
          answer.people.forEach((person, at) => {
            line([`${at + 1}. ${person.name}`, person.role, person.organisation]);
            for (const reason of person.reasons) out('askReason', { reason: helpReasonText(reason, lang, person, today) });
          });
        }
        return EXIT.ok;
      }

      case 'today': {
        const date = parsed.flags.get('--date');
        if (date !== undefined && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) {
          throw new CliFailure('badOption', { option: '--date', value: String(date) }, EXIT.usage);
        }
        // Noon in Berlin is the same calendar day in every European time zone the app is used in.
        const dayClock = typeof date === 'string' ? fixedClock(`${date}T12:00:00+02:00`) : clock;
        const view = servicesOver(await reading(), dayClock, dataDir, lang).today.today();
        if (wantsJson) {
          json(view);
          return EXIT.ok;
        }
        out('todayHeader', { date: view.date });
        const occasions = [...view.birthdays, ...view.anniversaries, ...view.schoolStarts];
        for (const o of occasions) out('todayOccasion', { date: o.date, kind: o.kind, name: o.name });
        for (const f of view.followUps) {
          out('todayFollowUp', { date: f.interaction.followUpOn ?? '', names: Object.values(f.names).join(', '), note: f.interaction.note });
        }
        if (occasions.length === 0 && view.followUps.length === 0) out('todayNothing');
        return EXIT.ok;
      }

      case 'log': {
        const name = need(first, 'NAME');
        const typeWord = need(second, 'TYPE');
        const type = interactionTypeOf(typeWord);
        if (!type) throw new CliFailure('unknownType', { type: typeWord, types: interactionTypes.join(', ') }, EXIT.usage);
        return await withWritableStore(dataDir, clock, io, lang, parsed.flags.has('--yes'), async (store) => {
          const contact = findContact(store, name);
          const saved = await servicesOver(store, clock, dataDir, lang).interactions.create(
            interactionInputSchema.parse({ contactIds: [contact.id], type, date: clock.today(), note: third ?? '' }),
          );
          out('logged', { type, name: displayName(contact), date: saved.date });
          return EXIT.ok;
        });
      }

      case 'import': {
        const file = need(first, 'FILE');
        const bytes = await readImportFile(file);
        const printPreview = async (transfer: TransferService) => {
          const preview = await transfer.preview(bytes, file);
          out('previewHeader', { format: preview.format, ...preview.counts });
          for (const item of preview.items) {
            const name = displayName({ firstName: item.contact.firstName ?? '', lastName: item.contact.lastName ?? '' });
            if (item.action === 'create') out('previewCreate', { name });
            else if (item.action === 'update') out('previewUpdate', { name, fields: item.duplicate?.changedFields.join(', ') ?? '' });
            else out('previewSkip', { name });
            for (const line of foundDetailLines(item.contact, lang)) out('previewDetail', { line });
          }
          for (const p of preview.problems) out('previewProblem', { record: p.record, code: problemWords[lang][p.code], field: p.field ?? '' });
          return preview;
        };
        if (!parsed.flags.has('--yes')) {
          await printPreview(servicesOver(await reading(), clock, dataDir, lang).transfer);
          out('previewNothingWritten');
          return EXIT.ok;
        }
        // A file with nothing to import is refused before the journal is opened for writing: opening it and closing it
        // again would tidy it up and take the day's backup, and nothing is to be written. A copy of the bytes, because
        // the parser's worker takes over the buffer it is handed.
        await servicesOver(await reading(), clock, dataDir, lang).transfer.preview(Uint8Array.from(bytes), file);
        return await withWritableStore(dataDir, clock, io, lang, parsed.flags.has('--yes'), async (store) => {
          const transfer = servicesOver(store, clock, dataDir, lang).transfer;
          const receipt = await transfer.confirmImport((await printPreview(transfer)).importId, []);
          if (receipt.backupFile === undefined) out('importedNothingChanged', { skipped: receipt.skipped });
          else out('imported', { created: receipt.created, updated: receipt.updated, skipped: receipt.skipped, backup: receipt.backupFile });
          return EXIT.ok;
        });
      }

      case 'export': {
        if (parsed.flags.has('--person')) return await exportPersonReport();
        const format = need(parsed.flags.get('--format') as string | undefined, '--format');
        if (!(exportFormats as readonly string[]).includes(format)) throw new CliFailure('badOption', { option: '--format', value: format }, EXIT.usage);
        const target = need(parsed.flags.get('--out') as string | undefined, '--out');
        const file = await servicesOver(await reading(), clock, dataDir, lang).transfer.exportFile(format as ExportFormat);
        await writePrivately(target, file.content).catch(() => {
          throw new CliFailure('fileUnwritable', { file: target });
        });
        out('exported', { file: resolve(target) });
        return EXIT.ok;
      }

      case 'backup':
        return await withWritableStore(dataDir, clock, io, lang, parsed.flags.has('--yes'), async (store) => {
          out('backedUp', { file: await store.backupNow('manual') });
          return EXIT.ok;
        });

      case 'restore': {
        const source = need(first, 'FILE');
        const path = await stat(source).then(
          () => source,
          () => join(dataDir, 'backups', source),
        );
        const bytes = await readFile(path).catch(() => {
          throw new CliFailure('fileUnreadable', { file: source });
        });
        // A backup from an encrypted folder is sealed; any other file is read as it is.
        const text = openBackupText({ fileCodec: await folderCodec(dataDir, await unlockFor(dataDir, io, lang)) }, bytes, source);
        if (!parsed.flags.has('--yes')) {
          const doc = readBackupDocument(text, source, clock);
          out('restoreNeedsYes', { file: source, contacts: doc.contacts.length, interactions: doc.interactions.length });
          return EXIT.usage;
        }
        return await withWritableStore(dataDir, clock, io, lang, parsed.flags.has('--yes'), async (store) => {
          const receipt = await servicesOver(store, clock, dataDir, lang).transfer.backups.restoreFromText(text, source);
          out('restored', { contacts: receipt.contacts, interactions: receipt.interactions, backup: receipt.safetyBackup });
          if (receipt.addressesMovedToNotes > 0) out('addressesMovedToNotes', { count: receipt.addressesMovedToNotes });
          return EXIT.ok;
        });
      }

      case 'calendar': {
        const file = need(first, 'FILE');
        const today = clock.today();
        const range = { from: dateOption(parsed, '--from', addDays(today, -1)), to: dateOption(parsed, '--to', today) };
        if (range.from > range.to) throw new CliFailure('calendarBadRange', range, EXIT.usage);
        const text = await readCalendarFile(file);
        const calendarOver = (store: JournalStore) => servicesOver(store, clock, dataDir, lang, io.timeZone).calendar;
        const review = (calendar: Services['calendar']) => {
          try {
            return calendar.review(text, range);
          } catch (error) {
            throw withFileNamed(error, file);
          }
        };
        if (!parsed.flags.has('--log')) {
          // Only reads: no lock, so it works while the app runs.
          const answer = review(calendarOver(await reading()));
          if (wantsJson) json(answer);
          else for (const entry of reviewLines(answer, lang, range)) io.out(entry);
          return EXIT.ok;
        }
        // A calendar that does not read is refused before the journal is opened for writing (which would tidy it up).
        review(calendarOver(await reading()));
        return await withWritableStore(dataDir, clock, io, lang, parsed.flags.has('--yes'), async (store) => {
          const calendar = calendarOver(store);
          const { due, ahead } = suggestionsToLog(review(calendar), clock.now());
          const { logged } = due.length > 0 ? await calendar.logSuggestions(due) : { logged: 0 };
          if (wantsJson) json({ logged, ahead });
          else {
            out(logged > 0 ? 'calendarLogged' : 'calendarLoggedNothing', { count: logged });
            if (ahead > 0) out('calendarLaterNotLogged', { count: ahead });
          }
          return EXIT.ok;
        });
      }

      case 'forget': {
        const outcome = await forgetCommand({
          name: need(parsed.positionals.join(' ').trim() || undefined, 'NAME'),
          yes: parsed.flags.has('--yes'),
          reading,
          writing: (task) => withWritableStore(dataDir, clock, io, lang, false, task),
          find: (store, name) => findContact(store, name, { archivedToo: true }),
          privacyOver: (store) => servicesOver(store, clock, dataDir, lang).privacy,
          out,
        });
        return outcome === 'forgotten' ? EXIT.ok : EXIT.usage;
      }

      case 'doctor': {
        const report = await runDoctor(dataDir, clock, await unlockFor(dataDir, io, lang));
        for (const line of report.lines) io.out(say(lang, line.ok ? 'doctorOk' : 'doctorProblem', { what: say(lang, line.key, line.values) }));
        return report.healthy ? EXIT.ok : EXIT.failed;
      }

      case 'encrypt':
      case 'decrypt': {
        const change = parsed.command === 'encrypt' ? encryptFolder : decryptFolder;
        return await change(dataDir, io, lang, (task) => withWritableStore(dataDir, clock, io, lang, false, task));
      }

      default:
        throw new CliFailure('unknownCommand', { command: parsed.command }, EXIT.usage);
    }
  } catch (error) {
    if (error instanceof CliFailure) {
      io.err(say(lang, error.key, error.values));
      return error.exitCode;
    }
    if (error instanceof EncryptionCommandFailure) {
      io.err(say(lang, error.key));
      return error.usage ? EXIT.usage : EXIT.failed;
    }
    if (error instanceof PlauschError) {
      io.err(explainError(lang, error.toData()));
      return error.code === 'journalLocked' || error.code === 'wrongPassphrase' ? EXIT.passphrase : EXIT.failed;
    }
    if (error instanceof StoreError && error.code === 'linkedFile') {
      io.err(say(lang, 'linkedFile', { file: error.details.file ?? '' }));
      return EXIT.failed;
    }
    const problem = diskProblem(lang, error, '');
    io.err(problem ? say(lang, 'notSavedDisk', { problem }) : say(lang, 'unexpected', { message: error instanceof Error ? error.message : String(error) }));
    return EXIT.failed;
  }
}
