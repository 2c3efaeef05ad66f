// Ages and "years since" for birthdays and anniversaries, known only when the year is.
import { splitPartialDate } from '../../../../shared/dates';

/** Full years from a `YYYY-MM-DD` value to `today`; undefined for `--MM-DD` or a date in the future. */
export function fullYearsSince(value: string, today: string): number | undefined {
  const { year, month, day } = splitPartialDate(value);
  if (year === undefined) return undefined;
  const now = splitPartialDate(today);
  const nowYear = now.year ?? year;
  const beforeThisYearsDay = now.month < month || (now.month === month && now.day < day);
  const years = nowYear - year - (beforeThisYearsDay ? 1 : 0);
  return years >= 0 ? years : undefined;
}
