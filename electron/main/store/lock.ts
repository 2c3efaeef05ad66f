// The store is the only writer of its folder. `plausch.lock` names the process that holds it, and a lock whose
// process is gone is taken over.
//
// A pid alone is a weak name: pids are reused, after a reboot or in a container where every start is pid 1, and a
// lock naming a live but unrelated process would keep the folder shut for good. So on Linux the lock also records
// the boot (/proc/sys/kernel/random/boot_id) and the moment the owner started within it (field 22 of
// /proc/<pid>/stat, in clock ticks since boot): both stay the same for the life of a process, whatever the wall
// clock does. Elsewhere that cannot be read without starting another program, and the pid alone decides, as it
// does for a lock written by an older Plausch.
//
// The file holds one record a line, the owner's first, so that older versions and `parseInt` still read its pid:
//   4242 16d6b4d3-3f72-41d1-9179-38f9ad451edf:1234567 9f3c5e0a1b2c3d4e    pid, boot:start (or -), a token for this lock
//   claim 4300 16d6b4d3-3f72-41d1-9179-38f9ad451edf:1239876 a1b2c3d4e5f60718    a process taking this stale lock over
//   withdraw a1b2c3d4e5f60718    … which lost to an earlier claim
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isMissing, linksUnsupported, openDataFile, privateFileMode, readTextIfExists, syncDir, type StoreFileSystem } from './files';
import { StoreError } from './store-error';

export interface HeldLock {
  release(): Promise<void>;
}

const lockName = 'plausch.lock';
/** An acquirer's record waits in `plausch.lock.<pid>-<token>.tmp` until it is linked into place. */
const tempFilePattern = /^plausch\.lock\.(\d+)-[0-9a-f]+\.tmp$/;
/**
 * Each pass places the lock, finds a running owner or claimant, or sees a stale lock go; only a process that dies
 * in between makes another pass necessary.
 */
const maxPasses = 5;

interface ProcessName {
  pid: number;
  /** `boot:start`, where the system tells; without it only the pid can be checked. */
  identity: string | undefined;
}

interface Owner extends ProcessName {
  /** Tells this lock from an earlier one of the same process; a lock written by an older Plausch has none. */
  token: string | undefined;
}

interface Claim extends ProcessName {
  token: string;
}

function isExisting(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EEXIST';
}

