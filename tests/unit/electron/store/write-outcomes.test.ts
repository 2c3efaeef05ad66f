// Honest outcomes: a commit that could not be written says why (full disk, no permission, read-only disk), and a
// commit that was written stays saved when the compaction or the day's backup after it fails; that failure reaches
// the window as a notice of its own, once until the step succeeds again.
import * as nodeFs from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreFileSystem } from '../../../../electron/main/store';
import type { Notice } from '../../../../shared/views';
import { contact, open, openAndCrash, tempDir, testClock } from './helpers';

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`simulated ${code}`), { code });
}

/**
 * A disk that fails with `state.code` while it is set: writing through a handle on a file whose path `state.where`
 * matches, and creating such a file.
 */
function failingDisk(state: { code?: string; where: RegExp }): StoreFileSystem {
  const failsFor = (path: unknown) => state.code !== undefined && state.where.test(String(path));
  const openFile = async (...args: Parameters<typeof nodeFs.open>) => {
    const [path, flags] = args;
    if (failsFor(path) && typeof flags === 'string' && flags.includes('x')) throw failure(state.code ?? '');
    const handle = await nodeFs.open(...args);
    return new Proxy(handle, {
      get(target, property) {
        if (failsFor(path) && (property === 'write' || property === 'writeFile')) {
          return async () => {
            throw failure(state.code ?? '');
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  const mkdir = async (...args: Parameters<typeof nodeFs.mkdir>) => {
    if (failsFor(args[0])) throw failure(state.code ?? '');
    return nodeFs.mkdir(...args);
  };
  return { ...nodeFs, open: openFile as StoreFileSystem['open'], mkdir: mkdir as StoreFileSystem['mkdir'] };
}

const put = (id: string) => [{ op: 'put' as const, collection: 'contacts' as const, value: contact(id) }];

describe('a commit that cannot be written says why', () => {
  const cases = [
    ['ENOSPC', 'diskFull'],
    ['EDQUOT', 'diskFull'],
    ['EACCES', 'noPermission'],
    ['EPERM', 'noPermission'],
    ['EROFS', 'readOnly'],
  ] as const;
  for (const [code, problem] of cases) {
    it(`rejects with storageFailed, problem ${problem}, when the log append fails with ${code}`, async () => {
      const dir = await tempDir();
      const state: { code?: string; where: RegExp } = { where: /plausch\.wal$/ };
      const store = await open(dir, { fs: failingDisk(state) });
      state.code = code;
      await expect(store.commit(put('a'))).rejects.toMatchObject({ name: 'PlauschError', code: 'storageFailed', details: { problem } });
      expect(store.contacts.size).toBe(0);
    });
  }

  it('rejects with storageFailed and no problem when the disk fails for another reason', async () => {
    const dir = await tempDir();
    const state: { code?: string; where: RegExp } = { where: /plausch\.wal$/ };
    const store = await open(dir, { fs: failingDisk(state) });
    state.code = 'EIO';
    const error = await store.commit(put('a')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'storageFailed' });
    expect((error as { details?: unknown }).details).toBeUndefined();
  });
});

describe('a failed compaction after a durable commit', () => {
  it('leaves the commit saved and tells the window once, until the compaction succeeds again', async () => {
    const dir = await tempDir();
    // The snapshot's own files (main file and history years), not the log and not the backups.
    const state: { code?: string; where: RegExp } = { where: /^(?!.*backups).*\.json\.[0-9a-f]+\.tmp$/ };
    const live: Notice[] = [];
    await openAndCrash(
      dir,
      async (store) => {
        store.onNotice((notice) => live.push(notice));
        state.code = 'ENOSPC';
        await expect(store.commit(put('a'))).resolves.toBeUndefined();
        // The next commit waits for the compaction after the first one, so that has failed by now, and fails again.
        await expect(store.commit(put('b'))).resolves.toBeUndefined();
        await store.commit(put('c'));
        const told = { kind: 'storageProblem', what: 'compaction', problem: 'diskFull' };
        expect(live).toEqual([told]);
        expect(store.notices).toEqual([told]);

        state.code = undefined;
        await store.commit(put('d'));
        await store.commit(put('e'));
        expect(store.notices).toEqual([]);

        state.code = 'EROFS';
        await store.commit(put('f'));
        await store.commit(put('g'));
        expect(live).toEqual([told, { kind: 'storageProblem', what: 'compaction', problem: 'readOnly' }]);
      },
      { fs: failingDisk(state), compactAfterEntries: 1 },
    );
    const reopened = await open(dir);
    expect([...reopened.contacts.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});

describe('a failed daily backup', () => {
  it('opens all the same and leaves a notice that says the backup failed and why', async () => {
    const dir = await tempDir();
    const first = await open(dir);
    await first.commit(put('a'));
    await first.close();

    const state: { code?: string; where: RegExp } = { code: 'EACCES', where: /backups/ };
    const store = await open(dir, { fs: failingDisk(state), clock: testClock('2025-03-15T09:30:00.000Z') });

    expect(store.notices).toEqual([{ kind: 'storageProblem', what: 'backup', problem: 'noPermission' }]);
    expect([...store.contacts.keys()]).toEqual(['a']);
    await store.commit(put('b'));

    state.code = undefined;
    await store.backupNow('manual');
    expect(store.notices).toEqual([]);
    expect(await readdir(join(dir, 'backups'))).toEqual(expect.arrayContaining([expect.stringMatching(/^manual-/)]));
  });
});
