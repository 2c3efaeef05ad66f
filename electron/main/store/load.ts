// Opening the journal: snapshot plus log, upgraded when old, refused when newer, and when damaged set aside and
// replaced by the newest good backup. What to do is decided in one place (`planOpen`, open-plan.ts) from what was
// found; this file reads the facts and carries the plan out. Nothing read here is ever overwritten before it has
// been moved or copied, and nothing is changed at all when the plan refuses or asks first.
// When every file of the snapshot is vouched for by its checksum and nothing needs writing, the interactions are
// left in their year files' bytes and read afterwards (`completeHistory`): the app can start on the main file.
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { CoachRecord, Contact, Interaction, Settings } from '../../../shared/model';
import type { Notice } from '../../../shared/views';
import type { Clock } from '../services/clock';
import { backupDate, backupFiles, newestByContent, writeMigrationBackup } from './backups';
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
import type { FolderCodec } from './encryption/codec';
import { exists, fileStamp, moveAside, readDataFile, readTextIfExists, type StoreFileSystem } from './files';
import { historyDir, parseHistoryYear, readHistory, yearOf, type HistoryYear } from './history-files';
import { migrate, type RawDocument } from './migrations';
import { SnapshotFile, UnreadableFileError } from './snapshot-file';
import { StoreError } from './store-error';
import type { Change, Logger } from './types';
import { planOpen, type BackupFact, type MainFact, type OpenFacts, type OpenPlan } from './open-plan';
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
  /** Opens sealed files (and seals what the open writes) while the folder is encrypted. */
  codec: FolderCodec;
}

/** A source the journal can be opened from: its document and the log entries it has not absorbed, validated. */
interface Candidate {
  doc: JournalDocument;
  /** The log's changes still to apply, entry by entry, up to the first entry that does not validate. */
  pending: { seq: number; changes: Change[] }[];
  /** Every pending entry validated; otherwise the rest of the log is set aside with it. */
  logReplays: boolean;
  /** Upgraded from this older version, together with the log entries written in its format. */
  migratedFrom?: number;
  /** The old version's content with its log applied, for the backup before the upgrade replaces it. */
  preMigrationText?: string;
}

type Interpreted = { ok: true; candidate: Candidate } | { ok: false };

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

/** The entries after `walSeq`, validated at the current version up to the first that does not validate. */
function validatedPending(entries: readonly RawLogEntry[], walSeq: number, log: Logger): Pick<Candidate, 'pending' | 'logReplays'> {
  const pending: Candidate['pending'] = [];
  for (const entry of entries) {
    if (entry.seq <= walSeq) continue;
    const changes = changeSchema.array().safeParse(entry.changes);
    if (!changes.success) {
      log.warn('store: a log entry does not validate', { seq: entry.seq });
      return { pending, logReplays: false };
    }
    pending.push({ seq: entry.seq, changes: changes.data });
  }
  return { pending, logReplays: true };
}

/**
 * Brings a parsed file to the current version and validates it, writing nothing. An old file is upgraded together
 * with the log entries it has not absorbed yet, because those were written in its own format.
 */
