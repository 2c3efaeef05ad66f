// The single-writer lock, against the defects a review reproduced: a stale lock taken over by two processes at
// once, a holder's clean-up deleting another writer's temporary lock file, a lock naming a live but unrelated
// process blocking the folder for good, and temporary files left behind when the disk is full. Where two
// acquirers race, the test stops one of them at the decisive step and lets the other run, so the interleaving
// is the same on every run, however fast the machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as nodeFs from 'node:fs/promises';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError, type StoreFileSystem } from '../../../../electron/main/store';
import { acquireLock } from '../../../../electron/main/store/lock';
import { open, tempDir } from './helpers';

const lockName = 'plausch.lock';
const isLockTemp = (name: string) => name.startsWith(`${lockName}.`) && name.endsWith('.tmp');

/** A file system that halts the first call of one method on a matching path until the test lets it go on. */
function haltingAt(method: 'link' | 'unlink', matches: (path: string) => boolean) {
  let arrive = () => {};
  let resume = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const resumed = new Promise<void>((resolve) => (resume = resolve));
  let halted = false;
  const halt = async (path: string) => {
    if (halted || !matches(path)) return;
    halted = true;
    arrive();
    await resumed;
  };
  const fs: StoreFileSystem =
    method === 'link'
      ? { ...nodeFs, link: async (existing, target) => (await halt(String(target)), nodeFs.link(existing, target)) }
      : { ...nodeFs, unlink: async (path) => (await halt(String(path)), nodeFs.unlink(path)) };
  return { fs, arrived, resume };
}

function diskFull(): NodeJS.ErrnoException {
  return Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
}

