// Services over an in-memory store, with the clock and time zone of a Berlin office, for the events tests.
import { createServices } from '../../../../../electron/main/services';
import { fixedClock } from '../../../../../electron/main/services/clock';
import type { NotificationRequest } from '../../../../../electron/main/services/notifier';
import type { EventFields } from '../../../../../shared/model';
import { createMemoryStore, type MemoryStoreSeed } from '../../../../support/memory-store';
import { recordingLogger } from '../../../../support/services-harness';

/** A Thursday morning in Berlin. */
export const THURSDAY_MORNING = '2025-06-05T07:00:00.000Z';

export function eventsHarness(seed: MemoryStoreSeed = {}, now = THURSDAY_MORNING) {
  const store = createMemoryStore(seed);
  const clock = fixedClock(now, 'Europe/Berlin');
  const notified: NotificationRequest[] = [];
  const services = createServices({
    store,
    clock,
    log: recordingLogger(),
    timeZone: 'Europe/Berlin',
    notifier: { notify: async (notification) => (notified.push(notification), 'shown') },
    appInfo: { version: 'test', dataDir: '/tmp/plausch-test', systemLanguage: 'de-DE' },
  });
  return { store, clock, services, notified, events: services.events };
}

/** An evening conference on Thursday 5 June 2025, 18:00 to 22:00. */
export function anEvent(fields: Partial<EventFields> = {}): EventFields {
  return {
    title: 'Assistenz-Forum',
    eventKind: 'conference',
    date: '2025-06-05',
    startTime: '18:00',
    endTime: '22:00',
    place: 'Messe Frankfurt',
    goals: ['Drei Menschen aus der Branche kennenlernen'],
    expectedIds: [],
    toMeetIds: [],
    ...fields,
  };
}
