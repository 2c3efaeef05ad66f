// Contacts' photos, one file each in `<data>/photos/<contact id>.photo` (JPEG or PNG bytes, told apart by their
// content). They stay out of the journal's main file, whose every rewrite and read has a time budget; a photo costs
// its own small file instead. Every write is atomic (temp file, sync, rename), as in the store.
//
// A deleted contact's photo moves to `photos/removed/`, named with the instant of the removal, so that undoing the
// delete or restoring a backup that still holds the contact brings the photo back with it. Removed photos older than
// KEEP_REMOVED_DAYS are deleted when the journal is next opened.
//
// Photos are the journal's own files: written through the store's codec (sealed while encryption is on) and read
// through it; the store seals or opens them all when encryption is switched.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PlauschError } from '../../../shared/errors';
import type { ContactPhoto, PhotoIndex } from '../../../shared/photos-contract';
import { examinePhoto } from '../../../shared/photos';
import { ensureDir, isMissing, readDataFile, realFileSystem, syncDir, writeFileAtomic, type StoreFileSystem } from '../store/files';
import type { JournalStore, Logger } from '../store/types';
import type { Clock } from './clock';
import type { JournalWriter } from './journal-writer';
import { requireContact } from './records';

/** How long the photo of a deleted contact is kept for an undo or a restore. */
export const KEEP_REMOVED_DAYS = 30;

const PHOTO_FILE = /^([\w-]+)\.photo$/;
/** `<removal instant in ms>_<contact id>.photo`; the digits cannot swallow the underscore, so ids may hold one. */
const REMOVED_FILE = /^(\d+)_([\w-]+)\.photo$/;
const TEMP_FILE = /\.photo\.[0-9a-f]+\.tmp$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function photosDir(dataDir: string): string {
  return join(dataDir, 'photos');
}

function removedDir(dataDir: string): string {
  return join(photosDir(dataDir), 'removed');
}

/** A photo's version: changes with its bytes, so the window's cache of it never shows an old one. */
function versionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** Bytes from base64, read strictly: Buffer.from would skip whatever it cannot read and hand back a broken picture. */
export function photoBytesFromBase64(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) throw new PlauschError('photoUnreadable');
  return Buffer.from(compact, 'base64');
}

/** The reason bytes are refused, as the error the window translates; nothing is written. */
function checkedPhoto(bytes: Uint8Array) {
  const examined = examinePhoto(bytes);
  if (!examined.ok) throw new PlauschError(examined.reason === 'tooLarge' ? 'photoTooLarge' : 'photoUnreadable');
  return examined.facts;
}

interface PhotosDeps {
  dataDir: string;
  store: JournalStore;
  writer: JournalWriter;
  clock: Clock;
  log: Logger;
  /** For tests that need a disk that fails. */
  fs?: StoreFileSystem;
}