/** A disk that is full for every write through a file handle opened on a path that `fullFor` picks. */
function fullDisk(fullFor: (path: string) => boolean, base: StoreFileSystem = nodeFs): StoreFileSystem {
  const openFile = async (...args: Parameters<typeof nodeFs.open>) => {
    const handle = await base.open(...args);
    if (!fullFor(String(args[0]))) return handle;
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'write' || property === 'writeFile' || property === 'appendFile') {
          return async () => {
            throw diskFull();
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return { ...base, open: openFile as StoreFileSystem['open'] };
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

async function deadPid(): Promise<number> {
  const dead = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await once(dead, 'exit');
  if (dead.pid === undefined) throw new Error('no pid');
  return dead.pid;
}

/** A live process that is not Plausch, waiting to be killed. */
async function liveProcess(): Promise<ChildProcess & { pid: number }> {
  const child = spawn(process.execPath, ['-e', 'console.log("up"); setInterval(() => {}, 1 << 30)'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  await once(child.stdout, 'data');
  if (child.pid === undefined) throw new Error('no pid');
  return child as ChildProcess & { pid: number };
}

/** Linux's name for this boot, and the start of `pid` in clock ticks since boot (field 22 of /proc/<pid>/stat). */
async function bootAndStart(pid: number): Promise<{ boot: string; start: number }> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const start = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3]);
  const boot = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
  return { boot, start };
}

/** A lock file as Plausch writes it: the owner's pid, then its boot and start time, then a token for this lock. */
function lockRecord(pid: number, boot: string, start: number): string {
  return `${pid} ${boot}:${start} 0123456789abcdef\n`;
}

describe('a stale lock found by two processes at once', () => {
  it('goes to one of them: the slower one does not remove the lock the faster one has just taken', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, lockName), String(await deadPid()));
    // The first acquirer halts right before it removes the stale lock; the second runs to its end meanwhile.
    const slow = haltingAt('unlink', (path) => path === join(dir, lockName));
    const first = acquireLock(slow.fs, dir).then(
      (lock) => ({ lock }),
      (error: unknown) => ({ error }),
    );
    await slow.arrived;
    const second = await acquireLock(nodeFs, dir).then(
      (lock) => ({ lock }),
      (error: unknown) => ({ error }),
    );
    slow.resume();
    const outcomes = [await first, second];

    const holders = outcomes.filter((outcome) => 'lock' in outcome);
    const refused = outcomes.filter((outcome) => 'error' in outcome);
    expect(holders).toHaveLength(1);
    expect(refused).toEqual([{ error: expect.objectContaining({ name: 'StoreError', code: 'locked' }) }]);
    for (const holder of holders) if ('lock' in holder) await holder.lock.release();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('temporary lock files', () => {
  it("are never removed by a holder's clean-up while the writer that made one is about to link it", async () => {
    const dir = await tempDir();
    // The second writer halts with its temporary file written, right before linking it into place.
    const racing = haltingAt('link', (path) => path === join(dir, lockName));
    const second = open(dir, { fs: racing.fs }).catch((error: unknown) => error);
    await racing.arrived;
    const racingTemp = (await readdir(dir)).filter(isLockTemp);
    expect(racingTemp).toHaveLength(1);

    await open(dir);
    expect((await readdir(dir)).filter(isLockTemp)).toEqual(racingTemp);
    racing.resume();

    const refusal = await second;
    expect(refusal).toBeInstanceOf(StoreError);
    expect(refusal).toMatchObject({ code: 'locked', details: { pid: process.pid } });
    expect((await readdir(dir)).filter(isLockTemp)).toEqual([]);
  });

  it('left by a writer that died are removed by the next holder, those of a running one are kept', async () => {
    const dir = await tempDir();
    const running = await liveProcess();
    const ofDead = `${lockName}.${await deadPid()}-00aa11bb22cc33dd.tmp`;
    const ofRunning = `${lockName}.${running.pid}-44ee55ff66aa77bb.tmp`;
    await writeFile(join(dir, ofDead), '');
    await writeFile(join(dir, ofRunning), '');
    await open(dir);
    const temps = (await readdir(dir)).filter(isLockTemp);
    expect(temps).toEqual([ofRunning]);
  });
});

describe.runIf(process.platform === 'linux')('a lock naming a live process that is not its owner', () => {
  it('is taken over when the pid now belongs to a process that started later (pid 1 after a container restart)', async () => {
    const dir = await tempDir();
    const init = await bootAndStart(1);
    await writeFile(join(dir, lockName), lockRecord(1, init.boot, init.start + 1));
    await expect(open(dir)).resolves.toBeDefined();
  });

  it('is taken over when it was written before the machine last started', async () => {
    const dir = await tempDir();
    const init = await bootAndStart(1);
    await writeFile(join(dir, lockName), lockRecord(1, '00000000-0000-4000-8000-000000000000', init.start));
    await expect(open(dir)).resolves.toBeDefined();
  });

  it('still keeps a live owner named with its own start time: the folder stays locked and the lock untouched', async () => {
    const dir = await tempDir();
    const holder = await liveProcess();
    const { boot, start } = await bootAndStart(holder.pid);
    const record = lockRecord(holder.pid, boot, start);
    await writeFile(join(dir, lockName), record);
    await expect(open(dir)).rejects.toMatchObject({ name: 'StoreError', code: 'locked', details: { pid: holder.pid } });
    expect(await readFile(join(dir, lockName), 'utf8')).toBe(record);
  });
});

describe.runIf(process.platform === 'linux')('a lock an older Plausch wrote, with a pid alone', () => {
  it('is taken over when a program that cannot be Plausch now runs under that pid', async () => {
    const dir = await tempDir();
    const other = spawn('sleep', ['1000'], { stdio: 'ignore' });
    children.push(other);
    await once(other, 'spawn');
    await writeFile(join(dir, lockName), `${other.pid}\n`);
    const store = await open(dir);
    expect((await readFile(join(dir, lockName), 'utf8')).split(' ')[0]).toBe(String(process.pid));
    await store.close();
  });

  it('still keeps the folder for a live Node or Electron process, which may be an older Plausch at work', async () => {
    const dir = await tempDir();
    const holder = await liveProcess();
    await writeFile(join(dir, lockName), `${holder.pid}\n`);
    await expect(open(dir)).rejects.toMatchObject({ name: 'StoreError', code: 'locked', details: { pid: holder.pid } });
    expect(await readFile(join(dir, lockName), 'utf8')).toBe(`${holder.pid}\n`);
  });
});

describe('where a process start time cannot be read (outside Linux)', () => {
  const withoutProc: StoreFileSystem = {
    ...nodeFs,
    readFile: (async (...args: Parameters<typeof nodeFs.readFile>) => {
      if (String(args[0]).startsWith('/proc/')) throw Object.assign(new Error('no /proc here'), { code: 'ENOENT' });
      return nodeFs.readFile(...args);
    }) as StoreFileSystem['readFile'],
  };

  it('the pid alone decides: a running one keeps the folder, a dead one gives it up', async () => {
    const dir = await tempDir();
    const first = await open(dir, { fs: withoutProc });
    await expect(open(dir, { fs: withoutProc })).rejects.toMatchObject({ code: 'locked', details: { pid: process.pid } });
    await first.close();
    await writeFile(join(dir, lockName), `${await deadPid()} - 0123456789abcdef\n`);
    await expect(open(dir, { fs: withoutProc })).resolves.toBeDefined();
  });
});

describe('a full disk', () => {
  it('leaves no temporary lock file behind, however often the open is tried', async () => {
    const dir = await tempDir();
    const full = fullDisk((path) => isLockTemp(path.slice(dir.length + 1)));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(open(dir, { fs: full })).rejects.toMatchObject({ code: 'ENOSPC' });
    }
    expect(await readdir(dir)).toEqual([]);
    await expect(open(dir)).resolves.toBeDefined();
  });

  it('without hard links, leaves no empty lock behind either', async () => {
    const dir = await tempDir();
    const noLinks: StoreFileSystem = {
      ...nodeFs,
      link: async () => {
        throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      },
    };
    const full = fullDisk((path) => path === join(dir, lockName), noLinks);
    await expect(open(dir, { fs: full })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(dir)).toEqual([]);
    await expect(open(dir, { fs: noLinks })).resolves.toBeDefined();
  });
});
