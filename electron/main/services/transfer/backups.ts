// The backups the user sees: listed newest first, taken on demand, and restored. A restore first backs up the
// journal as it is, then replaces it in one commit, so the running app, its search and its reminders see the
// restored journal at once and the previous state is one more restore away. A complete backup the user exported also
// holds the contacts' photos (`photos`, beside the document); restoring it puts them back as well. Backups in the data
// folder are read through the store's codec, so sealed ones (encryption on) read like plain ones.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEmail } from '../../../../shared/email';
import { PlauschError } from '../../../../shared/errors';
import { contactSchema, idSchema, settingsInputSchema, type Language } from '../../../../shared/model';
import type { BackupInfo, BackupKind, RestoreReceipt } from '../../../../shared/transfer';
import { backupsDir } from '../../store/backups';
import { currentSchemaVersion, documentSchema, type JournalDocument } from '../../store/document';
import { migrate, type RawDocument } from '../../store/migrations';
import type { Change, JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter } from '../journal-writer';
import { photoBytesFromBase64, type PhotosService } from '../photos';
import { withoutControlCharacters } from './control-characters';

const KINDS: [RegExp, BackupKind][] = [
  [/^daily-/, 'daily'],
  [/^pre-migration-/, 'migration'],
  [/^manual-/, 'manual'],
  [/^pre-import-/, 'import'],
  [/^pre-restore-/, 'restore'],
];
/** A backup is named by the store; anything else (a path, `..`) is refused before touching the disk. */
const BACKUP_NAME = /^[\w-]+(\.[\w-]+)*\.json$/;

/**
 * Reads a backup or an exported JSON file of any known schema version; `backupUnreadable` if it is not one. Control
 * characters in its text are stripped, as in an import.
 */
export function readBackupDocument(text: string, file: string, clock: Clock): JournalDocument {
  const unreadable = () => new PlauschError('backupUnreadable', { file });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    throw unreadable();
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw unreadable();
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > currentSchemaVersion) throw unreadable();
  let candidate = raw as RawDocument;
  try {
    if (version < currentSchemaVersion) candidate = migrate(candidate, version, { now: clock.now().toISOString() });
  } catch {
    throw unreadable();
  }
  const parsed = documentSchema.safeParse({ walSeq: 0, ...candidate, schemaVersion: currentSchemaVersion });
  // The data file forgives a shortcut without a modifier (settingsSchema); a restore is input and does not.
  if (!parsed.success || !settingsInputSchema.safeParse(candidate['settings'] ?? {}).success) throw unreadable();
  const cleaned = withoutControlCharacters(parsed.data);
  if (cleaned === parsed.data) return parsed.data;
  // Once stripped, a name may be left empty: what is restored must still be a valid journal.
  const reparsed = documentSchema.safeParse(cleaned);
  if (!reparsed.success) throw unreadable();
  return reparsed.data;
}

/** Begins the line that keeps, in a contact's notes, an address from a backup that is no e-mail address. */
const NOT_AN_ADDRESS: Record<Language, string> = { de: 'Keine gültige E-Mail-Adresse', en: 'Not a valid e-mail address' };

/**
 * A restored backup is checked like input, but earlier versions stored any text as an e-mail address: what is none
 * moves into its contact's notes, so nothing the user entered is lost and none of it becomes a mail link. A contact
 * whose notes have no room left keeps it where it was; the contact page shows such an address as text, never as a link.
 */
export function moveInvalidAddressesToNotes(doc: JournalDocument, language: Language): { doc: JournalDocument; moved: number } {
  let moved = 0;
  const contacts = doc.contacts.map((contact) => {
    const invalid = contact.emails.filter((address) => !parseEmail(address));
    if (invalid.length === 0) return contact;
    const lines = invalid.map((address) => `${NOT_AN_ADDRESS[language]}: ${address}`).join('\n');
    const updated = {
      ...contact,
      emails: contact.emails.filter((address) => parseEmail(address)),
      notes: contact.notes ? `${contact.notes}\n\n${lines}` : lines,
    };
    if (!contactSchema.safeParse(updated).success) return contact;
    moved += invalid.length;
    return updated;
  });
  return { doc: { ...doc, contacts }, moved };
}

