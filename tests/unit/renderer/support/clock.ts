// The time zone and the moment a renderer test runs in, fixed for that test: what the page shows as "today" or as a
// local time must not depend on the day, the hour or the time zone of the machine that runs the test. The app's users
// are in Germany, so tests read dates and times as they see them.
import { onTestFinished, vi } from 'vitest';

/** Runs the rest of the current test with the process in `timeZone` (Node applies a changed TZ at once). */
export function inTimeZone(timeZone = 'Europe/Berlin'): void {
  const previous = process.env['TZ'];
  process.env['TZ'] = timeZone;
  onTestFinished(() => {
    if (previous === undefined) delete process.env['TZ'];
    else process.env['TZ'] = previous;
  });
}

/** Makes `new Date()` and `Date.now()` answer `instant` for the rest of the current test; timers keep running. */
export function atInstant(instant: string): void {
  vi.setSystemTime(new Date(instant));
  onTestFinished(() => {
    vi.useRealTimers();
  });
}
