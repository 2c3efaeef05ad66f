// Durable file primitives. Every file the store creates is private to the user (0600) and reaches the disk before
// the store relies on it: a rename is only atomic across a power cut once the data and the directory are synced.
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { StoreError } from './store-error';

/** The part of `node:fs/promises` the store uses; tests pass a wrapper that fails on purpose. */
export type StoreFileSystem = Pick<
  typeof nodeFs,
  'open' | 'readFile' | 'rename' | 'unlink' | 'readdir' | 'mkdir' | 'stat' | 'lstat' | 'link' | 'chmod'
>;

export const realFileSystem: StoreFileSystem = nodeFs;

export const privateFileMode = 0o600;
export const privateDirMode = 0o700;

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

export async function ensureDir(fs: StoreFileSystem, dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: privateDirMode });
}

/** Makes a rename, creation or deletion in `dir` durable. Windows cannot open directories, and needs no such sync. */
export async function syncDir(fs: StoreFileSystem, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Replaces `file` with `text` so that a crash leaves either the old or the new content, never a mix. */
export async function writeFileAtomic(fs: StoreFileSystem, file: string, text: string | Uint8Array): Promise<void> {
  const temp = join(dirname(file), `${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', privateFileMode);
  try {
    try {
      await handle.chmod(privateFileMode);
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDir(fs, dirname(file));
}

/** Windows has no such flag (0); there a look before opening stands in for it. */
const noFollow = constants.O_NOFOLLOW ?? 0;

async function isLink(fs: StoreFileSystem, file: string): Promise<boolean> {
  try {
    return (await fs.lstat(file)).isSymbolicLink();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * Opens one of the journal's files without following a symbolic link in its place: whoever can put a link into the
 * data folder would otherwise have Plausch read, truncate or chmod the file it points to. Such a link is refused
 * (`linkedFile`). Files the store writes anew need no such care: a rename replaces a link instead of following it.
 */
export async function openDataFile(fs: StoreFileSystem, file: string, flags: number, mode?: number): Promise<FileHandle> {
  if (noFollow === 0 && (await isLink(fs, file))) throw new StoreError('linkedFile', { file });
  try {
    return await fs.open(file, flags | noFollow, mode);
  } catch (error) {
    // Linux and macOS answer ELOOP for a link opened with O_NOFOLLOW, FreeBSD EMLINK.
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (noFollow !== 0 && (code === 'ELOOP' || code === 'EMLINK')) throw new StoreError('linkedFile', { file });
    throw error;
  }
}

/** The bytes of one of the journal's files; `null` when it does not exist, `linkedFile` when a link stands there. */
export async function readDataFile(fs: StoreFileSystem, file: string): Promise<Buffer | null> {
  let handle: FileHandle;
  try {
    handle = await openDataFile(fs, file, constants.O_RDONLY);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** `null` when the file does not exist. */
export async function readTextIfExists(fs: StoreFileSystem, file: string): Promise<string | null> {
  return (await readDataFile(fs, file))?.toString('utf8') ?? null;
}

/** Whether a failed `link` means the file system has no hard links (FAT on a USB stick, some network shares). */
export function linksUnsupported(error: unknown): boolean {
  return ['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP', 'EXDEV'].includes((error as NodeJS.ErrnoException).code ?? '');
}

export async function exists(fs: StoreFileSystem, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Moves a file aside under a name that does not exist yet; returns the new path. */
export async function moveAside(fs: StoreFileSystem, file: string, target: (attempt: number) => string): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const destination = target(attempt);
    try {
      // link + unlink instead of rename: rename would silently replace an earlier damaged file of the same name.
      await fs.link(file, destination);
      await fs.unlink(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      if (!linksUnsupported(error)) throw error;
      if (await exists(fs, destination)) continue;
      await fs.rename(file, destination);
    }
    await syncDir(fs, dirname(file));
    return destination;
  }
}

/** A timestamp usable in file names on every platform (no colons). */
export function fileStamp(instant: Date): string {
  return instant.toISOString().replace(/[:.]/g, '-');
}