export function createPhotos({ dataDir, store, writer, clock, log, fs = realFileSystem }: PhotosDeps) {
  const dir = photosDir(dataDir);
  const removed = removedDir(dataDir);
  /** Contact id to the photo's version; '0' for a photo found on disk at start, whose bytes were not read. */
  const versions = new Map<string, string>();
  /** Contact id to the file name of its removed photo. */
  const removedFiles = new Map<string, string>();
  const changeListeners = new Set<() => void>();
  /** File work runs one step at a time, so two changes to one photo land in the order they were asked for. */
  let queue: Promise<unknown> = Promise.resolve();

  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  const fileOf = (id: string) => join(dir, `${id}.photo`);

  function announce(): void {
    for (const listener of changeListeners) {
      try {
        listener();
      } catch (error) {
        log.error('photos: a change listener failed', error);
      }
    }
  }

  async function namesIn(folder: string): Promise<string[]> {
    try {
      return await fs.readdir(folder);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  async function moveToRemoved(id: string): Promise<void> {
    const name = `${clock.now().getTime()}_${id}.photo`;
    await ensureDir(fs, removed);
    await fs.rename(fileOf(id), join(removed, name));
    await syncDir(fs, removed);
    await syncDir(fs, dir);
    const earlier = removedFiles.get(id);
    if (earlier && earlier !== name) await fs.unlink(join(removed, earlier)).catch(() => undefined);
    removedFiles.set(id, name);
    versions.delete(id);
  }

  async function bringBack(id: string, name: string): Promise<void> {
    await fs.rename(join(removed, name), fileOf(id));
    await syncDir(fs, dir);
    await syncDir(fs, removed);
    removedFiles.delete(id);
    versions.set(id, '0');
  }

  /** Reads the folders once: which photos there are, what a crash left behind, which removed ones are due to go. */
  async function load(): Promise<void> {
    const keepSince = clock.now().getTime() - KEEP_REMOVED_DAYS * 24 * 60 * 60_000;
    for (const name of await namesIn(removed)) {
      const match = REMOVED_FILE.exec(name);
      if (!match) continue;
      const [, removedAt, id] = match as unknown as [string, string, string];
      if (Number(removedAt) < keepSince) await fs.unlink(join(removed, name)).catch(() => undefined);
      else if ((removedFiles.get(id) ?? '') < name) removedFiles.set(id, name);
    }
    for (const name of await namesIn(dir)) {
      if (TEMP_FILE.test(name)) {
        await fs.unlink(join(dir, name)).catch(() => undefined);
        continue;
      }
      const id = PHOTO_FILE.exec(name)?.[1];
      if (!id) continue;
      versions.set(id, '0');
      // A crash between deleting a contact and moving its photo leaves the photo behind; it is moved now.
      if (!store.contacts.has(id)) await moveToRemoved(id);
    }
  }

  const loaded = exclusive(load);
  loaded.catch((error: unknown) => log.error('photos: the photos folder could not be read', error));

  // A deleted contact's photo is put aside; a contact that comes back (undo, restore) gets it again.
  writer.onCommitted(({ changes }) => {
    const deleted: string[] = [];
    const returned: string[] = [];
    for (const change of changes) {
      if (change.op === 'delete' && change.collection === 'contacts') deleted.push(change.id);
      else if (change.op === 'put' && change.collection === 'contacts') returned.push(change.value.id);
    }
    if (deleted.length === 0 && returned.every((id) => !removedFiles.has(id))) return;
    exclusive(async () => {
      let changed = false;
      for (const id of deleted) {
        if (!versions.has(id) || store.contacts.has(id)) continue;
        await moveToRemoved(id);
        changed = true;
      }
      for (const id of returned) {
        const name = removedFiles.get(id);
        if (!name || versions.has(id) || !store.contacts.has(id)) continue;
        await bringBack(id, name);
        changed = true;
      }
      if (changed) announce();
    }).catch((error: unknown) => log.error('photos: could not move a deleted contact’s photo', error));
  });

  /** A photo's plain bytes; `null` when there is none, or it is sealed and does not open (changed behind our back). */
  async function readPhoto(id: string): Promise<Buffer | null> {
    const file = fileOf(id);
    const stored = await readDataFile(fs, file);
    if (!stored) return null;
    try {
      return store.fileCodec.open(stored, file);
    } catch (error) {
      log.warn('photos: a stored photo does not open; it is not shown', { id, error: String(error) });
      return null;
    }
  }

  async function write(id: string, bytes: Uint8Array): Promise<string> {
    await ensureDir(fs, dir);
    await writeFileAtomic(fs, fileOf(id), store.fileCodec.seal(bytes));
    const version = versionOf(bytes);
    versions.set(id, version);
    return version;
  }

  return {
    /** Resolves once the photos folder is read (tests, and whoever must know the start is done). */
    loaded,

    /** Resolves once the file work asked for so far (a deleted contact's photo put aside, say) is done. */
    idle(): Promise<void> {
      return queue.then(() => undefined);
    },

    async list(): Promise<PhotoIndex> {
      await loaded.catch(() => undefined);
      const index: PhotoIndex = {};
      for (const [id, version] of versions) if (store.contacts.has(id)) index[id] = version;
      return index;
    },

    async get(id: string): Promise<ContactPhoto | null> {
      await loaded.catch(() => undefined);
      if (!versions.has(id) || !store.contacts.has(id)) return null;
      const bytes = await readPhoto(id);
      if (!bytes) return null;
      const examined = examinePhoto(bytes);
      if (!examined.ok) {
        log.warn('photos: a stored photo does not read as one; it is not shown', { id, reason: examined.reason });
        return null;
      }
      return { type: examined.facts.type, base64: bytes.toString('base64'), version: versionOf(bytes) };
    },

    /** The user's choice: refused with a translated error, and nothing changed, unless the photo is within the limit. */
    set(id: string, base64: string): Promise<{ version: string }> {
      requireContact(store, id);
      const bytes = photoBytesFromBase64(base64);
      checkedPhoto(bytes);
      return exclusive(async () => {
        await loaded.catch(() => undefined);
        // The contact may have been deleted while earlier file work ran.
        requireContact(store, id);
        const version = await write(id, bytes);
        announce();
        return { version };
      });
    },

    remove(id: string): Promise<null> {
      requireContact(store, id);
      return exclusive(async () => {
        await loaded.catch(() => undefined);
        await fs.unlink(fileOf(id)).catch((error: unknown) => {
          if (!isMissing(error)) throw error;
        });
        await syncDir(fs, dir).catch(() => undefined);
        versions.delete(id);
        announce();
        return null;
      });
    },

    /**
     * Deletes the contact's photo for good, the copy kept for an undo included (forgetting a person); resolves to
     * whether there was one. Queued behind the move of a just deleted contact's photo, so that copy goes too.
     */
    erase(id: string): Promise<boolean> {
      return exclusive(async () => {
        await loaded.catch(() => undefined);
        let erased = false;
        for (const file of [fileOf(id), ...(await namesIn(removed)).filter((name) => REMOVED_FILE.exec(name)?.[2] === id).map((name) => join(removed, name))]) {
          erased = (await fs.unlink(file).then(
            () => true,
            (error: unknown) => {
              if (isMissing(error)) return false;
              throw error;
            },
          )) || erased;
        }
        await syncDir(fs, dir).catch(() => undefined);
        await syncDir(fs, removed).catch(() => undefined);
        const hadOne = versions.delete(id);
        removedFiles.delete(id);
        if (erased || hadOne) announce();
        return erased;
      });
    },

    /**
     * Photos that came with an import or a restored backup, for contacts that exist by now. From an import, a contact
     * with a photo of its own keeps it; a restore (`replace`) puts back the photo the backup holds. Those that are not
     * a photo within the limit are left out and counted, never failing the import or the restore.
     */
    attachImported(
      photos: readonly { contactId: string; bytes: Uint8Array }[],
      { replace = false }: { replace?: boolean } = {},
    ): Promise<{ attached: number; leftOut: number }> {
      return exclusive(async () => {
        await loaded.catch(() => undefined);
        let attached = 0;
        let leftOut = 0;
        for (const { contactId, bytes } of photos) {
          if (!store.contacts.has(contactId) || (versions.has(contactId) && !replace)) continue;
          if (!examinePhoto(bytes).ok) {
            leftOut += 1;
            continue;
          }
          await write(contactId, bytes);
          attached += 1;
        }
        if (attached > 0) announce();
        return { attached, leftOut };
      });
    },

    /** The stored bytes of the photos of these contacts (for an export); contacts without one are not in the map. */
    async bytesOf(ids: Iterable<string>): Promise<Map<string, Uint8Array>> {
      await loaded.catch(() => undefined);
      const found = new Map<string, Uint8Array>();
      for (const id of ids) {
        if (!versions.has(id)) continue;
        const bytes = await readPhoto(id).catch(() => null);
        if (bytes && examinePhoto(bytes).ok) found.set(id, bytes);
      }
      return found;
    },

    /** Calls `listener` after any photo was set, removed, put aside or brought back; returns the unsubscribe. */
    onChanged(listener: () => void): () => void {
      changeListeners.add(listener);
      return () => {
        changeListeners.delete(listener);
      };
    },
  };
}

export type PhotosService = ReturnType<typeof createPhotos>;
