// The rules nearly every series in an office calendar has, stepped by arithmetic: "every n days" and "every n weeks
// on these weekdays" (Outlook's and Google's jour fixe, "every weekday"). ical.js steps through any rule but slowly,
// one date object per step, and only from DTSTART; these can jump to the window, so a weekly meeting running since
// 2015 costs nothing more than one that began last month. Other rules (monthly, ordinals, BYMONTH, BYSETPOS …) and a
// DTSTART the rule itself would not produce (where RFC 5545 and generators disagree) go to ical.js.
import { MS_PER_DAY, wallMs, wallOfMs, type WallTime } from './wall-time';

/** ical.js numbers WKST from Sunday = 1. */
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const SIMPLE_PARTS = new Set(['freq', 'interval', 'count', 'byday', 'wkst']);
const WEEK_MS = 7 * MS_PER_DAY;

export interface SimpleRule {
  /** Days between periods: 1 × INTERVAL for DAILY, 7 × INTERVAL for WEEKLY. */
  periodDays: number;
  /** Days after the period's first day (the DTSTART day for DAILY, the week's first day for WEEKLY). */
  offsets: number[];
  /** The first day of the first period, as wallMs of midnight. */
  firstPeriodMs: number;
  count?: number;
}

/** The rule as arithmetic, or undefined when ical.js has to step through it (UNTIL is checked by the caller). */
export function simpleRule(data: Record<string, unknown>, start: WallTime): SimpleRule | undefined {
  if (Object.keys(data).some((part) => !SIMPLE_PARTS.has(part))) return undefined;
  const interval = data['interval'] === undefined ? 1 : Number(data['interval']);
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const count = data['count'] === undefined ? undefined : Number(data['count']);
  if (count !== undefined && (!Number.isInteger(count) || count < 1)) return undefined;
  const startDayMs = wallMs({ ...start, hour: 0, minute: 0, second: 0 });
  const startWeekday = new Date(startDayMs).getUTCDay();
  const withCount = (rule: SimpleRule) => (count === undefined ? rule : { ...rule, count });

  if (data['freq'] === 'DAILY') {
    if (data['byday'] !== undefined) return undefined;
    return withCount({ periodDays: interval, offsets: [0], firstPeriodMs: startDayMs });
  }
  if (data['freq'] !== 'WEEKLY') return undefined;
  const weekStart = data['wkst'] === undefined ? 1 : Number(data['wkst']) - 1;
  if (!Number.isInteger(weekStart) || weekStart < 0 || weekStart > 6) return undefined;
  const byday = data['byday'] === undefined ? [WEEKDAYS[startWeekday]!] : [data['byday']].flat();
  const weekdays = byday.map((day) => WEEKDAYS.indexOf(String(day)));
  if (weekdays.some((day) => day < 0)) return undefined;
  if (!weekdays.includes(startWeekday)) return undefined;
  const offsets = [...new Set(weekdays.map((day) => (day - weekStart + 7) % 7))].sort((a, b) => a - b);
  const firstPeriodMs = startDayMs - ((startWeekday - weekStart + 7) % 7) * MS_PER_DAY;
  return withCount({ periodDays: 7 * interval, offsets, firstPeriodMs });
}

/**
 * The rule's starts from DTSTART on, as wall times, until `latestWallMs` or `stop` says so. Without COUNT the
 * periods before `earliestWallMs` are jumped over; with COUNT they are counted through (at most COUNT steps).
 */
export function* simpleRuleStarts(
  rule: SimpleRule,
  start: WallTime,
  earliestWallMs: number,
  latestWallMs: number,
): Generator<WallTime> {
  const startMs = wallMs(start);
  const timeOfDayMs = startMs - wallMs({ ...start, hour: 0, minute: 0, second: 0 });
  const periodMs = rule.periodDays * MS_PER_DAY;
  let period = 0;
  if (rule.count === undefined && earliestWallMs > startMs + WEEK_MS) {
    period = Math.max(0, Math.floor((earliestWallMs - rule.firstPeriodMs) / periodMs) - 1);
  }
  let emitted = 0;
  for (; ; period++) {
    const periodStartMs = rule.firstPeriodMs + period * periodMs;
    for (const offset of rule.offsets) {
      const ms = periodStartMs + offset * MS_PER_DAY + timeOfDayMs;
      if (ms < startMs) continue;
      if (ms >= latestWallMs) return;
      yield wallOfMs(ms);
      emitted++;
      if (rule.count !== undefined && emitted >= rule.count) return;
    }
  }
}
