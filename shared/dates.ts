// Calendar arithmetic on `YYYY-MM-DD` strings. Pure: "today" is always passed in, never read from a clock here.
// Plain UTC arithmetic is exact for calendar dates (UTC has no daylight saving), and keeps the Temporal polyfill out of
// the renderer bundle; the main process uses Temporal where it needs more (month-days, zoned times).

const MS_PER_DAY = 86_400_000;

function utcMidnight(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, unlike Date.UTC, takes years below 100 literally.
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

function isoDateOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return isoDateOfUtc(utcMidnight(isoDate) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/** The calendar date of an instant in the given time zone (the user's, by default). */
export function isoDateAt(instant: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** A calendar date written out for people, as the window writes it: "12. März 2025", "March 12, 2025". */
export function longDate(isoDate: string, language: 'de' | 'en'): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(utcMidnight(isoDate));
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
