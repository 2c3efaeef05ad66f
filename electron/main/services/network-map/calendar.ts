// The spans the network page counts in: Monday weeks and calendar months ending with today's, oldest first. Each
// date of the journal is placed by a lookup built once per call, not by date arithmetic per encounter.
import { addDays, daysBetween } from '../../../../shared/dates';

export const WEEKS = 52;
export const MONTHS = 12;

/** The Monday of the week `isoDate` falls in. */
export function mondayOf(isoDate: string): string {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return addDays(isoDate, -((weekday + 6) % 7));
}

/** `YYYY-MM` of the month `offset` months after the month of `isoDate` (negative: before). */
function monthFrom(isoDate: string, offset: number): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7)) - 1 + offset;
  const shiftedYear = year + Math.floor(month / 12);
  const shiftedMonth = ((month % 12) + 12) % 12;
  return `${String(shiftedYear).padStart(4, '0')}-${String(shiftedMonth + 1).padStart(2, '0')}`;
}

export interface Spans {
  /** The Monday of each of the last `WEEKS` weeks, the current week last. */
  weekStarts: string[];
  /** The last `MONTHS` months as `YYYY-MM`, the current month last. */
  months: string[];
  /** Index into `weekStarts` of a date in the span (up to today), else undefined. */
  weekOf(isoDate: string): number | undefined;
  /** Index into `months` of a date in the span (up to today), else undefined. */
  monthOf(isoDate: string): number | undefined;
}

export function spansEndingOn(today: string): Spans {
  const firstMonday = addDays(mondayOf(today), -7 * (WEEKS - 1));
  const weekStarts = Array.from({ length: WEEKS }, (_, index) => addDays(firstMonday, 7 * index));
  const months = Array.from({ length: MONTHS }, (_, index) => monthFrom(today, index - (MONTHS - 1)));
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  // A year of days at most: each distinct date is worked out once, then looked up for every encounter on it.
  const weekByDate = new Map<string, number>();
  return {
    weekStarts,
    months,
    weekOf(isoDate) {
      if (isoDate < firstMonday || isoDate > today) return undefined;
      let week = weekByDate.get(isoDate);
      if (week === undefined) {
        week = Math.floor(daysBetween(firstMonday, isoDate) / 7);
        weekByDate.set(isoDate, week);
      }
      return week;
    },
    monthOf(isoDate) {
      if (isoDate > today) return undefined;
      return monthIndex.get(isoDate.slice(0, 7));
    },
  };
}
