// The services over an in-memory store, with a Berlin clock standing at NOW, for the calendar service's tests.
import { createServices } from '../../../../../electron/main/services';
import { fixedClock } from '../../../../../electron/main/services/clock';
import { createMemoryStore, type MemoryStoreSeed } from '../../../../support/memory-store';
import { recordingLogger } from '../../../../support/services-harness';
import { NOW, ZONE } from './occurrences';

export function calendarHarness(seed: MemoryStoreSeed = {}) {
  const store = createMemoryStore(seed);
  const clock = fixedClock(NOW, ZONE);
  const log = recordingLogger();
  const services = createServices({
    store,
    clock,
    log,
    timeZone: ZONE,
    notifier: { notify: async () => 'shown' },
    appInfo: { version: 'test', dataDir: '/tmp/plausch-test', systemLanguage: 'de-DE' },
  });
  return { store, clock, log, services, calendar: services.calendar };
}
