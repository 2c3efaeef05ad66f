// Opening the journal: snapshot plus log, upgraded when old, refused when newer, and when damaged set aside and
// replaced by the newest good backup. Nothing read here is ever overwritten before it has been moved or copied.
// When every file of the snapshot is vouched for by its checksum and nothing needs writing, the interactions are
// left in their year files' bytes and read afterwards (`completeHistory`): the app can start on the main file.
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { CoachRecord, Contact, Interaction, Settings } from '../../../shared/model';
import type { Notice } from '../../../shared/views';
import type { Clock } from '../services/clock';
import { backupFiles, newestByContent, writeMigrationBackup } from './backups';
import {
  changeSchema,
  currentSchemaVersion,
  documentSchema,
  emptyDocument,
  verifiedDocumentSchema,
  type JournalDocument,
  type JournalHead,
  type RawLogEntry,
} from './document';
import { fileStamp, isMissing, moveAside, readTextIfExists, type StoreFileSystem } from './files';
import { historyDir, parseHistoryYear, readHistory, yearOf, type HistoryYear } from './history-files';
import { migrate, type RawDocument } from './migrations';
import { SnapshotFile, UnreadableFileError } from './snapshot-file';
import { StoreError } from './store-error';
import type { Change, Logger } from './types';
import { parseLog } from './wal';

export interface StorePaths {
  dir: string;
  dataFile: string;
  walFile: string;
}

export function storePaths(dir: string): StorePaths {
  return { dir, dataFile: join(dir, 'plausch.json'), walFile: join(dir, 'plausch.wal') };
}

export interface LoadedJournal {
  db: Low<unknown>;
  contacts: Map<string, Contact>;
  interactions: Map<string, Interaction>;
  coach: Map<string, CoachRecord>;
  settings: Settings;
  /** The newest sequence number applied to memory. */
  lastSeq: number;
  /** The sequence number the snapshot file on disk has absorbed. */
  snapshotSeq: number;
  /** Entries in the log file, counted towards the next compaction. */
  logEntries: number;
  notices: Notice[];
  /** The snapshot must be rewritten now (it is missing, was migrated or restored, or the log is set aside). */
  snapshotStale: boolean;
  /** Set when the log is damaged: it must be moved aside once the snapshot holds what could be read from it. */
  damagedLog: boolean;
  /** Bytes of the log holding good entries; what follows is a torn append to cut off. */
  walValidBytes: number;
  /** Years whose history file no longer matches memory and is rewritten at the next compaction. */
  dirtyYears: Set<number>;
  /** Set while the interactions are still to be read: `interactions` holds none of them until `completeHistory`. */
  deferredHistory?: DeferredHistory;
}

interface DeferredHistory {
  years: HistoryYear[];
  /** The log's changes to interactions, to apply in order once the years are read. */
  changes: Change[];
}

export interface LoadContext {
  fs: StoreFileSystem;
  paths: StorePaths;
  clock: Clock;
  log: Logger;
}

type Interpreted = { ok: true; doc: JournalDocument; pending: RawLogEntry[]; migratedFrom?: number } | { ok: false };

function versionOf(raw: unknown): number | undefined {
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : undefined;
}

/** Applies log entries to a document of any version, by id, without knowing the records' shape. */
function applyRawEntries(doc: RawDocument, entries: readonly RawLogEntry[]): RawDocument {
  const collections = new Map<string, Map<string, unknown>>();
  const collection = (name: string) => {
    let byId = collections.get(name);
    if (!byId) {
      const list = Array.isArray(doc[name]) ? (doc[name] as { id?: unknown }[]) : [];
      byId = new Map(list.map((record) => [String(record?.id), record]));
      collections.set(name, byId);
    }
    return byId;
  };
  let settings = doc.settings;
  for (const change of entries.flatMap((entry) => entry.changes)) {
    if (change.op === 'put') collection(change.collection).set(change.value.id, change.value);
    else if (change.op === 'delete') collection(change.collection).delete(change.id);
    else settings = change.value;
  }
  const result: RawDocument = { ...doc, settings };
  for (const [name, byId] of collections) result[name] = [...byId.values()];
  return result;
}

/**
 * Brings a parsed file to the current version and validates it. An old file is upgraded together with the log
 * entries it has not absorbed yet, because those were written in its own format.
 */
