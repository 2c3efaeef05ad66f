// While the journal is locked only the lock screen's channels answer: at a locked start (an encrypted folder the
// keychain could not open) and under the app lock. The store is a stand-in whose encryption is a fake.
import { describe, expect, it } from 'vitest';
import { createBackend, startBackend, type BackendOptions } from '../../../../electron/main/backend';
import { guardWhileLocked, openWhileLocked } from '../../../../electron/main/ipc/lock-guard';
import { createRouter } from '../../../../electron/main/ipc/router';
import { fixedClock } from '../../../../electron/main/services/clock';
import { createServices } from '../../../../electron/main/services';
import type { EarlyJournalStore, StoreOptions } from '../../../../electron/main/store';
import type { KeyProtector, Unlock } from '../../../../electron/main/store/types';
import { channelNames } from '../../../../shared/contract';
import { PlauschError } from '../../../../shared/errors';
import { createFakeEncryption, withEncryption } from '../../../support/fake-encryption';
import { aContact } from '../../../support/journal-fixtures';
import { createMemoryStore } from '../../../support/memory-store';
import { recordingLogger } from '../../../support/services-harness';

const PASSPHRASE = 'Kaffee mit Sabine';
const NOW = '2025-06-02T08:00:00.000Z';
const locked = { ok: false, error: { code: 'journalLocked' } };
const notifier = { notify: () => Promise.resolve('shown' as const) };

function encryptedJournal() {
  return withEncryption(createMemoryStore({ contacts: [aContact({ firstName: 'Sabine', lastName: 'Keller' })] }), createFakeEncryption({ passphrase: PASSPHRASE }));
}

describe('the router under the app lock', () => {
  function guarded() {
    const store = encryptedJournal();
    const services = createServices({ store, clock: fixedClock(NOW), log: recordingLogger(), appInfo: { version: '1', dataDir: '/tmp/x', systemLanguage: 'de-DE' }, notifier });
    return { services, router: guardWhileLocked(createRouter(services, recordingLogger()), services.appLock) };
  }

  it('refuses every channel but the lock screen’s while locked, and answers them all again once unlocked', async () => {
    const { router } = guarded();
    expect(await router.handle('privacy:lockNow', {})).toMatchObject({ ok: true, value: { locked: true } });
    const refused = channelNames.filter((channel) => !openWhileLocked.has(channel));
    expect(refused.length).toBeGreaterThan(100);
    for (const channel of refused) expect(await router.handle(channel, {}), channel).toEqual(locked);
    expect(await router.handle('privacy:encryptionState', {})).toEqual({ ok: true, value: { on: true, locked: true, keychain: false } });
    expect(await router.handle('app:status', undefined)).toMatchObject({ ok: true, value: { systemLanguage: 'de-DE' } });

    expect(await router.handle('privacy:unlock', { passphrase: 'Kaffee mit Sabina' })).toEqual({ ok: false, error: { code: 'wrongPassphrase' } });
    expect(await router.handle('contacts:list', {})).toEqual(locked);
    expect(await router.handle('privacy:unlock', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: { on: true, locked: false, keychain: false } });
    expect(await router.handle('contacts:list', {})).toMatchObject({ ok: true, value: [{ firstName: 'Sabine' }] });
  });

  it('counts every call as use, so the idle time starts again', async () => {
    const { services, router } = guarded();
    const touched: string[] = [];
    const touch = services.appLock.touch.bind(services.appLock);
    services.appLock.touch = () => {
      touched.push('touch');
      touch();
    };
    await router.handle('contacts:list', {});
    await router.handle('privacy:encryptionState', {});
    expect(touched).toEqual(['touch']);
  });
});

/** Opens an encrypted folder with the passphrase (or, if told, the keychain), as the real store will. */
function encryptedFolder({ keychainOpens = false } = {}) {
  const attempts: Unlock[] = [];
  const closed: string[] = [];
  const openStore = (options: StoreOptions): Promise<EarlyJournalStore> => {
    const unlock = options.unlock ?? {};
    attempts.push(unlock);
    const opens = unlock.passphrase === PASSPHRASE || (keychainOpens && unlock.protector !== undefined && unlock.passphrase === undefined);
    if (!opens) return Promise.reject(new PlauschError(unlock.passphrase === undefined ? 'journalLocked' : 'wrongPassphrase'));
    const store = encryptedJournal();
    store.close = () => {
      closed.push('closed');
      return Promise.resolve();
    };
    return Promise.resolve(Object.assign(store, { complete: Promise.resolve(), settled: Promise.resolve() }));
  };
  return { attempts, closed, openStore };
}