function interpret(context: LoadContext, raw: unknown, entries: readonly RawLogEntry[], verified = false): Interpreted {
  const version = versionOf(raw);
  // A newer version's file is no source to open from; the main file's is refused before it gets here.
  if (version === undefined || version > currentSchemaVersion) return { ok: false };
  let candidate = raw as RawDocument;
  let preMigrationText: string | undefined;
  if (version < currentSchemaVersion) {
    const pending = entries.filter((entry) => entry.seq > Number(candidate.walSeq ?? 0));
    const upToDate = applyRawEntries(candidate, pending);
    const lastSeq = Math.max(Number(candidate.walSeq ?? 0) || 0, ...pending.map((entry) => entry.seq));
    preMigrationText = JSON.stringify(upToDate);
    candidate = { ...migrate(upToDate, version, { now: context.clock.now().toISOString() }), walSeq: lastSeq };
  }
  const parsed = (verified && version === currentSchemaVersion ? verifiedDocumentSchema : documentSchema).safeParse(candidate);
  if (!parsed.success) {
    context.log.warn('store: data does not validate', parsed.error.issues.slice(0, 5));
    return { ok: false };
  }
  // A migrated document has absorbed the whole log already.
  const replay = preMigrationText === undefined ? validatedPending(entries, parsed.data.walSeq, context.log) : { pending: [], logReplays: true };
  return {
    ok: true,
    candidate: { doc: parsed.data, ...replay, ...(preMigrationText === undefined ? {} : { migratedFrom: version, preMigrationText }) },
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
  const read = await readHistory(context.fs, context.paths.dir, years, context.codec);
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

/** A backup's JSON; `undefined` when it is missing, does not parse, or is sealed and does not open. */
async function readJson(fs: StoreFileSystem, file: string, codec: FolderCodec): Promise<unknown> {
  const read = await readDataFile(fs, file);
  const bytes = read && codec.tryOpen(read, file);
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function damagedName(file: string, instant: Date, extension: string) {
  const base = file.slice(0, file.length - extension.length);
  return (attempt: number) => `${base}.damaged-${fileStamp(instant)}${attempt ? `-${attempt}` : ''}${extension}`;
}

/** What the main file holds: its fact for the plan and, when sound, the journal it reads as. */
interface MainRead {
  fact: MainFact;
  candidate?: Candidate;
  deferred?: HistoryYear[];
  version?: number;
}

/**
 * Records a matching checksum vouches for are checked by their shape only here, and fully in the background before
 * anything is written from them (the store's record check). An open that must write at once (`writesNow`: a damaged
 * log; or a log entry that does not validate) checks every record now instead, so none reaches the disk unchecked.
 */
async function readMain(
  context: LoadContext,
  db: Low<unknown>,
  snapshot: SnapshotFile,
  entries: readonly RawLogEntry[],
  { mayDefer, writesNow }: { mayDefer: boolean; writesNow: boolean },
): Promise<MainRead> {
  try {
    await db.read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    context.log.warn('store: the data file does not parse', { file: context.paths.dataFile });
    return { fact: { state: 'damaged' } };
  }
  const head = db.data as Record<string, unknown> | null;
  db.data = null;
  if (head === null) return { fact: { state: 'missing' } };
  const version = versionOf(head);
  if (version !== undefined && version > currentSchemaVersion) return { fact: { state: 'newer' }, version };
  const trusted = snapshot.verified && !writesNow;
  let assembled = await assemble(context, head, trusted, mayDefer && !writesNow);
  let interpreted = assembled.ok ? interpret(context, assembled.raw, entries, assembled.verified) : { ok: false as const };
  if (interpreted.ok && assembled.ok && assembled.verified && !interpreted.candidate.logReplays) {
    assembled = await assemble(context, head, false, false);
    interpreted = assembled.ok ? interpret(context, assembled.raw, entries) : { ok: false as const };
  }
  if (!interpreted.ok) return { fact: { state: 'damaged' } };
  const { candidate } = interpreted;
  return {
    fact: { state: 'sound', migrated: candidate.migratedFrom !== undefined, logReplays: candidate.logReplays },
    candidate,
    ...(assembled.ok && assembled.deferred ? { deferred: assembled.deferred } : {}),
  };
}

/**
 * Every backup's fact for the plan, and the journal of each that was found sound. They are looked into by content
 * order, and only until one reads: those after it absorbed fewer writes and are never chosen.
 */
async function assessBackups(context: LoadContext, entries: readonly RawLogEntry[]): Promise<{ facts: BackupFact[]; sound: Map<string, Candidate> }> {
  const facts: BackupFact[] = [];
  const readable: { file: string; seq: number; raw: object }[] = [];
  for (const file of await backupFiles(context.fs, context.paths.dir)) {
    const raw = await readJson(context.fs, file, context.codec);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      const date = backupDate(file);
      facts.push({ file, state: 'unreadable', ...(date ? { date } : {}) });
      continue;
    }
    const seq = (raw as { walSeq?: unknown }).walSeq;
    readable.push({ file, raw, seq: typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq : 0 });
  }
  const sound = new Map<string, Candidate>();
  for (const { file, raw, seq } of newestByContent(readable)) {
    if (sound.size > 0) {
      facts.push({ file, state: 'notChecked', seq });
      continue;
    }
    const interpreted = interpret(context, raw, entries);
    if (interpreted.ok) {
      sound.set(file, interpreted.candidate);
      facts.push({ file, state: 'sound', seq, logReplays: interpreted.candidate.logReplays });
    } else {
      facts.push({ file, state: 'damaged', seq });
    }
  }
  return { facts, sound };
}

export interface LoadOptions {
  /** Allows leaving the interactions unread when the files vouch for themselves and nothing must be written now. */
  mayDefer?: boolean;
  /** The user agreed to recovery from an older backup, or to an empty start, when nothing newer reads. */
  olderBackupAllowed?: boolean;
}

/**
 * Reads the journal: gathers what is on disk, asks `planOpen` what to do, and does it. With `mayDefer` the caller
 * runs `completeHistory` before anything reads the interactions. Throws `newerSchema` for a journal of a newer
 * Plausch and `recoveryNeedsConsent` when recovery would go back further than a backup that does not read, both
 * before anything is changed.
 */
export async function loadJournal(context: LoadContext, { mayDefer = false, olderBackupAllowed = false }: LoadOptions = {}): Promise<LoadedJournal> {
  const { fs, paths, log } = context;
  const parsedLog = parseLog((await readTextIfExists(fs, paths.walFile)) ?? '', context.codec);
  const logDamaged = parsedLog.damagedAtLine !== undefined;
  if (logDamaged) log.warn('store: the log is damaged', { line: parsedLog.damagedAtLine });

  const snapshot = new SnapshotFile(fs, paths.dataFile, context.codec);
  const db = new Low<unknown>(snapshot, null);
  // A damaged log is set aside at once, which needs the whole journal in memory, every record checked.
  const main = await readMain(context, db, snapshot, parsedLog.entries, { mayDefer, writesNow: logDamaged });
  const empty = interpret(context, emptyDocument(), parsedLog.entries);
  if (!empty.ok) throw new Error('store: an empty journal failed its own schema');
  const facts: OpenFacts = {
    main: main.fact,
    history: (await exists(fs, historyDir(paths.dir))) ? 'present' : 'absent',
    log: logDamaged ? 'damaged' : parsedLog.entries.length > 0 ? 'sound' : 'absent',
    logReplaysOntoEmpty: empty.candidate.logReplays,
    olderBackupAllowed,
  };
  let plan = planOpen(facts, backupDate);
  let backups = new Map<string, Candidate>();
  if (plan.kind === 'assessBackups') {
    const assessed = await assessBackups(context, parsedLog.entries);
    backups = assessed.sound;
    plan = planOpen({ ...facts, backups: assessed.facts }, backupDate);
  }
  if (plan.kind === 'refuse') throw new StoreError('newerSchema', { file: paths.dataFile, fileVersion: main.version, knownVersion: currentSchemaVersion });
  if (plan.kind === 'ask') {
    const backupFile = plan.restore;
    throw new StoreError('recoveryNeedsConsent', {
      file: paths.dataFile,
      ...(backupFile ? { backupFile, backupDate: backupDate(backupFile) } : {}),
      unreadableBackups: plan.unreadable,
    });
  }
  if (plan.kind !== 'open') throw new Error('store: the backups were assessed and the plan still asks for them');
  return carryOut(context, db, plan, { main, empty: empty.candidate, backups, logValidBytes: parsedLog.validBytes, logEntries: parsedLog.entries.length });
}

/** Does what the plan says: sets aside, restores, upgrades, replays; the snapshot is written by the caller. */
async function carryOut(
  context: LoadContext,
  db: Low<unknown>,
  plan: Extract<OpenPlan, { kind: 'open' }>,
  found: { main: MainRead; empty: Candidate; backups: ReadonlyMap<string, Candidate>; logValidBytes: number; logEntries: number },
): Promise<LoadedJournal> {
  const { fs, paths, clock, log } = context;
  const notices: Notice[] = [];
  const damagedFile = plan.setAside.main ? await moveAside(fs, paths.dataFile, damagedName(paths.dataFile, clock.now(), '.json')) : undefined;
  if (plan.setAside.history) await moveHistoryAside(context);

  const { source } = plan;
  const candidate = source.from === 'main' ? found.main.candidate : source.from === 'backup' ? found.backups.get(source.file) : found.empty;
  if (!candidate) throw new Error(`store: the plan opens from ${source.from}, which was not read`);
  const deferred = source.from === 'main' ? found.main.deferred : undefined;

  if (plan.migrationBackup && candidate.migratedFrom !== undefined && candidate.preMigrationText !== undefined) {
    const backupFile = await writeMigrationBackup(fs, paths.dir, candidate.migratedFrom, clock.now(), candidate.preMigrationText, context.codec);
    notices.push({ kind: 'migrated', fromVersion: candidate.migratedFrom, toVersion: currentSchemaVersion, backupFile });
    log.info('store: migrated', { from: candidate.migratedFrom, backupFile });
  }
  if (plan.notice === 'restoredFromBackup' && source.from === 'backup' && damagedFile) {
    const date = backupDate(source.file);
    notices.push({ kind: 'restoredFromBackup', damagedFile, backupFile: source.file, ...(date ? { backupDate: date } : {}) });
    log.warn('store: restored from backup', { damagedFile, backupFile: source.file });
  }
  if (plan.notice === 'startedEmptyAfterDamage' && damagedFile) {
    notices.push({ kind: 'startedEmptyAfterDamage', damagedFile });
    log.error('store: no good backup, started empty', { damagedFile });
  }

  const { doc } = candidate;
  const journal: LoadedJournal = {
    db,
    contacts: new Map(doc.contacts.map((contact) => [contact.id, contact])),
    interactions: new Map(doc.interactions.map((interaction) => [interaction.id, interaction])),
    coach: new Map(doc.coach.map((record) => [record.id, record])),
    settings: doc.settings,
    lastSeq: doc.walSeq,
    snapshotSeq: doc.walSeq,
    logEntries: found.logEntries,
    notices,
    snapshotStale: plan.writeSnapshotNow,
    damagedLog: plan.setLogAside,
    walValidBytes: found.logValidBytes,
    dirtyYears: new Set(),
    ...(deferred ? { deferredHistory: { years: deferred, changes: [] } } : {}),
  };
  for (const entry of candidate.pending) {
    if (journal.deferredHistory) {
      journal.deferredHistory.changes.push(...entry.changes.filter(touchesInteractions));
      applyChanges(journal, entry.changes.filter((change) => !touchesInteractions(change)));
    } else {
      applyChanges(journal, entry.changes);
    }
    journal.lastSeq = entry.seq;
  }
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

/** Sets the history folder aside when its main file is damaged or missing: the two belong together. */
async function moveHistoryAside(context: LoadContext): Promise<void> {
  const dir = historyDir(context.paths.dir);
  await moveAside(context.fs, dir, damagedName(dir, context.clock.now(), ''));
}

/** Moves a damaged log aside after the snapshot has absorbed its readable part; returns the new path. */
export async function setDamagedLogAside(context: LoadContext): Promise<Notice> {
  const damagedFile = await moveAside(context.fs, context.paths.walFile, damagedName(context.paths.walFile, context.clock.now(), '.wal'));
  return { kind: 'logDamaged', damagedFile };
}
