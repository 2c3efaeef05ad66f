// The store is the only writer of its folder. A lock file holding the owner's pid keeps a second process (a second
// app instance that slipped past Electron's lock, a CLI) out; a lock left by a process that has died is taken over.
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isMissing, linksUnsupported, privateFileMode, syncDir, type StoreFileSystem } from './files';
import { StoreError } from './store-error';

export interface HeldLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireLock(fs: StoreFileSystem, dir: string, file = join(dir, 'plausch.lock')): Promise<HeldLock> {
  // The pid is written to a private temp file first and then hard-linked into place, so the lock file never
  // exists without its pid (an empty lock would be indistinguishable from a crashed owner).
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await fs.open(temp, 'wx', privateFileMode);
  try {
    await handle.writeFile(String(process.pid), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        await linkOrCreate(fs, temp, file);
        await syncDir(fs, dir);
        return { release: () => releaseLock(fs, dir, file) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = Number.parseInt((await fs.readFile(file, 'utf8').catch(() => '')).trim(), 10);
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) throw new StoreError('locked', { pid: owner, file });
      await fs.unlink(file).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    }
    throw new StoreError('locked', { file });
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

/** Without hard links the lock is created exclusively and filled afterwards, briefly empty but still exclusive. */
async function linkOrCreate(fs: StoreFileSystem, temp: string, file: string): Promise<void> {
  try {
    await fs.link(temp, file);
  } catch (error) {
    if (!linksUnsupported(error)) throw error;
    const handle = await fs.open(file, 'wx', privateFileMode);
    try {
      await handle.writeFile(String(process.pid), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

async function releaseLock(fs: StoreFileSystem, dir: string, file: string): Promise<void> {
  const owner = Number.parseInt((await fs.readFile(file, 'utf8').catch(() => '')).trim(), 10);
  if (owner !== process.pid) return;
  await fs.unlink(file).catch(() => undefined);
  await syncDir(fs, dir).catch(() => undefined);
}