async function interpret(
  context: LoadContext,
  raw: unknown,
  entries: readonly RawLogEntry[],
  backupBeforeMigration: boolean,
  verified = false,
): Promise<Interpreted & { migrationBackup?: string }> {
  const version = versionOf(raw);
  if (version === undefined || version > currentSchemaVersion) return { ok: false };
  let candidate = raw as RawDocument;
  let pending = entries.filter((entry) => entry.seq > Number(candidate.walSeq ?? 0));
  let migrationBackup: string | undefined;
  if (version < currentSchemaVersion) {
    const upToDate = applyRawEntries(candidate, pending);
    const lastSeq = Math.max(Number(candidate.walSeq ?? 0) || 0, ...pending.map((entry) => entry.seq));
    if (backupBeforeMigration) {
      migrationBackup = await writeMigrationBackup(context.fs, context.paths.dir, version, context.clock.now(), JSON.stringify(upToDate));
    }
    candidate = { ...migrate(upToDate, version, { now: context.clock.now().toISOString() }), walSeq: lastSeq };
    pending = [];
  }
  const parsed = (verified && version === currentSchemaVersion ? verifiedDocumentSchema : documentSchema).safeParse(candidate);
  if (!parsed.success) {
    context.log.warn('store: data does not validate', parsed.error.issues.slice(0, 5));
    return { ok: false };
  }
  return {
    ok: true,
    doc: parsed.data,
    pending,
    ...(version < currentSchemaVersion ? { migratedFrom: version } : {}),
    ...(migrationBackup ? { migrationBackup } : {}),
  };
}

/** A main file that keeps its interactions in history files (version 3 on), rather than inline. */
function historyYearsOf(raw: unknown): number[] | undefined {
  const years = (raw as { historyYears?: unknown }).historyYears;
  return Array.isArray(years) && years.every((year) => Number.isInteger(year)) ? (years as number[]) : undefined;
}

type Assembled =
  | { ok: true; raw: RawDocument; verified: boolean; deferred?: HistoryYear[] }
  | { ok: false };

/**
 * The whole document of a main file and its history files. With `mayDefer` and every checksum matching, the years
 * are left unread; otherwise each is read now, and a missing or unreadable one makes the journal damaged.
 */
export async function assemble(context: LoadContext, head: Record<string, unknown>, headVerified: boolean, mayDefer: boolean): Promise<Assembled> {
  const years = historyYearsOf(head);
  if (years === undefined) return { ok: true, raw: head, verified: headVerified };
  const { historyYears: _listed, ...rest } = head;
  const read = await readHistory(context.fs, context.paths.dir, years);
  if (read === undefined) {
    context.log.warn('store: a history file is missing', { years });
    return { ok: false };
  }
  const verified = headVerified && read.every((year) => year.verified);
  if (verified && mayDefer) return { ok: true, raw: { ...rest, interactions: [] }, verified, deferred: read };
  const interactions: unknown[] = [];
  for (const year of read) {
    const records = parseHistoryYear(year);
    if (records === undefined) {
      context.log.warn('store: a history file does not read', { file: year.file });
      return { ok: false };
    }
    for (const record of records) interactions.push(record);
  }
  return { ok: true, raw: { ...rest, interactions }, verified };
}