const options = (openStore: BackendOptions['openStore'], extra: Partial<BackendOptions> = {}): BackendOptions => ({
  dataDir: '/tmp/plausch-locked',
  clock: fixedClock(NOW),
  log: recordingLogger(),
  appInfo: { version: '0.1.0', systemLanguage: 'en-GB', shell: 'browser' },
  notifier,
  openStore,
  ...extra,
});

describe('a locked start', () => {
  it('starts without the journal, answers only the lock screen, and opens with the right passphrase', async () => {
    const folder = encryptedFolder();
    const started = await startBackend(options(folder.openStore));
    const lockChanges: boolean[] = [];
    started.onLockChange((nowLocked) => lockChanges.push(nowLocked));
    expect(started.store).toBeUndefined();
    expect(await started.router.handle('contacts:list', {})).toEqual(locked);
    expect(await started.router.handle('settings:get', undefined)).toEqual(locked);
    expect(await started.router.handle('privacy:encryptionState', {})).toEqual({ ok: true, value: { on: true, locked: true, keychain: false } });
    expect(await started.router.handle('app:status', undefined)).toMatchObject({ ok: true, value: { shell: 'browser', systemLanguage: 'en-GB', contactCount: 0 } });
    expect(await started.router.handle('privacy:unlock', {})).toMatchObject({ ok: false, error: { code: 'invalidInput' } });

    expect(await started.router.handle('privacy:unlock', { passphrase: 'Kaffee mit Sabina' })).toEqual({ ok: false, error: { code: 'wrongPassphrase' } });
    expect(started.store).toBeUndefined();
    expect(lockChanges).toEqual([]);
    expect(await started.router.handle('contacts:list', {})).toEqual(locked);

    expect(await started.router.handle('privacy:unlock', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: { on: true, locked: false, keychain: false } });
    expect(lockChanges).toEqual([false]);
    const backend = await started.ready;
    expect(backend.store).toBe(started.store);
    expect(await started.router.handle('contacts:list', {})).toMatchObject({ ok: true, value: [{ firstName: 'Sabine' }] });

    // The app lock afterwards is told through the same listener.
    expect(await started.router.handle('privacy:lockNow', {})).toMatchObject({ ok: true, value: { locked: true } });
    expect(lockChanges).toEqual([false, true]);
    await started.close();
    expect(folder.closed).toEqual(['closed']);
  });

  it('asks the keychain first, and with it needs no passphrase', async () => {
    const protector: KeyProtector = { protect: (key) => key, unprotect: (wrapped) => wrapped };
    const folder = encryptedFolder({ keychainOpens: true });
    const started = await startBackend(options(folder.openStore, { keyProtector: protector }));
    expect(folder.attempts).toEqual([{ protector }]);
    expect(started.store).toBeDefined();
    expect(await started.router.handle('contacts:list', {})).toMatchObject({ ok: true, value: [{ firstName: 'Sabine' }] });
    await started.close();
  });

  it('unlocks once when two windows send the passphrase at the same time', async () => {
    const folder = encryptedFolder();
    const started = await startBackend(options(folder.openStore));
    const answers = await Promise.all([
      started.router.handle('privacy:unlock', { passphrase: PASSPHRASE }),
      started.router.handle('privacy:unlock', { passphrase: PASSPHRASE }),
    ]);
    expect(answers).toEqual([
      { ok: true, value: { on: true, locked: false, keychain: false } },
      { ok: true, value: { on: true, locked: false, keychain: false } },
    ]);
    expect(folder.attempts.filter((attempt) => attempt.passphrase === PASSPHRASE)).toHaveLength(1);
    await started.close();
  });

  it('closes without having opened anything', async () => {
    const folder = encryptedFolder();
    const started = await startBackend(options(folder.openStore));
    await started.close();
    expect(folder.closed).toEqual([]);
  });

  it('is refused by createBackend, which has no lock screen, unless given the passphrase', async () => {
    const folder = encryptedFolder();
    await expect(createBackend(options(folder.openStore))).rejects.toMatchObject({ code: 'journalLocked' });
    await expect(createBackend(options(folder.openStore, { passphrase: 'Kaffee mit Sabina' }))).rejects.toMatchObject({ code: 'wrongPassphrase' });
    const backend = await createBackend(options(folder.openStore, { passphrase: PASSPHRASE }));
    expect(backend.services.encryption.state()).toEqual({ on: true, locked: false, keychain: false });
    await backend.close();
  });
});
