import { appendFile, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseLog } from '../../../../electron/main/store/wal';
import { contact, open, openAndCrash, tempDir } from './helpers';

const line = (seq: number, id: string) => `${JSON.stringify({ seq, changes: [{ op: 'put', collection: 'contacts', value: contact(id) }] })}\n`;

describe('write-ahead log', () => {
  it('replays acknowledged commits that never reached the snapshot', async () => {
    const dir = await tempDir();
    await openAndCrash(dir, async (store) => {
      for (const id of ['a', 'b', 'c']) await store.commit([{ op: 'put', collection: 'contacts', value: contact(id) }]);
      await store.commit([{ op: 'delete', collection: 'contacts', id: 'b' }]);
    });
    const snapshot = JSON.parse(await readFile(join(dir, 'plausch.json'), 'utf8'));
    expect(snapshot.contacts).toEqual([]);
    expect((await readFile(join(dir, 'plausch.wal'), 'utf8')).trim().split('\n')).toHaveLength(4);

    const store = await open(dir);
    expect([...store.contacts.keys()].sort()).toEqual(['a', 'c']);
    expect(store.notices).toEqual([]);
  });

  it('compacts after the configured number of entries: snapshot holds everything, log is empty', async () => {
    const dir = await tempDir();
    await openAndCrash(
      dir,
      async (store) => {
        for (const id of ['a', 'b', 'c']) await store.commit([{ op: 'put', collection: 'contacts', value: contact(id) }]);
        await store.commit([{ op: 'put', collection: 'contacts', value: contact('d') }]);
      },
      { compactAfterEntries: 3 },
    );
    const snapshot = JSON.parse(await readFile(join(dir, 'plausch.json'), 'utf8'));
    expect(snapshot.contacts.map((c: { id: string }) => c.id)).toEqual(['a', 'b', 'c']);
    expect(snapshot.walSeq).toBe(3);
    expect((await readFile(join(dir, 'plausch.wal'), 'utf8')).trim().split('\n')).toHaveLength(1);
    expect([...(await open(dir)).contacts.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('compacts after a quiet spell', async () => {
    const dir = await tempDir();
    const store = await open(dir, { compactAfterIdleMs: 60_000 });
    const walSize = async () => (await stat(join(dir, 'plausch.wal'))).size;
    // The quiet spell is the store's own timer, moved by the test: no real waiting, and a slow disk only makes the
    // writes slower. A manual backup queues behind every task before it, so once it is written any compaction the
    // timer started has finished.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await store.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
      vi.advanceTimersByTime(59_999);
      await store.backupNow('manual');
      expect(await walSize()).toBeGreaterThan(0);

      vi.advanceTimersByTime(1);
      await store.backupNow('manual');
      expect(await walSize()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    const snapshot = JSON.parse(await readFile(join(dir, 'plausch.json'), 'utf8'));
    expect(snapshot.contacts.map((c: { id: string }) => c.id)).toEqual(['a']);
  });

  it('compacts on close', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
    await store.close();
    expect((await stat(join(dir, 'plausch.wal'))).size).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'plausch.json'), 'utf8')).contacts).toHaveLength(1);
  });

  it('ignores a torn last line and appends cleanly after it', async () => {
    const dir = await tempDir();
    await openAndCrash(dir, (store) => store.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]));
    await appendFile(join(dir, 'plausch.wal'), line(2, 'torn').slice(0, 40));
    const store = await open(dir);
    expect([...store.contacts.keys()]).toEqual(['a']);
    expect(store.notices).toEqual([]);
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('b') }]);
    await store.close();
    expect([...(await open(dir)).contacts.keys()].sort()).toEqual(['a', 'b']);
  });

  it('sets a log with a corrupt line in the middle aside, keeps every intact entry around it, and tells the user', async () => {
    const dir = await tempDir();
    await openAndCrash(dir, async () => undefined);
    const damaged = `${line(1, 'a')}{"seq":2,"chan\n${line(3, 'c')}`;
    await writeFile(join(dir, 'plausch.wal'), damaged);
    const store = await open(dir);
    expect([...store.contacts.keys()].sort()).toEqual(['a', 'c']);
    expect(store.notices).toHaveLength(1);
    const [notice] = store.notices;
    expect(notice).toMatchObject({ kind: 'logDamaged' });
    const damagedFile = notice && 'damagedFile' in notice ? notice.damagedFile : '';
    expect(damagedFile).toMatch(/plausch\.damaged-.*\.wal$/);
    expect(await readFile(damagedFile, 'utf8')).toBe(damaged);
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('d') }]);
    await store.close();
    const reopened = await open(dir);
    expect([...reopened.contacts.keys()].sort()).toEqual(['a', 'c', 'd']);
    expect(reopened.notices).toEqual([]);
    expect((await readdir(dir)).filter((name) => name.includes('damaged'))).toHaveLength(1);
  });

  /** Writes the log, opens the store on it, and returns what it kept, what it said, and the log set aside. */
  async function openOnLog(text: string | Buffer) {
    const dir = await tempDir();
    await openAndCrash(dir, async () => undefined);
    await writeFile(join(dir, 'plausch.wal'), text);
    const store = await open(dir);
    const [notice] = store.notices;
    const setAside = notice && 'damagedFile' in notice ? await readFile(notice.damagedFile) : undefined;
    return { dir, store, kept: [...store.contacts.keys()].sort(), notices: store.notices, setAside };
  }

  it('reports a log zeroed whole, keeps its bytes aside, and does not call it a torn end', async () => {
    const zeroed = Buffer.alloc(Buffer.byteLength(line(1, 'a') + line(2, 'b')));
    const { kept, notices, setAside } = await openOnLog(zeroed);
    expect(kept).toEqual([]);
    expect(notices).toEqual([{ kind: 'logDamaged', damagedFile: expect.stringMatching(/\.wal$/) }]);
    expect(setAside?.equals(zeroed)).toBe(true);
  });

  it('reports a zeroed last line and keeps the entries before it', async () => {
    const last = line(3, 'c');
    const text = Buffer.concat([Buffer.from(line(1, 'a') + line(2, 'b')), Buffer.alloc(Buffer.byteLength(last))]);
    const { kept, notices } = await openOnLog(text);
    expect(kept).toEqual(['a', 'b']);
    expect(notices).toMatchObject([{ kind: 'logDamaged' }]);
  });

  it('treats a sequence number beyond the range as damage, instead of rolling the journal back to a backup', async () => {
    const { dir, store, kept, notices } = await openOnLog(line(1, 'a') + line(9007199254740991, 'far') + line(2, 'b'));
    expect(kept).toEqual(['a', 'b']);
    expect(notices).toMatchObject([{ kind: 'logDamaged' }]);
    // The journal goes on: a write, a reopen, nothing restored from a backup.
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('c') }]);
    await store.close();
    const reopened = await open(dir);
    expect([...reopened.contacts.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(reopened.notices).toEqual([]);
  });

  it('parses a log: good lines, a torn tail, damage in the middle, sequence going backwards', () => {
    expect(parseLog('').entries).toEqual([]);
    const good = line(1, 'a') + line(2, 'b');
    expect(parseLog(good)).toEqual({ entries: expect.any(Array), validBytes: Buffer.byteLength(good) });
    // A beginning of a line is what a crash during an append leaves: never acknowledged, dropped quietly.
    for (const torn of ['{', '{"se', '{"seq":3', '{"seq":3,"changes":[{"op"']) {
      expect(parseLog(`${good}${torn}`), torn).toEqual({ entries: expect.any(Array), validBytes: Buffer.byteLength(good) });
    }
    // Anything else at the end is damage, reported; the entries before it are kept.
    for (const damage of ['\0\0\0\0', 'garbage', '{"seq":3\0\0', '}']) {
      expect(parseLog(`${good}${damage}`), JSON.stringify(damage)).toMatchObject({ damagedAtLine: 2, validBytes: Buffer.byteLength(good) });
      expect(parseLog(`${good}${damage}`).entries).toHaveLength(2);
    }
    // Damage in the middle: reported, and the intact entries after it are kept too.
    expect(parseLog(`${line(1, 'a')}garbage\n${line(2, 'b')}`)).toMatchObject({ damagedAtLine: 1, entries: [{ seq: 1 }, { seq: 2 }] });
    expect(parseLog(`${line(2, 'a')}${line(1, 'b')}${line(3, 'c')}`)).toMatchObject({ damagedAtLine: 1, entries: [{ seq: 2 }, { seq: 3 }] });
    // A sequence going backwards at the end is damage too, not a torn append.
    expect(parseLog(`${good}${line(2, 'again')}`)).toMatchObject({ damagedAtLine: 2 });
    expect(parseLog(`${good}${line(2, 'again')}`).entries).toHaveLength(2);
    expect(parseLog(`${line(1, 'a')}${line(2 ** 53 - 1, 'far')}`)).toMatchObject({ damagedAtLine: 1 });
  });
});
