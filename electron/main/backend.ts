// Everything behind the IPC boundary, built from a data folder: the store, the services and the router. The Electron
// composition root, the end-to-end test bridge and a command-line tool all start from here.
import { createRouter } from './ipc/router';
import { createServices, type AppInfo, type ServicesDeps } from './services';
import type { Clock } from './services/clock';
import { openStore } from './store';
import type { Logger } from './store/types';

export interface BackendOptions extends Omit<ServicesDeps, 'store' | 'appInfo'> {
  dataDir: string;
  clock: Clock;
  log: Logger;
  appInfo: Omit<AppInfo, 'dataDir'>;
}

export async function createBackend({ dataDir, appInfo, ...deps }: BackendOptions) {
  const store = await openStore({ dir: dataDir, clock: deps.clock, log: deps.log });
  const services = createServices({ ...deps, store, appInfo: { ...appInfo, dataDir } });
  const router = createRouter(services, deps.log);
  return {
    store,
    services,
    router,
    close: () => store.close(),
  };
}

export type Backend = Awaited<ReturnType<typeof createBackend>>;
