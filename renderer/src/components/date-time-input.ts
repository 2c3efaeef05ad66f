// Dates and times as the app's language types them, whatever the browser's or the system's locale. The order of day,
// month and year, the separator and the clock (24 hours or AM/PM) come from Intl for the app's language, so German
// reads 27.11.2026 and 18:00 and English reads 11/27/2026 and 6:00 PM, as the app's other English dates do.
// Values stay ISO (`YYYY-MM-DD`, `HH:mm`); only what the field shows and accepts is localized.

import { addDays } from '../../../shared/dates';

type DatePartName = 'day' | 'month' | 'year';

interface DatePattern {
  order: DatePartName[];
  separator: string;
}

const datePatterns = new Map<string, DatePattern>();
const timeFormatters = new Map<string, Intl.DateTimeFormat>();

// Chromium and Node write a narrow no-break space before AM/PM; a typed field wants the space on the keyboard.
const unusualSpaces = /[\u00a0\u202f]/g;

function datePattern(language: string): DatePattern {
  let pattern = datePatterns.get(language);
  if (!pattern) {
    const parts = new Intl.DateTimeFormat(language, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2026, 10, 27)));
    const order = parts
      .map((part) => part.type)
      .filter((type): type is DatePartName => type === 'day' || type === 'month' || type === 'year');
    const separator = parts.find((part) => part.type === 'literal')?.value ?? '.';
    pattern = { order, separator };
    datePatterns.set(language, pattern);
  }
  return pattern;
}

function timeFormatter(language: string): Intl.DateTimeFormat {
  let formatter = timeFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    // A 24-hour clock writes 09:05, an AM/PM clock 9:05 AM.
    if (formatter.resolvedOptions().hour12 !== true) {
      formatter = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', hourCycle: 'h23' });
    }
    timeFormatters.set(language, formatter);
  }
  return formatter;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoTimePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isIsoTime(value: string): boolean {
  return isoTimePattern.test(value);
}

/** `2026-11-27` as the language types it: `27.11.2026` (de), `11/27/2026` (en). */
export function formatDateInput(isoDate: string, language: string): string {
  const match = isoDatePattern.exec(isoDate);
  if (!match || !isIsoDate(isoDate)) return isoDate;
  const values: Record<DatePartName, string> = { year: match[1]!, month: match[2]!, day: match[3]! };
  const { order, separator } = datePattern(language);
  return order.map((part) => values[part]).join(separator);
}

/** The format hint for a date field, e.g. `TT.MM.JJJJ`, from the language's own letters. */
export function datePlaceholder(language: string, letters: Record<DatePartName, string>): string {
  const { order, separator } = datePattern(language);
  return order.map((part) => letters[part].repeat(part === 'year' ? 4 : 2)).join(separator);
}

/**
 * A typed date as ISO, or undefined when it is not a whole, real date. Any non-digit separates; eight digits in a
 * row are read in the language's order; an ISO date is accepted as it is. The year has four digits.
 */
export function parseDateInput(text: string, language: string): string | undefined {
  const trimmed = text.trim();
  if (isoDatePattern.test(trimmed)) return isIsoDate(trimmed) ? trimmed : undefined;
  const { order } = datePattern(language);
  let groups = trimmed.split(/\D+/).filter((group) => group.length > 0);
  if (groups.length === 1 && /^\d{8}$/.test(groups[0]!)) {
    const digits = groups[0]!;
    let at = 0;
    groups = order.map((part) => {
      const length = part === 'year' ? 4 : 2;
      const group = digits.slice(at, at + length);
      at += length;
      return group;
    });
  }
  if (groups.length !== 3) return undefined;
  const values: Partial<Record<DatePartName, string>> = {};
  order.forEach((part, index) => {
    values[part] = groups[index];
  });
  const { year, month, day } = values as Record<DatePartName, string>;
  if (year.length !== 4 || month.length > 2 || day.length > 2) return undefined;
  if (!isRealDate(Number(year), Number(month), Number(day))) return undefined;
  return `${year}-${pad(Number(month))}-${pad(Number(day))}`;
}

/** `18:00` as the language shows it: `18:00` (de), `6:00 PM` (en). */
export function formatTimeInput(isoTime: string, language: string): string {
  const match = isoTimePattern.exec(isoTime);
  if (!match) return isoTime;
  return timeFormatter(language)
    .format(new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2]))))
    .replace(unusualSpaces, ' ');
}

/** Whether the language writes times with AM/PM. */
export function usesDayPeriod(language: string): boolean {
  return timeFormatter(language).resolvedOptions().hour12 === true;
}

/**
 * A typed time as `HH:mm`, or undefined. Accepts `18:00`, `18.00`, `1800`, `18` and, in any language, `6 pm`,
 * `6:00 PM` or `6:00 p.m.`.
 */
export function parseTimeInput(text: string): string | undefined {
  const normalized = text.replace(unusualSpaces, ' ').trim().toLowerCase();
  const match = /^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:(a|p)\.?\s?m?\.?)?$/.exec(normalized);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const period = match[3];
  if (minute > 59) return undefined;
  if (period) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (period === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return undefined;
  }
  return `${pad(hour)}:${pad(minute)}`;
}

/** The ISO date `days` days away, for the arrow keys. */
export function shiftIsoDate(isoDate: string, days: number): string {
  return addDays(isoDate, days);
}

/** The `HH:mm` time `minutes` minutes away, round the clock, for the arrow keys. */
export function shiftIsoTime(isoTime: string, minutes: number): string {
  const [hour, minute] = isoTime.split(':').map(Number) as [number, number];
  const total = (((hour * 60 + minute + minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
