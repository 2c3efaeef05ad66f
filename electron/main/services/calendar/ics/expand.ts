// The original starts of an entry's occurrences near a window: DTSTART, each RRULE step and each RDATE, less the
// EXDATEs, as wall times on the entry's own clock (a weekly 09:00 in Berlin stays 09:00 across a clock change, as
// RFC 5545 asks). Daily and weekly rules are stepped by arithmetic and jump to the window (simple-rules.ts); ical.js
// steps through the others from DTSTART, with no way to skip ahead: it stops once past the window, and after
// MAX_RECURRENCE_STEPS for a rule that would take too long to get there (FREQ=SECONDLY, or hourly for years).
import ICAL from 'ical.js';
import type { CalendarTime, EventEntry } from './event-entry';
import { simpleRule, simpleRuleStarts } from './simple-rules';
import { parseWallTime, wallMs, type WallTime } from './wall-time';

/** 800 years of a monthly meeting; a rule that needs more steps to reach the window is not followed further. */
export const MAX_RECURRENCE_STEPS = 10_000;

/** No clock is further than this from UTC (Kiribati +14): a wall time this far outside a window is surely outside. */
const MAX_OFFSET_MS = 14 * 3_600_000;

export interface Window {
  fromMs: number;
  toMs: number;
}

/**
 * The wall times on `entry.start.clock` where its occurrences begin, skipping those that surely end before the window
 * (given how long each lasts, `lengthMs`) and stopping past it. Throws on a rule ical.js cannot follow.
 */
export function originalStarts(entry: EventEntry, window: Window, lengthMs: number): WallTime[] {
  const starts = new Map<number, WallTime>();
  const earliest = window.fromMs - MAX_OFFSET_MS - lengthMs;
  const latest = window.toMs + MAX_OFFSET_MS;
  const consider = (wall: WallTime) => {
    const ms = wallMs(wall);
    if (ms >= earliest && ms < latest) starts.set(ms, wall);
  };
  consider(entry.start.wall);
  if (entry.rrule) followRule(entry, entry.rrule, earliest, latest, consider);
  for (const rdate of entry.rdates) consider(rdate.wall);
  const excluded = exclusions(entry);
  return [...starts.entries()]
    .filter(([, wall]) => !excluded(wall))
    .sort(([a], [b]) => a - b)
    .map(([, wall]) => wall);
}

function followRule(
  entry: EventEntry,
  data: Record<string, unknown>,
  earliestWallMs: number,
  latestWallMs: number,
  consider: (wall: WallTime) => void,
): void {
  // UNTIL is checked here, not by ical.js: it is often in UTC while the steps are wall times on the entry's clock.
  const { until, ...rest } = data;
  const pastUntil = untilCheck(entry.start, until);
  const simple = simpleRule(rest, entry.start.wall);
  if (simple) {
    for (const wall of simpleRuleStarts(simple, entry.start.wall, earliestWallMs, latestWallMs)) {
      if (pastUntil(wall)) return;
      consider(wall);
    }
    return;
  }
  const recur = ICAL.Recur.fromData(rest as Parameters<typeof ICAL.Recur.fromData>[0]);
  const iterator = recur.iterator(ICAL.Time.fromData({ ...entry.start.wall, isDate: entry.start.isDate }));
  for (let step = 0; step < MAX_RECURRENCE_STEPS; step++) {
    const next = iterator.next();
    if (!next) return;
    const wall: WallTime = {
      year: next.year,
      month: next.month,
      day: next.day,
      hour: next.hour,
      minute: next.minute,
      second: next.second,
    };
    if (wallMs(wall) >= latestWallMs || pastUntil(wall)) return;
    consider(wall);
  }
}

function untilCheck(start: CalendarTime, until: unknown): (wall: WallTime) => boolean {
  if (until === undefined) return () => false;
  const parsed = parseWallTime(until);
  if (!parsed) throw new Error('unreadable UNTIL');
  if (parsed.isDate) {
    const lastDay = Date.UTC(parsed.wall.year, parsed.wall.month - 1, parsed.wall.day);
    return (wall) => Date.UTC(wall.year, wall.month - 1, wall.day) > lastDay;
  }
  if (parsed.utc && !start.isDate) {
    const untilMs = wallMs(parsed.wall);
    return (wall) => start.clock.epochOfWall(wall) > untilMs;
  }
  const untilWallMs = wallMs(parsed.wall);
  return (wall) => wallMs(wall) > untilWallMs;
}

/** EXDATE: the same instant for a timed entry; the same day for an all-day one (or for an EXDATE given as a date). */
function exclusions(entry: EventEntry): (wall: WallTime) => boolean {
  if (entry.exdates.length === 0) return () => false;
  const days = new Set<number>();
  const instants = new Set<number>();
  for (const exdate of entry.exdates) {
    if (entry.start.isDate || exdate.isDate) days.add(dayMs(exdate.wall));
    else instants.add(exdate.clock.epochOfWall(exdate.wall));
  }
  return (wall) => days.has(dayMs(wall)) || (instants.size > 0 && instants.has(entry.start.clock.epochOfWall(wall)));
}

function dayMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day);
}
