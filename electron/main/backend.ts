// Everything behind the IPC boundary, built from a data folder: the store, the services and the router. The Electron
// composition root, the end-to-end test bridge and a command-line tool all start from here.
import type { Envelope } from '../../shared/contract';
import { PlauschError } from '../../shared/errors';
import { createRouter } from './ipc/router';
import { createServices, type AppInfo, type ServicesDeps } from './services';
import type { Clock } from './services/clock';
import { openStoreEarly } from './store';
import type { Logger } from './store/types';

export interface BackendOptions extends Omit<ServicesDeps, 'store' | 'appInfo'> {
  dataDir: string;
  clock: Clock;
  log: Logger;
  appInfo: Omit<AppInfo, 'dataDir'>;
  /** The user agreed to recovery from an older backup (see `StoreOptions.olderBackupAllowed`). */
  olderBackupAllowed?: boolean;
}

/**
 * Opens the data folder's main file and returns at once; the services are built once every interaction is in
 * memory (`ready`). Its router holds calls until then, so windows can load while the journal's years are read.
 */
export async function startBackend({ dataDir, appInfo, olderBackupAllowed = false, ...deps }: BackendOptions) {
  const store = await openStoreEarly({ dir: dataDir, clock: deps.clock, log: deps.log, olderBackupAllowed });
  const ready = store.complete.then(() => {
    const services = createServices({ ...deps, store, appInfo: { ...appInfo, dataDir } });
    const router = createRouter(services, deps.log);
    // Watched calendars stop being watched before the journal closes.
    const close = () => {
      services.calendar.close();
      return store.close();
    };
    return { store, services, router, close };
  });
  // The starter awaits `ready`; a failure is reported there, not as unhandled here as well.
  ready.catch(() => undefined);
  return {
    store,
    ready,
    router: {
      handle: (channel: string, payload: unknown): Promise<Envelope<unknown>> =>
        ready.then(
          (backend) => backend.router.handle(channel, payload),
          (error: unknown) => ({ ok: false, error: (error instanceof PlauschError ? error : new PlauschError('storageFailed')).toData() }),
        ),
    },
    close: () => store.close(),
  };
}

/** The whole backend, ready to answer. */
export async function createBackend(options: BackendOptions) {
  const started = await startBackend(options);
  try {
    return await started.ready;
  } catch (error) {
    await started.close().catch(() => undefined);
    throw error;
  }
}

export type Backend = Awaited<ReturnType<typeof createBackend>>;
