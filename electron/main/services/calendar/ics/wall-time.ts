// A date and time on some clock, without a zone: what an iCalendar DATE or DATE-TIME value says before its TZID is
// applied. Kept as plain numbers, because a 5,000-entry calendar expands into tens of thousands of them.

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?)?(Z)?$/;

export interface ParsedWallTime {
  wall: WallTime;
  isDate: boolean;
  utc: boolean;
}

/**
 * A jCal DATE (`2026-03-05`) or DATE-TIME (`2026-03-05T09:00:00`, `…Z`) value, or undefined when it is none or names
 * a day that does not exist (`2026-02-30`, hour 25): ical.js copies such digits through without complaint.
 */
export function parseWallTime(value: unknown): ParsedWallTime | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, zulu] = match;
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    // A leap second (`:60`) is read as the last second of its minute.
    second: Math.min(Number(second ?? 0), 59),
  };
  if (!isRealWallTime(wall)) return undefined;
  return { wall, isDate: hour === undefined, utc: zulu !== undefined };
}

function isRealWallTime(wall: WallTime): boolean {
  if (wall.year < 1900 || wall.year > 2200) return false;
  if (wall.month < 1 || wall.month > 12 || wall.day < 1) return false;
  if (wall.day > new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate()) return false;
  return wall.hour < 24 && wall.minute < 60;
}

/** The wall time's digits read as if they were UTC: a number that orders wall times and adds days cheaply. */
export function wallMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

export function wallOfMs(ms: number): WallTime {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

export const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` of a wall time read through `wallMs`. */
export function isoDateOfMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