/** The changes that turn the journal in `store` into `doc`; records that are already equal are left alone. */
export function replaceJournalChanges(store: JournalStore, doc: JournalDocument): Change[] {
  const changes: Change[] = [];
  const keepContacts = new Set(doc.contacts.map((c) => c.id));
  const keepInteractions = new Set(doc.interactions.map((i) => i.id));
  const keepCoach = new Set(doc.coach.map((r) => r.id));
  for (const id of store.coach.keys()) if (!keepCoach.has(id)) changes.push({ op: 'delete', collection: 'coach', id });
  for (const id of store.interactions.keys()) if (!keepInteractions.has(id)) changes.push({ op: 'delete', collection: 'interactions', id });
  for (const id of store.contacts.keys()) if (!keepContacts.has(id)) changes.push({ op: 'delete', collection: 'contacts', id });
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const value of doc.contacts) if (!same(store.contacts.get(value.id), value)) changes.push({ op: 'put', collection: 'contacts', value });
  for (const value of doc.interactions) {
    if (!same(store.interactions.get(value.id), value)) changes.push({ op: 'put', collection: 'interactions', value });
  }
  for (const value of doc.coach) if (!same(store.coach.get(value.id), value)) changes.push({ op: 'put', collection: 'coach', value });
  if (!same(store.settings, doc.settings)) changes.push({ op: 'settings', value: doc.settings });
  return changes;
}

/** The text of a backup file from the data folder, opened if it is sealed; `backupUnreadable` when it does not open. */
export function openBackupText(store: Pick<JournalStore, 'fileCodec'>, bytes: Buffer, file: string): string {
  try {
    return store.fileCodec.open(bytes, file).toString('utf8');
  } catch {
    throw new PlauschError('backupUnreadable', { file });
  }
}

interface BackupsDeps {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  dataDir: string;
  /** The language of the words Plausch adds to a restored journal. */
  language(): Language;
  /** Where the photos of a restored complete backup go; without it they are not restored. */
  photos?: Pick<PhotosService, 'attachImported'>;
}

/** The photos a complete backup carries (see transfer/index.ts), each checked again when it is written. */
export function photosInBackup(text: string): { contactId: string; bytes: Uint8Array }[] {
  let photos: unknown;
  try {
    photos = (JSON.parse(text.replace(/^\ufeff/, '')) as { photos?: unknown }).photos;
  } catch {
    return [];
  }
  if (typeof photos !== 'object' || photos === null || Array.isArray(photos)) return [];
  return Object.entries(photos).flatMap(([contactId, base64]) => {
    if (!idSchema.safeParse(contactId).success || typeof base64 !== 'string') return [];
    try {
      return [{ contactId, bytes: photoBytesFromBase64(base64) }];
    } catch {
      return [];
    }
  });
}

export function createBackups({ store, clock, writer, dataDir, language, photos }: BackupsDeps) {
  const dir = backupsDir(dataDir);

  async function info(name: string): Promise<BackupInfo> {
    const { mtime, size } = await stat(join(dir, name));
    return { name, kind: KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other', createdAt: mtime.toISOString(), bytes: size };
  }

  async function restoreDocument(read: JournalDocument, text: string): Promise<RestoreReceipt> {
    const { doc, moved } = moveInvalidAddressesToNotes(read, language());
    const safetyBackup = await store.backupNow('pre-restore');
    const receipt = await writer.write(() => ({
      changes: replaceJournalChanges(store, doc),
      result: { safetyBackup, contacts: doc.contacts.length, interactions: doc.interactions.length, addressesMovedToNotes: moved },
    }));
    const backedUpPhotos = photos ? photosInBackup(text) : [];
    if (photos && backedUpPhotos.length > 0) await photos.attachImported(backedUpPhotos, { replace: true });
    return receipt;
  }

  return {
    async list(): Promise<BackupInfo[]> {
      const names = await readdir(dir).catch(() => [] as string[]);
      const infos = await Promise.all(names.filter((name) => BACKUP_NAME.test(name)).map((name) => info(name).catch(() => undefined)));
      return infos
        .filter((entry): entry is BackupInfo => entry !== undefined)
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.name < b.name ? 1 : -1));
    },

    async create(): Promise<BackupInfo> {
      const file = await store.backupNow('manual');
      return info(file.slice(dir.length + 1));
    },

    async restore(name: string): Promise<RestoreReceipt> {
      if (!BACKUP_NAME.test(name)) throw new PlauschError('notFound', { id: name });
      const bytes = await readFile(join(dir, name)).catch(() => {
        throw new PlauschError('notFound', { id: name });
      });
      const text = openBackupText(store, bytes, name);
      return restoreDocument(readBackupDocument(text, name, clock), text);
    },

    /** Restores a JSON backup or export from anywhere (the command line's `restore FILE`). */
    async restoreFromText(text: string, file: string): Promise<RestoreReceipt> {
      return restoreDocument(readBackupDocument(text, file, clock), text);
    },
  };
}

export type BackupsService = ReturnType<typeof createBackups>;
