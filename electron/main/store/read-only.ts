// The journal as it is on disk, read without the lock and without changing a byte: snapshot (main file and history
// files) plus log, an old schema upgraded in memory only. The command line reads through this while the app holds
// the data folder, and `doctor` uses it to say what is wrong instead of repairing it. An encrypted folder is unlocked
// as the store unlocks it (`journalLocked`, `wrongPassphrase`); a switch cut off half-way reads all the same.
import { settingsSchema } from '../../../shared/model';
import { PlauschError } from '../../../shared/errors';
import type { Clock } from '../services/clock';
import { changeSchema, currentSchemaVersion, documentSchema, emptyDocument } from './document';
import { folderCodec } from './encryption/key-file';
import { readTextIfExists, realFileSystem, type StoreFileSystem } from './files';
import { readChecksummed } from './snapshot-file';
import { applyChanges, assemble, storePaths, type LoadedJournal } from './load';
import { migrate, type RawDocument } from './migrations';
import { silentLogger, unchangeableEncryption, type JournalStore, type Unlock } from './types';
import { parseLog } from './wal';

export type DataFileState = 'missing' | 'ok' | 'unparseable' | 'invalid' | 'newer';

export interface ReadOnlyJournal {
  store: JournalStore;
  dataFile: DataFileState;
  schemaVersion?: number;
  /** Set when the log holds a damaged line before good ones, or entries that do not validate. */
  logDamaged: boolean;
  logEntries: number;
}

function refuseWrites(): Promise<never> {
  return Promise.reject(new PlauschError('internal'));
}

export async function readJournal(dir: string, clock: Clock, fs: StoreFileSystem = realFileSystem, unlock?: Unlock): Promise<ReadOnlyJournal> {
  const paths = storePaths(dir);
  const codec = await folderCodec(dir, unlock, fs);
  const read = await readChecksummed(fs, paths.dataFile, codec);
  const log = parseLog((await readTextIfExists(fs, paths.walFile)) ?? '', codec);
  // A checksum that does not match is damage, as when the app opens the file.
  let dataFile: DataFileState = read === null ? 'missing' : read.tampered ? 'invalid' : 'ok';
  let raw: RawDocument = emptyDocument() as unknown as RawDocument;
  if (read !== null && dataFile === 'ok') {
    try {
      const parsed = JSON.parse(read.bytes.toString('utf8')) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) dataFile = 'unparseable';
      else raw = parsed as RawDocument;
    } catch {
      dataFile = 'unparseable';
    }
  }
  const version = typeof raw['schemaVersion'] === 'number' ? raw['schemaVersion'] : undefined;
  if (dataFile === 'ok' && version !== undefined && version > currentSchemaVersion) dataFile = 'newer';
  let doc = emptyDocument();
  if (dataFile === 'ok') {
    const assembled = await assemble({ fs, paths, clock, log: silentLogger, codec }, raw, false, false);
    if (assembled.ok) raw = assembled.raw;
    else dataFile = 'invalid';
  }
  if (dataFile === 'ok') {
    try {
      const upgraded = version !== undefined && version < currentSchemaVersion ? migrate(raw, version, { now: clock.now().toISOString() }) : raw;
      const result = documentSchema.safeParse(upgraded);
      if (result.success) doc = result.data;
      else dataFile = 'invalid';
    } catch {
      dataFile = 'invalid';
    }
  }
  const journal: Pick<LoadedJournal, 'contacts' | 'interactions' | 'coach' | 'settings' | 'dirtyYears'> = {
    contacts: new Map(doc.contacts.map((c) => [c.id, c])),
    interactions: new Map(doc.interactions.map((i) => [i.id, i])),
    coach: new Map(doc.coach.map((r) => [r.id, r])),
    settings: doc.settings ?? settingsSchema.parse({}),
    dirtyYears: new Set(),
  };
  let logDamaged = log.damagedAtLine !== undefined;
  // An old snapshot's log entries are in the old format; the app upgrades them on open. Here they stay unread.
  if (version === undefined || version === currentSchemaVersion) {
    for (const entry of log.entries.filter((e) => e.seq > doc.walSeq)) {
      const changes = changeSchema.array().safeParse(entry.changes);
      if (!changes.success) {
        logDamaged = true;
        break;
      }
      applyChanges(journal, changes.data);
    }
  }
  const store: JournalStore = {
    contacts: journal.contacts,
    interactions: journal.interactions,
    coach: journal.coach,
    get settings() {
      return journal.settings;
    },
    notices: [],
    // Nothing is written here, so nothing can go wrong later.
    onNotice: () => () => undefined,
    commit: refuseWrites,
    backupNow: refuseWrites,
    flush: async () => undefined,
    close: async () => undefined,
    rewriteBackups: refuseWrites,
    encryption: unchangeableEncryption(codec.on),
    fileCodec: codec,
  };
  return { store, dataFile, ...(version !== undefined ? { schemaVersion: version } : {}), logDamaged, logEntries: log.entries.length };
}
