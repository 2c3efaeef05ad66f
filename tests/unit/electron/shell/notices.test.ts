// What the store finds out while running reaches every open window as `app:notice`, as `data:changed` does.
import * as nodeFs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { forwardNotices } from '../../../../electron/main/shell/ipc';
import type { StoreFileSystem } from '../../../../electron/main/store';
import { contact, open, tempDir } from '../store/helpers';

function recordingContents(destroyed = false) {
  const sent: unknown[][] = [];
  const contents = { isDestroyed: () => destroyed, send: (...args: unknown[]) => sent.push(args) } as unknown as WebContents;
  return { contents, sent };
}

/** A disk that is full for the data file's rewrite while `state.full` is set. */
function fullForTheDataFile(state: { full: boolean }): StoreFileSystem {
  const openFile = async (...args: Parameters<typeof nodeFs.open>) => {
    if (state.full && /plausch\.json\.[0-9a-f]+\.tmp$/.test(String(args[0]))) {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }
    return nodeFs.open(...args);
  };
  return { ...nodeFs, open: openFile as StoreFileSystem['open'] };
}

describe('notices while running', () => {
  it('sends a failed rewrite of the data file after a saved change to every open window', async () => {
    const state = { full: false };
    const store = await open(await tempDir(), { fs: fullForTheDataFile(state), compactAfterEntries: 1 });
    const shown = recordingContents();
    const closed = recordingContents(true);
    forwardNotices(store, () => [shown.contents, closed.contents]);

    state.full = true;
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
    // Queued behind the first commit's compaction, so that has failed by now.
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('b') }]);

    expect(shown.sent).toEqual([['app:notice', { kind: 'storageProblem', what: 'compaction', problem: 'diskFull' }]]);
    expect(closed.sent).toEqual([]);
  });
});