async function readJson(fs: StoreFileSystem, file: string): Promise<unknown> {
  const text = await readTextIfExists(fs, file);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function damagedName(file: string, instant: Date, extension: string) {
  const base = file.slice(0, file.length - extension.length);
  return (attempt: number) => `${base}.damaged-${fileStamp(instant)}${attempt ? `-${attempt}` : ''}${extension}`;
}

/**
 * The newest backup by content that reads, validates and is not from a newer version, with the log replayed onto it.
 */
async function restoreNewestGoodBackup(
  context: LoadContext,
  entries: readonly RawLogEntry[],
): Promise<{ file: string; result: Extract<Interpreted, { ok: true }> } | undefined> {
  const readable: { file: string; seq: number; raw: object }[] = [];
  for (const file of await backupFiles(context.fs, context.paths.dir)) {
    const raw = await readJson(context.fs, file);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue;
    const seq = (raw as { walSeq?: unknown }).walSeq;
    readable.push({ file, raw, seq: typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq : 0 });
  }
  for (const { file, raw } of newestByContent(readable)) {
    const result = await interpret(context, raw, entries, false);
    if (result.ok) return { file, result };
  }
  return undefined;
}

/**
 * Reads the journal. `mayDefer` allows leaving the interactions unread when the files vouch for themselves and
 * nothing must be written now; the caller then runs `completeHistory` before anything reads them.
 */
export async function loadJournal(context: LoadContext, { mayDefer = false }: { mayDefer?: boolean } = {}): Promise<LoadedJournal> {
  const { fs, paths, clock, log } = context;
  const notices: Notice[] = [];
  const parsedLog = parseLog((await readTextIfExists(fs, paths.walFile)) ?? '');
  let damagedLog = parsedLog.damagedAtLine !== undefined;
  if (damagedLog) log.warn('store: the log is damaged', { line: parsedLog.damagedAtLine });
  // A damaged log is set aside at once, which needs the whole journal in memory.
  const deferAllowed = mayDefer && !damagedLog;

  const snapshot = new SnapshotFile(fs, paths.dataFile);
  const db = new Low<unknown>(snapshot, null);
  let readable = true;
  try {
    await db.read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    log.warn('store: the data file does not parse', { file: paths.dataFile });
    readable = false;
  }

  let interpreted: Interpreted & { migrationBackup?: string };
  let deferred: HistoryYear[] | undefined;
  let snapshotStale = false;
  if (readable && db.data === null) {
    // History files without their main file cannot be read on their own; they are kept, never removed.
    await moveHistoryAside(context);
    const fresh = await interpret(context, emptyDocument(), parsedLog.entries, false);
    interpreted = fresh;
    snapshotStale = true;
  } else {
    const version = readable ? versionOf(db.data) : undefined;
    if (version !== undefined && version > currentSchemaVersion) {
      throw new StoreError('newerSchema', { file: paths.dataFile, fileVersion: version, knownVersion: currentSchemaVersion });
    }
    const assembled = readable ? await assemble(context, db.data as Record<string, unknown>, snapshot.verified, deferAllowed) : { ok: false as const };
    interpreted = assembled.ok ? await interpret(context, assembled.raw, parsedLog.entries, true, assembled.verified) : { ok: false };
    if (assembled.ok) deferred = assembled.deferred;
  }
  db.data = null;

  if (!interpreted.ok) {
    deferred = undefined;
    const damagedFile = await moveAside(fs, paths.dataFile, damagedName(paths.dataFile, clock.now(), '.json'));
    await moveHistoryAside(context);
    const restored = await restoreNewestGoodBackup(context, parsedLog.entries);
    if (restored) {
      interpreted = restored.result;
      notices.push({ kind: 'restoredFromBackup', damagedFile, backupFile: restored.file });
      log.warn('store: restored from backup', { damagedFile, backupFile: restored.file });
    } else {
      interpreted = await interpret(context, emptyDocument(), parsedLog.entries, false);
      notices.push({ kind: 'startedEmptyAfterDamage', damagedFile });
      log.error('store: no good backup, started empty', { damagedFile });
    }
    snapshotStale = true;
  }
  if (!interpreted.ok) throw new Error('store: an empty journal failed its own schema');

  const { doc, pending } = interpreted;
  if (interpreted.migratedFrom !== undefined && interpreted.migrationBackup) {
    notices.push({ kind: 'migrated', fromVersion: interpreted.migratedFrom, toVersion: currentSchemaVersion, backupFile: interpreted.migrationBackup });
    log.info('store: migrated', { from: interpreted.migratedFrom, backupFile: interpreted.migrationBackup });
  }
  if (interpreted.migratedFrom !== undefined) snapshotStale = true;

  const journal: LoadedJournal = {
    db,
    contacts: new Map(doc.contacts.map((contact) => [contact.id, contact])),
    interactions: new Map(doc.interactions.map((interaction) => [interaction.id, interaction])),
    coach: new Map(doc.coach.map((record) => [record.id, record])),
    settings: doc.settings,
    lastSeq: doc.walSeq,
    snapshotSeq: doc.walSeq,
    logEntries: parsedLog.entries.length,
    notices,
    snapshotStale,
    damagedLog,
    walValidBytes: parsedLog.validBytes,
    dirtyYears: new Set(),
    ...(deferred ? { deferredHistory: { years: deferred, changes: [] } } : {}),
  };
  for (const entry of pending) {
    const changes = changeSchema.array().safeParse(entry.changes);
    if (!changes.success) {
      log.warn('store: a log entry does not validate', { seq: entry.seq });
      damagedLog = true;
      break;
    }
    if (journal.deferredHistory) {
      journal.deferredHistory.changes.push(...changes.data.filter(touchesInteractions));
      applyChanges(journal, changes.data.filter((change) => !touchesInteractions(change)));
    } else {
      applyChanges(journal, changes.data);
    }
    journal.lastSeq = entry.seq;
  }
  journal.damagedLog = damagedLog;
  if (damagedLog) journal.snapshotStale = true;
  // Whatever must be written at once needs every interaction in memory first.
  if (journal.snapshotStale) await completeHistory(journal, async () => undefined);
  return journal;
}

function touchesInteractions(change: Change): boolean {
  return change.op !== 'settings' && change.collection === 'interactions';
}

/**
 * Reads the years left unread by `loadJournal`, newest first, and then applies the log's changes to interactions.
 * `pause` runs between two years, so the process can answer other work meanwhile. The files' checksums matched, so
 * a failure here means the bytes changed in memory or our writer is broken: it throws and nothing is written.
 */
export async function completeHistory(journal: LoadedJournal, pause: () => Promise<void>): Promise<void> {
  const deferred = journal.deferredHistory;
  if (!deferred) return;
  const years = [...deferred.years].sort((a, b) => b.year - a.year);
  for (const year of years) {
    await pause();
    const records = parseHistoryYear(year);
    if (records === undefined) throw new Error(`store: ${year.file} does not read although its checksum matches`);
    for (const record of records as unknown as Interaction[]) journal.interactions.set(record.id, record);
  }
  journal.deferredHistory = undefined;
  applyChanges(journal, deferred.changes);
}

/** The one place where changes reach memory, for replay and for commits alike. */
export function applyChanges(
  journal: Pick<LoadedJournal, 'contacts' | 'interactions' | 'coach' | 'settings' | 'dirtyYears'>,
  changes: readonly Change[],
): void {
  for (const change of changes) {
    if (change.op === 'settings') {
      journal.settings = change.value;
      continue;
    }
    if (change.collection === 'interactions') {
      // The year the record leaves and the year it enters both need their file rewritten.
      const before = journal.interactions.get(change.op === 'put' ? change.value.id : change.id);
      if (before) journal.dirtyYears.add(yearOf(before));
      if (change.op === 'put') journal.dirtyYears.add(yearOf(change.value));
    }
    if (change.op === 'delete') journal[change.collection].delete(change.id);
    else if (change.collection === 'contacts') journal.contacts.set(change.value.id, change.value);
    else if (change.collection === 'coach') journal.coach.set(change.value.id, change.value);
    else journal.interactions.set(change.value.id, change.value);
  }
}

export function documentOf(
  journal: Pick<LoadedJournal, 'contacts' | 'interactions' | 'coach' | 'settings' | 'lastSeq'>,
): JournalDocument {
  return {
    schemaVersion: currentSchemaVersion,
    contacts: [...journal.contacts.values()],
    interactions: [...journal.interactions.values()],
    coach: [...journal.coach.values()],
    settings: journal.settings,
    walSeq: journal.lastSeq,
  };
}

/** The main data file at the current version, listing the years that have a history file. */
export function headOf(
  journal: Pick<LoadedJournal, 'contacts' | 'coach' | 'settings' | 'lastSeq'>,
  historyYears: readonly number[],
): JournalHead {
  return {
    schemaVersion: currentSchemaVersion,
    contacts: [...journal.contacts.values()],
    coach: [...journal.coach.values()],
    settings: journal.settings,
    walSeq: journal.lastSeq,
    historyYears: [...historyYears],
  };
}

/** Sets the history folder aside together with a damaged main file: the two belong together. */
async function moveHistoryAside(context: LoadContext): Promise<void> {
  const dir = historyDir(context.paths.dir);
  try {
    await context.fs.stat(dir);
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  await moveAside(context.fs, dir, damagedName(dir, context.clock.now(), ''));
}

/** Moves a damaged log aside after the snapshot has absorbed its readable part; returns the new path. */
export async function setDamagedLogAside(context: LoadContext): Promise<Notice> {
  const damagedFile = await moveAside(context.fs, context.paths.walFile, damagedName(context.paths.walFile, context.clock.now(), '.wal'));
  return { kind: 'logDamaged', damagedFile };
}
