// Everything behind the IPC boundary, built from a data folder: the store, the services and the router. The Electron
// composition root, the end-to-end test bridge and a command-line tool all start from here.
import type { Envelope } from '../../shared/contract';
import { PlauschError } from '../../shared/errors';
import type { EncryptionState } from '../../shared/privacy';
import type { AppStatus } from '../../shared/views';
import { guardWhileLocked, lockedStartRouter } from './ipc/lock-guard';
import { createRouter } from './ipc/router';
import { createServices, type AppInfo, type ServicesDeps } from './services';
import type { Clock } from './services/clock';
import { openStoreEarly, type EarlyJournalStore, type StoreOptions } from './store';
import type { Logger, Unlock } from './store/types';

export interface BackendOptions extends Omit<ServicesDeps, 'store' | 'appInfo'> {
  dataDir: string;
  clock: Clock;
  log: Logger;
  appInfo: Omit<AppInfo, 'dataDir'>;
  /** The user agreed to recovery from an older backup (see `StoreOptions.olderBackupAllowed`). */
  olderBackupAllowed?: boolean;
  /** Opens an encrypted data folder at once (the CLI's prompt, a test); else the keychain, else the lock screen. */
  passphrase?: string;
  /** The real store unless a test stands in for it. */
  openStore?: (options: StoreOptions) => Promise<EarlyJournalStore>;
}

const isCode = (error: unknown, code: 'journalLocked' | 'wrongPassphrase') => error instanceof PlauschError && error.code === code;

/**
 * Opens the data folder's main file and returns at once; the services are built once every interaction is in
 * memory (`ready`). Its router holds calls until then, so windows can load while the journal's years are read.
 *
 * An encrypted folder that neither the keychain nor a given passphrase opens starts LOCKED: `store` is undefined,
 * the router answers only the lock screen's channels, and `ready` waits until `privacy:unlock` opened the journal.
 */
export async function startBackend({
  dataDir,
  appInfo,
  olderBackupAllowed = false,
  passphrase,
  openStore = openStoreEarly,
  ...deps
}: BackendOptions) {
  const keychain: Unlock = deps.keyProtector ? { protector: deps.keyProtector } : {};
  const open = (unlock: Unlock) => openStore({ dir: dataDir, clock: deps.clock, log: deps.log, olderBackupAllowed, unlock });
  const lockListeners = new Set<(locked: boolean) => void>();
  const tellLock = (locked: boolean) => {
    for (const listener of [...lockListeners]) listener(locked);
  };

  const build = (store: EarlyJournalStore) =>
    store.complete.then(() => {
      const services = createServices({ ...deps, store, appInfo: { ...appInfo, dataDir } });
      const router = guardWhileLocked(createRouter(services, deps.log), services.appLock);
      services.appLock.onChange(tellLock);
      // Watched calendars stop being watched before the journal closes.
      const close = () => {
        services.calendar.close();
        return store.close();
      };
      return { store, services, router, close };
    });
  type Built = Awaited<ReturnType<typeof build>>;

  let store: EarlyJournalStore | undefined = await open(passphrase === undefined ? keychain : { ...keychain, passphrase }).catch(
    (error: unknown) => {
      if (passphrase === undefined && isCode(error, 'journalLocked')) return undefined;
      throw error;
    },
  );
  let settle!: { resolve(backend: Built): void; reject(error: unknown): void };
  const ready: Promise<Built> = store ? build(store) : new Promise<Built>((resolve, reject) => (settle = { resolve, reject }));
  // The starter awaits `ready`; a failure is reported there, not as unhandled here as well.
  ready.catch(() => undefined);

  const lockedState = (): EncryptionState => ({ on: true, locked: true, keychain: false });
  let unlocking: Promise<unknown> = Promise.resolve();
  /** One attempt at a time: two windows unlocking at once must not open the folder twice. */
  const unlock = (attempt: string): Promise<EncryptionState> => {
    const result = unlocking.then(async () => {
      if (store) return (await ready).services.encryption.state();
      let opened: EarlyJournalStore;
      try {
        opened = await open({ ...keychain, passphrase: attempt });
      } catch (error) {
        // A wrong passphrase changes nothing; anything else is the start failing, as it would without encryption.
        if (!isCode(error, 'wrongPassphrase')) settle.reject(error);
        throw error;
      }
      store = opened;
      build(opened).then(settle.resolve, settle.reject);
      const backend = await ready;
      tellLock(false);
      return backend.services.encryption.state();
    });
    unlocking = result.catch(() => undefined);
    return result;
  };
  const status = (): AppStatus => ({ shell: 'desktop', ...appInfo, dataDir, notices: [], contactCount: 0 });
  const lockedRouter = lockedStartRouter({ state: lockedState, unlock, status }, deps.log);

  return {
    /** Undefined while an encrypted journal waits to be unlocked. */
    get store() {
      return store;
    },
    ready,
    router: {
      handle: (channel: string, payload: unknown): Promise<Envelope<unknown>> =>
        store === undefined
          ? lockedRouter.handle(channel, payload)
          : ready.then(
              (backend) => backend.router.handle(channel, payload),
              (error: unknown) => ({ ok: false, error: (error instanceof PlauschError ? error : new PlauschError('storageFailed')).toData() }),
            ),
    },
    /** Calls `listener` when the windows lock or open: the app lock, or the journal unlocked at start. */
    onLockChange(listener: (locked: boolean) => void): () => void {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },
    close: () => store?.close() ?? Promise.resolve(),
  };
}

/** The whole backend, ready to answer. An encrypted journal it cannot open is refused with `journalLocked`. */
export async function createBackend(options: BackendOptions) {
  const started = await startBackend(options);
  if (!started.store) throw new PlauschError('journalLocked');
  try {
    return await started.ready;
  } catch (error) {
    await started.close().catch(() => undefined);
    throw error;
  }
}

export type Backend = Awaited<ReturnType<typeof createBackend>>;
