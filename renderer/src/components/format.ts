// Dates as the user's language writes them. Stored dates are calendar dates without a time zone, so they are
// formatted in UTC: a local time zone west of Greenwich would otherwise show the day before.
import { splitPartialDate } from '../../../shared/dates';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** `YYYY-MM-DD` as a readable date, e.g. "3. März 2025" / "3 March 2025". */
export function formatDate(isoDate: string, language: string): string {
  const { year, month, day } = splitPartialDate(isoDate);
  return formatter(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    utcDate(year ?? 2000, month, day),
  );
}

/** A day close at hand with its weekday and no year, e.g. "Freitag, 11. Dezember" / "Friday, December 11". */
export function formatWeekdayDate(isoDate: string, language: string): string {
  const { year, month, day } = splitPartialDate(isoDate);
  return formatter(language, { weekday: 'long', day: 'numeric', month: 'long' }).format(utcDate(year ?? 2000, month, day));
}

/** A short date for dense lists, e.g. "03.03.2025" / "3 Mar 2025". */
export function formatShortDate(isoDate: string, language: string): string {
  const { year, month, day } = splitPartialDate(isoDate);
  return formatter(language, { dateStyle: 'medium' }).format(utcDate(year ?? 2000, month, day));
}

/** `--MM-DD` as day and month only ("14. Februar"), `YYYY-MM-DD` as a full date. */
export function formatPartialDate(value: string, language: string): string {
  const { year, month, day } = splitPartialDate(value);
  if (year === undefined) {
    // A leap year, so that 29 February stays a valid day.
    return formatter(language, { day: 'numeric', month: 'long' }).format(utcDate(2000, month, day));
  }
  return formatDate(value, language);
}
