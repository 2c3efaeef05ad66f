// The services harness's clock stands in Berlin, but a few services read the calendar date of an instant (the day a
// contact was entered, the phase of an event) in the process's time zone, which in the app is the clock's zone too.
// A test file that relies on the two agreeing runs in Berlin, so that the machine's own zone cannot change its verdict.
import { afterAll, beforeAll } from 'vitest';

/** Runs the tests of the calling file (or describe block) with the process in `timeZone`; Node applies TZ at once. */
export function runInTimeZone(timeZone = 'Europe/Berlin'): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env['TZ'];
    process.env['TZ'] = timeZone;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env['TZ'];
    else process.env['TZ'] = previous;
  });
}
