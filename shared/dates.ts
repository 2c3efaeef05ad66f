// Calendar arithmetic on `YYYY-MM-DD` strings. Pure: "today" is always passed in, never read from a clock here.
import { Temporal } from 'temporal-polyfill';

export function addDays(isoDate: string, days: number): string {
  return Temporal.PlainDate.from(isoDate).add({ days }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;
}

/** The calendar date of an instant in the given time zone (the user's, by default). */
export function isoDateAt(instant: Date, timeZone?: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone ?? Temporal.Now.timeZoneId())
    .toPlainDate()
    .toString();
}

export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Day and month of a `--MM-DD` or `YYYY-MM-DD` value, and the year when it is known. */
export function splitPartialDate(value: string): { year?: number; month: number; day: number } {
  const match = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not a partial date: ${value}`);
  const [, year, month, day] = match;
  return { ...(year ? { year: Number(year) } : {}), month: Number(month), day: Number(day) };
}