/** Which boot `pid` runs in and when it started, or `undefined` where the system does not say (see the top). */
async function identityOf(fs: StoreFileSystem, pid: number): Promise<string | undefined> {
  if (process.platform !== 'linux') return undefined;
  try {
    const [boot, stat] = await Promise.all([fs.readFile('/proc/sys/kernel/random/boot_id', 'utf8'), fs.readFile(`/proc/${pid}/stat`, 'utf8')]);
    // Field 2, the command name, may hold spaces and parentheses; the fields after its last ')' start at field 3.
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3];
    return start !== undefined && /^\d+$/.test(start) ? `${boot.trim()}:${start}` : undefined;
  } catch {
    return undefined;
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a live process could be a Plausch writer at all: the desktop app, the browser shell or the command line
 * all run as Electron or Node, under a name with `plausch`, `electron` or `node` in it. Read from /proc on Linux;
 * `undefined` where it cannot be read.
 */
async function couldBePlausch(fs: StoreFileSystem, pid: number): Promise<boolean | undefined> {
  if (process.platform !== 'linux') return undefined;
  try {
    const commandLine = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8');
    return /plausch|electron|node/i.test(commandLine);
  } catch {
    return undefined;
  }
}

/**
 * Whether the process a record names is still the one that wrote it. A record without boot and start time, as an
 * older Plausch wrote it, has only its pid: that is judged by what runs under the pid now, so that a pid reused by
 * an unrelated program (pid 1 after a restart, a shell) no longer keeps the folder shut for good. A live Node or
 * Electron process keeps it, since it might be an older Plausch at work.
 */
async function isRunning(fs: StoreFileSystem, name: ProcessName): Promise<boolean> {
  if (name.identity !== undefined) {
    const now = await identityOf(fs, name.pid);
    if (now !== undefined) return now === name.identity;
  }
  if (!pidExists(name.pid)) return false;
  return name.identity !== undefined || (await couldBePlausch(fs, name.pid)) !== false;
}

function recordOf(name: ProcessName, token: string): string {
  return `${name.pid} ${name.identity ?? '-'} ${token}`;
}

function parseLock(text: string): { owner: Owner | undefined; claims: Claim[] } {
  const [first = '', ...rest] = text.split('\n');
  const owner = /^(\d+)(?: (\S+) ([0-9a-f]+))?$/.exec(first.trim());
  const withdrawn = new Set(rest.map((line) => /^withdraw ([0-9a-f]+)$/.exec(line)?.[1]));
  const claims = rest.flatMap((line) => {
    const claim = /^claim (\d+) (\S+) ([0-9a-f]+)$/.exec(line);
    if (!claim?.[1] || !claim[2] || !claim[3] || withdrawn.has(claim[3])) return [];
    return [{ pid: Number(claim[1]), identity: claim[2] === '-' ? undefined : claim[2], token: claim[3] }];
  });
  return {
    owner: owner?.[1] ? { pid: Number(owner[1]), identity: owner[2] === '-' ? undefined : owner[2], token: owner[3] } : undefined,
    claims,
  };
}

/** Reads from the start whatever the handle's position: an append moves it to the end. */
async function readWhole(handle: FileHandle): Promise<string> {
  const chunks: Buffer[] = [];
  for (let position = 0; ; ) {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(4096), 0, 4096, position);
    if (bytesRead === 0) return Buffer.concat(chunks).toString('utf8');
    chunks.push(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
}

export async function acquireLock(fs: StoreFileSystem, dir: string): Promise<HeldLock> {
  const file = join(dir, lockName);
  const token = randomBytes(8).toString('hex');
  const me: Claim = { pid: process.pid, identity: await identityOf(fs, process.pid), token };
  const record = `${recordOf(me, token)}\n`;
  // The record is written to a private temp file first and then hard-linked into place, so the lock file never
  // exists without its owner (an empty lock could not be told from one whose owner died while writing it).
  const temp = join(dir, `${lockName}.${me.pid}-${token}.tmp`);
  const handle = await fs.open(temp, 'wx', privateFileMode);
  try {
    try {
      await handle.writeFile(record, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let pass = 0; pass < maxPasses; pass += 1) {
      if (await placeLock(fs, temp, file, record)) {
        const lock = { release: () => releaseLock(fs, dir, file, token) };
        try {
          await syncDir(fs, dir);
        } catch (error) {
          await lock.release();
          throw error;
        }
        await removeTempFilesOfGoneAcquirers(fs, dir);
        return lock;
      }
      await removeIfStale(fs, file, me);
    }
    throw new StoreError('locked', { file });
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

/** Puts the record in place as the lock unless a lock is there already; `false` when one is. */
async function placeLock(fs: StoreFileSystem, temp: string, file: string, record: string): Promise<boolean> {
  try {
    await fs.link(temp, file);
    return true;
  } catch (error) {
    if (isExisting(error)) return false;
    if (!linksUnsupported(error)) throw error;
  }
  // Without hard links the lock is created exclusively and filled afterwards: briefly empty, and a process that
  // finds it so takes it for stale. That race is left to file systems without links (FAT on a USB stick).
  let handle: FileHandle;
  try {
    handle = await fs.open(file, 'wx', privateFileMode);
  } catch (error) {
    if (isExisting(error)) return false;
    throw error;
  }
  try {
    await handle.writeFile(record, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.unlink(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return true;
}

/**
 * Removes the lock if the process it names is gone, and otherwise refuses with `locked`.
 *
 * Several processes may find the same stale lock at once, and a plain "read, judge, unlink" lets a slow one unlink
 * the fresh lock a faster one has just put in its place: both then write. So the stale file decides who removes it.
 * Each process appends its claim to the very file it judged (through its handle, never by name), and only the first
 * claimant still running goes on; the others withdraw their claims and report the folder as locked. No one but that
 * claimant removes the file while it runs, so if the file still stands under the lock's name, unlinking the name
 * removes this file and no other. A claimant that dies on the way loses its turn to the next claim.
 */
async function removeIfStale(fs: StoreFileSystem, file: string, me: Claim): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await openDataFile(fs, file, constants.O_RDWR | constants.O_APPEND);
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  try {
    const { owner } = parseLock(await readWhole(handle));
    if (owner && (await isRunning(fs, owner))) throw new StoreError('locked', { pid: owner.pid, file });
    // Each record starts on a line of its own, even after a lock written without a final newline or a torn append.
    await handle.write(`\nclaim ${recordOf(me, me.token)}\n`);
    try {
      const first = await firstRunningClaim(fs, parseLock(await readWhole(handle)).claims);
      if (first?.token !== me.token) throw new StoreError('locked', first ? { pid: first.pid, file } : { file });
      if (await isStillNamed(fs, file, handle)) await fs.unlink(file);
    } catch (error) {
      await handle.write(`\nwithdraw ${me.token}\n`).catch(() => undefined);
      throw error;
    }
  } finally {
    await handle.close();
  }
}

async function firstRunningClaim(fs: StoreFileSystem, claims: Claim[]): Promise<Claim | undefined> {
  for (const claim of claims) if (await isRunning(fs, claim)) return claim;
  return undefined;
}

/** Whether `file` still names the file open in `handle`, not one put there since. */
async function isStillNamed(fs: StoreFileSystem, file: string, handle: FileHandle): Promise<boolean> {
  const held = await handle.stat({ bigint: true });
  try {
    const named = await fs.stat(file, { bigint: true });
    return named.dev === held.dev && named.ino === held.ino;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * Temporary files of acquirers that died before removing their own. One of a running process is left alone: it may
 * be about to be linked into place. The pid in the name decides, since an acquirer may die before its record is
 * written; a pid reused since only leaves a small file until that process ends too.
 */
async function removeTempFilesOfGoneAcquirers(fs: StoreFileSystem, dir: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = tempFilePattern.exec(name)?.[1];
    if (pid !== undefined && !pidExists(Number(pid))) await fs.unlink(join(dir, name)).catch(() => undefined);
  }
}

async function releaseLock(fs: StoreFileSystem, dir: string, file: string, token: string): Promise<void> {
  const text = await readTextIfExists(fs, file).catch(() => null);
  if (text === null || parseLock(text).owner?.token !== token) return;
  await fs.unlink(file).catch(() => undefined);
  await syncDir(fs, dir).catch(() => undefined);
}

/** The pid of the running process that holds `dir`, if any: a lock left by a process that is gone names none. */
export async function lockHolder(fs: StoreFileSystem, dir: string): Promise<number | undefined> {
  const text = await readTextIfExists(fs, join(dir, lockName)).catch(() => null);
  const owner = text === null ? undefined : parseLock(text).owner;
  return owner && (await isRunning(fs, owner)) ? owner.pid : undefined;
}
