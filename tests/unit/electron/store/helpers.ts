// Real temp folders and valid records for the store tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { contactSchema, interactionSchema, type Contact, type Interaction } from '../../../../shared/model';
import { fixedClock } from '../../../../electron/main/services/clock';
import { openStore, type StoreOptions } from '../../../../electron/main/store';
import type { JournalStore } from '../../../../electron/main/store/types';

const created: string[] = [];
const opened: JournalStore[] = [];

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true });
});

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'plausch-store-'));
  created.push(dir);
  return dir;
}

export const stamp = '2025-03-14T09:30:00.000Z';

export function testClock(start = stamp) {
  return fixedClock(start, 'Europe/Berlin');
}

/** Opens a store that the test's cleanup closes (closing twice is harmless). */
export async function open(dir: string, options: Partial<StoreOptions> = {}): Promise<JournalStore> {
  const store = await openStore({ dir, clock: testClock(), ...options });
  opened.push(store);
  return store;
}

export function contact(id: string, overrides: Partial<Contact> = {}): Contact {
  return contactSchema.parse({ id, firstName: 'Anna', lastName: `Müller ${id}`, createdAt: stamp, updatedAt: stamp, ...overrides });
}

export function interaction(id: string, contactIds: string[], overrides: Partial<Interaction> = {}): Interaction {
  return interactionSchema.parse({
    id,
    contactIds,
    type: 'lunch',
    date: '2025-03-14',
    note: `Mittagessen ${id}`,
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  });
}

/**
 * Opens a store that is later dropped without close, as a crash would leave it: the lock file is removed so the
 * next open in this same process is not refused.
 */
export async function openAndCrash(dir: string, work: (store: JournalStore) => Promise<void>, options: Partial<StoreOptions> = {}) {
  const store = await openStore({ dir, clock: testClock(), ...options });
  await work(store);
  await rm(join(dir, 'plausch.lock'));
}
