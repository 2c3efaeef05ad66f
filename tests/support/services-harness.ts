// Services over an in-memory store and a clock that stands still, as most service and router tests want them.
import { createServices } from '../../electron/main/services';
import { fixedClock } from '../../electron/main/services/clock';
import type { Logger } from '../../electron/main/store/types';
import { createMemoryStore, type MemoryStoreSeed } from './memory-store';

export const NOW = '2025-06-02T10:00:00.000Z';

export function recordingLogger(): Logger & { errors: unknown[][] } {
  const errors: unknown[][] = [];
  return { info() {}, warn() {}, error: (...args: unknown[]) => errors.push(args), errors };
}

export function servicesHarness(seed: MemoryStoreSeed = {}, now = NOW) {
  const store = createMemoryStore(seed);
  const clock = fixedClock(now);
  const log = recordingLogger();
  const services = createServices({
    store,
    clock,
    log,
    appInfo: { version: '1.2.3', dataDir: '/tmp/plausch-test', systemLanguage: 'de-DE' },
  });
  return { store, clock, log, services };
}
