// Time enters the main process only through a Clock, so reminders, cadences and backups are testable.
import { isoDateAt } from '../../../shared/dates';

export interface Clock {
  now(): Date;
  /** The user's calendar date now (`YYYY-MM-DD`). */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => isoDateAt(new Date()),
};

/** A clock that stands still at the given instant until moved; for tests and the benchmark. */
export function fixedClock(start: Date | string, timeZone = 'Europe/Berlin'): Clock & { set(instant: Date | string): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    today: () => isoDateAt(current, timeZone),
    set(instant) {
      current = new Date(instant);
    },
  };
}
