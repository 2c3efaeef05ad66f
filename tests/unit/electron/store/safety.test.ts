import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as nodeFs from 'node:fs/promises';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError, type StoreFileSystem } from '../../../../electron/main/store';
import { readJournal } from '../../../../electron/main/store/read-only';
import { contact, interaction, open, openAndCrash, tempDir, testClock } from './helpers';

async function modes(dir: string): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const entry of await readdir(dir, { recursive: true })) {
    result[entry] = (await stat(join(dir, entry))).mode & 0o777;
  }
  return result;
}

describe('file modes', () => {
  it('creates every file 0600 and every folder 0700', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plausch.json'), JSON.stringify({ schemaVersion: 1, contacts: [], interactions: [] }));
    await nodeFs.chmod(join(dir, 'plausch.json'), 0o644);
    const store = await open(dir, { compactAfterEntries: 2 });
    for (const id of ['a', 'b', 'c']) await store.commit([{ op: 'put', collection: 'contacts', value: contact(id) }]);
    const whileOpen = await modes(dir);
    expect(whileOpen['plausch.lock']).toBe(0o600);
    expect(whileOpen['plausch.wal']).toBe(0o600);
    await store.close();
    const found = await modes(dir);
    expect(Object.keys(found).sort()).toEqual([
      'backups',
      expect.stringMatching(/^backups\/daily-2025-03-14\.json$/),
      expect.stringMatching(/^backups\/pre-migration-v1-.*\.json$/),
      'plausch.json',
      'plausch.wal',
    ]);
    for (const [name, mode] of Object.entries(found)) expect([name, mode]).toEqual([name, name === 'backups' ? 0o700 : 0o600]);
  });
});

describe('links in the data folder', () => {
  /** A journal with a contact and an interaction, closed, so that it has its main file, its log and a history year. */
  async function journalOnDisk(): Promise<string> {
    const dir = await tempDir();
    const store = await open(dir);
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
    await store.commit([{ op: 'put', collection: 'interactions', value: interaction('i', ['a']) }]);
    await store.close();
    return dir;
  }

  /** Puts a link where `name` was, to a copy of it elsewhere that anyone may read (0644), as an attacker would. */
  async function replaceWithLink(dir: string, name: string): Promise<{ target: string; content: Buffer }> {
    const target = join(await tempDir(), 'elsewhere');
    const content = await readFile(join(dir, name));
    await writeFile(target, content, { mode: 0o644 });
    await nodeFs.chmod(target, 0o644);
    await nodeFs.unlink(join(dir, name));
    await nodeFs.symlink(target, join(dir, name));
    return { target, content };
  }

  for (const name of ['plausch.wal', 'plausch.json', 'history/interactions-2025.json']) {
    it(`refuses a link in place of ${name}, says which, and leaves the file it points to alone`, async () => {
      const dir = await journalOnDisk();
      const { target, content } = await replaceWithLink(dir, name);

      const error = await open(dir).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'linkedFile', details: { file: join(dir, name) } });
      expect(await readFile(target)).toEqual(content);
      expect((await stat(target)).mode & 0o777).toBe(0o644);
      expect((await nodeFs.lstat(join(dir, name))).isSymbolicLink()).toBe(true);
      expect(await readdir(dir)).not.toContain('plausch.lock');
    });
  }

  it('refuses a linked log when reading without the lock too (the command line\'s list and export)', async () => {
    const dir = await journalOnDisk();
    await replaceWithLink(dir, 'plausch.wal');
    await expect(readJournal(dir, testClock())).rejects.toMatchObject({ code: 'linkedFile', details: { file: join(dir, 'plausch.wal') } });
  });
});

describe('the lock', () => {
  it('refuses a second open while the first store is open, and releases the folder on close', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    await expect(open(dir)).rejects.toMatchObject({ code: 'locked', details: { pid: process.pid } });
    await first.close();
    expect(await readdir(dir)).not.toContain('plausch.lock');
    await expect(open(dir)).resolves.toBeDefined();
  });

  it('refuses a folder held by another live process', async () => {
    const dir = await tempDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      await writeFile(join(dir, 'plausch.lock'), String(holder.pid));
      const error = await open(dir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'locked', details: { pid: holder.pid } });
      expect(await readFile(join(dir, 'plausch.lock'), 'utf8')).toBe(String(holder.pid));
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = await tempDir();
    const dead = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await once(dead, 'exit');
    await writeFile(join(dir, 'plausch.lock'), String(dead.pid));
    await open(dir);
    expect(Number.parseInt(await readFile(join(dir, 'plausch.lock'), 'utf8'), 10)).toBe(process.pid);
  });
});

/** A disk whose log file fails to sync (or write) while `state.fail` is set. */
function failingDisk(state: { fail: false | 'write' | 'datasync' }): StoreFileSystem {
  const openFile = async (...args: Parameters<typeof nodeFs.open>) => {
    const handle = await nodeFs.open(...args);
    if (!String(args[0]).endsWith('.wal')) return handle;
    return new Proxy(handle, {
      get(target, property) {
        if (property === state.fail) {
          return async () => {
            throw Object.assign(new Error('simulated I/O error'), { code: 'EIO' });
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return { ...nodeFs, open: openFile as StoreFileSystem['open'] };
}

describe('a commit that cannot be written', () => {
  for (const failing of ['write', 'datasync'] as const) {
    it(`rejects with storageFailed and leaves memory and disk unchanged (${failing} fails)`, async () => {
      const dir = await tempDir();
      const state: { fail: false | 'write' | 'datasync' } = { fail: false };
      await openAndCrash(
        dir,
        async (store) => {
          await store.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
          const logBefore = await readFile(join(dir, 'plausch.wal'), 'utf8');
          state.fail = failing;
          const attempts = [
            store.commit([{ op: 'put', collection: 'contacts', value: contact('b') }]),
            store.commit([{ op: 'delete', collection: 'contacts', id: 'a' }]),
          ];
          for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ name: 'PlauschError', code: 'storageFailed' });
          expect([...store.contacts.keys()]).toEqual(['a']);
          expect(await readFile(join(dir, 'plausch.wal'), 'utf8')).toBe(logBefore);
          state.fail = false;
          await store.commit([{ op: 'put', collection: 'contacts', value: contact('c') }]);
        },
        { fs: failingDisk(state) },
      );
      const reopened = await open(dir);
      expect([...reopened.contacts.keys()].sort()).toEqual(['a', 'c']);
      expect(reopened.notices).toEqual([]);
    });
  }
});

describe('a file system without hard links (FAT on a USB stick)', () => {
  const noLinks: StoreFileSystem = {
    ...nodeFs,
    link: async () => {
      throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
    },
  };

  it('still locks, recovers and keeps damaged files apart', async () => {
    const dir = await tempDir();
    const first = await open(dir, { fs: noLinks });
    await expect(open(dir, { fs: noLinks })).rejects.toMatchObject({ code: 'locked' });
    await first.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
    await first.close();
    for (const round of [1, 2]) {
      await writeFile(join(dir, 'plausch.json'), `broken ${round}`);
      const store = await open(dir, { fs: noLinks });
      // The only backup was taken when the folder was first opened, before 'a'.
      expect(store.contacts.size).toBe(0);
      expect(store.notices[0]?.kind).toBe('restoredFromBackup');
      await store.close();
    }
    const damaged = (await readdir(dir)).filter((name) => name.includes('damaged'));
    expect(damaged).toHaveLength(2);
  });
});
