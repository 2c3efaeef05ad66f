// A switch of encryption that fails at any step (the disk refuses one write, rename or deletion) leaves a journal that
// opens with the passphrase and holds everything, and the next open finishes the switch: afterwards the folder is
// all sealed with its key file, or all plain without one. Each run fails a later step, until a switch gets through.
import * as nodeFs from 'node:fs/promises';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreFileSystem } from '../../../../../electron/main/store';
import { isSealed } from '../../../../../electron/main/store/encryption/sealed';
import type { JournalStore } from '../../../../../electron/main/store/types';
import { TINY_JPEG_BASE64, bytesOf } from '../../../../support/photo-samples';
import { contact, interaction, open, tempDir } from '../helpers';
import { CHEAP_SCRYPT, PASSPHRASE, folderBytes } from './support';

/** A disk whose `failAt`-th changing operation (creating a file, renaming, deleting) after arming fails once. */
function failingOnce(): { fs: StoreFileSystem; arm(failAt: number): void; operations(): number } {
  let armed = false;
  let count = 0;
  let failAt = 0;
  const step = (what: string) => {
    if (!armed) return;
    count += 1;
    if (count === failAt) throw Object.assign(new Error(`simulated failure of ${what}`), { code: 'EIO' });
  };
  const fs: StoreFileSystem = {
    ...nodeFs,
    open: (async (...args: Parameters<typeof nodeFs.open>) => {
      if (typeof args[1] === 'string' && args[1].includes('x')) step(`creating ${String(args[0])}`);
      return nodeFs.open(...args);
    }) as StoreFileSystem['open'],
    rename: async (from, to) => {
      step(`renaming ${String(from)}`);
      return nodeFs.rename(from, to);
    },
    unlink: async (path) => {
      step(`deleting ${String(path)}`);
      return nodeFs.unlink(path);
    },
  };
  return {
    fs,
    arm(at) {
      armed = true;
      count = 0;
      failAt = at;
    },
    operations: () => count,
  };
}

const contacts = ['anna', 'ben', 'clara'];
const interactions = [2021, 2023, 2025].map((year, index) => interaction(`i${year}`, [contacts[index] as string], { date: `${year}-04-01` }));

async function journalIn(dir: string, encrypted: boolean): Promise<void> {
  const store = await open(dir, { keyDerivation: CHEAP_SCRYPT, unlock: { passphrase: PASSPHRASE } });
  await store.commit(contacts.map((id) => ({ op: 'put' as const, collection: 'contacts' as const, value: contact(id) })));
  await store.commit(interactions.map((value) => ({ op: 'put' as const, collection: 'interactions' as const, value })));
  await store.backupNow('manual');
  await mkdir(join(dir, 'photos'), { recursive: true });
  await writeFile(join(dir, 'photos', 'anna.photo'), store.fileCodec.seal(bytesOf(TINY_JPEG_BASE64)));
  if (encrypted) await store.encryption.turnOn(PASSPHRASE);
  // Left in the log, so the switch has lines to absorb.
  await store.commit([{ op: 'put', collection: 'contacts', value: contact('dora') }]);
  await rm(join(dir, 'plausch.lock'));
}

/** The folder after the next open: all sealed with a finished key file, or all plain without one. */
async function expectFinished(dir: string, store: JournalStore): Promise<'sealed' | 'plain'> {
  const files = await folderBytes(dir);
  const key = files.get('plausch.key');
  const expectSealed = key !== undefined;
  if (key) expect(JSON.parse(key.toString('utf8'))).toMatchObject({ state: 'on' });
  expect(store.encryption.on).toBe(expectSealed);
  for (const [name, bytes] of files) {
    if (name === 'plausch.key' || name === 'plausch.wal' || bytes.length === 0) continue;
    expect(isSealed(bytes), name).toBe(expectSealed);
  }
  return expectSealed ? 'sealed' : 'plain';
}

async function expectWhole(store: JournalStore): Promise<void> {
  expect(store.notices).toEqual([]);
  expect([...store.contacts.keys()].sort()).toEqual([...contacts, 'dora']);
  expect([...store.interactions.keys()].sort()).toEqual(interactions.map((i) => i.id).sort());
}

for (const direction of ['on', 'off'] as const) {
  describe(`turning encryption ${direction}`, () => {
    it('survives a failure at every step, and the next open finishes or undoes nothing half-way', async () => {
      const outcomes: string[] = [];
      for (let failAt = 1; ; failAt += 1) {
        const dir = await tempDir();
        await journalIn(dir, direction === 'off');
        const disk = failingOnce();
        const store = await open(dir, { fs: disk.fs, keyDerivation: CHEAP_SCRYPT, unlock: { passphrase: PASSPHRASE } });
        disk.arm(failAt);
        const switched = direction === 'on' ? store.encryption.turnOn(PASSPHRASE) : store.encryption.turnOff(PASSPHRASE);
        const failed = await switched.then(
          () => false,
          () => true,
        );
        // Dropped as a crash right after the failure would leave it.
        await rm(join(dir, 'plausch.lock'));
        const reopened = await open(dir, { unlock: { passphrase: PASSPHRASE } });
        await expectWhole(reopened);
        outcomes.push(`${failAt}: ${await expectFinished(dir, reopened)}`);
        await reopened.close();
        if (!failed) {
          expect(disk.operations()).toBeLessThan(failAt);
          break;
        }
      }
      // Failures early on leave the folder as it was, later ones are finished by the next open: both happened.
      const results = new Set(outcomes.map((line) => line.split(': ')[1]));
      expect(results).toEqual(new Set(['sealed', 'plain']));
      expect(outcomes.length).toBeGreaterThan(10);
    }, 120_000);
  });
}
