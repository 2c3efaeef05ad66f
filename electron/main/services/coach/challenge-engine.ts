// The rules of the comfort-zone ladder, as pure functions of the attempts and the date: which challenge stands for
// a day or week, when the user moves up a level, streaks, and the weekly figures for the progress chart.
import { Temporal } from 'temporal-polyfill';
import { challengeLevels, content, type Challenge, type ChallengeTimeFrame } from '../../../../shared/content';
import type { ProgressWeek, Streak } from '../../../../shared/coach-views';
import { addDays, daysBetween } from '../../../../shared/dates';
import type { ChallengeAttempt, ChallengePeriod } from '../../../../shared/model';
import { mondayOf } from './prompts';

/** Challenges to do at a level, with falling discomfort, before the next level opens. */
export const CHALLENGES_PER_LEVEL = 3;
/** Below this discomfort a challenge has stopped being a stretch. */
export const COMFORTABLE_BELOW = 5;
export const TOP_LEVEL = challengeLevels[challengeLevels.length - 1] ?? 5;

// A Monday, so that week numbers count whole ISO weeks.
const EPOCH_MONDAY = '1970-01-05';

export function periodBounds(period: ChallengePeriod, today: string): { start: string; end: string } {
  if (period === 'day') return { start: today, end: today };
  const start = mondayOf(today);
  return { start, end: addDays(start, 6) };
}

/** Counts days or weeks from a fixed point, so consecutive periods get consecutive numbers. */
function periodNumber(period: ChallengePeriod, today: string): number {
  const days = daysBetween(EPOCH_MONDAY, today);
  return period === 'day' ? days : Math.floor(days / 7);
}

/** FNV-1a: a small, stable hash to shuffle a level's challenges the same way on every machine. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/**
 * The challenge standing for the period that contains `today`. The level's challenges are walked through in a fixed
 * shuffled order, one per period, so the choice is the same all day (or week), changes with the next, and every
 * challenge comes round before any repeats. Ids are the same in every language, so the choice is too.
 */
export function challengeIdFor(level: number, period: ChallengePeriod, today: string): string {
  const ids = content.de.challenges
    .filter((challenge) => challenge.level === level)
    .map((challenge) => challenge.id)
    .sort((a, b) => hash(`${level}:${a}`) - hash(`${level}:${b}`) || (a < b ? -1 : 1));
  const number = periodNumber(period, today);
  const id = ids[((number % ids.length) + ids.length) % ids.length];
  if (id === undefined) throw new RangeError(`no challenges at level ${level}`);
  return id;
}

/** Days a challenge's time frame gives, counting the day it is started. A month is taken as 30 days. */
export const daysWithin: Readonly<Record<ChallengeTimeFrame, number>> = { day: 1, week: 7, twoWeeks: 14, month: 30 };

/** The last day to do a challenge started on `startedOn`: the same day for a day's challenge, a week later less one day, … */
export function dueOn(startedOn: string, within: ChallengeTimeFrame): string {
  return addDays(startedOn, daysWithin[within] - 1);
}

export function findChallenge(id: string, language: 'de' | 'en'): Challenge | undefined {
  return content[language].challenges.find((challenge) => challenge.id === id);
}

function average(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Up a level once enough challenges at it are done and they have got easier: the last three felt less
 * uncomfortable on average than the first three, or all of the last three were comfortable.
 * `done` are the attempts done at the current level since it was reached, in the order they were done.
 */
export function earnsLevelUp(done: readonly Pick<ChallengeAttempt, 'actualDiscomfort'>[]): boolean {
  if (done.length < CHALLENGES_PER_LEVEL) return false;
  const felt = done.map((attempt) => attempt.actualDiscomfort ?? 10);
  const first = felt.slice(0, CHALLENGES_PER_LEVEL);
  const last = felt.slice(-CHALLENGES_PER_LEVEL);
  return average(last) < average(first) || last.every((value) => value < COMFORTABLE_BELOW);
}

/** Oldest first, by the day done and then by when started; the id keeps the order total. */
export function compareDone(a: ChallengeAttempt, b: ChallengeAttempt): number {
  const dayA = a.completedOn ?? '';
  const dayB = b.completedOn ?? '';
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Attempts that count towards leaving `level`: done at that level since it was reached. */
export function doneAtLevel(attempts: readonly ChallengeAttempt[], level: number, levelSince: string | undefined): ChallengeAttempt[] {
  return attempts
    .filter((a) => a.status === 'done' && a.level === level && (levelSince === undefined || (a.completedOn ?? '') >= levelSince))
    .sort(compareDone);
}

function periodKey(period: ChallengePeriod, date: string): string {
  return period === 'day' ? date : mondayOf(date);
}

function previousKey(period: ChallengePeriod, key: string): string {
  return addDays(key, period === 'day' ? -1 : -7);
}

/**
 * Consecutive days or weeks with at least one done challenge. The current period still open does not break the
 * streak: until it has passed, the streak counts up to the period before.
 */
export function streakOf(attempts: readonly ChallengeAttempt[], period: ChallengePeriod, today: string): Streak {
  const keys = new Set<string>();
  for (const attempt of attempts) {
    if (attempt.status === 'done' && attempt.completedOn && attempt.completedOn <= today) keys.add(periodKey(period, attempt.completedOn));
  }
  let cursor = periodKey(period, today);
  if (!keys.has(cursor)) cursor = previousKey(period, cursor);
  let current = 0;
  while (keys.has(cursor)) {
    current += 1;
    cursor = previousKey(period, cursor);
  }
  let longest = 0;
  for (const key of keys) {
    if (keys.has(previousKey(period, key))) continue;
    let length = 0;
    for (let run = key; keys.has(run); run = addDays(run, period === 'day' ? 1 : 7)) length += 1;
    longest = Math.max(longest, length);
  }
  return { unit: period, current, longest };
}

function roundedAverage(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round(average(values) * 10) / 10;
}

/** Per ISO week, the last `weeks` weeks up to this one (oldest first): challenges done and their discomfort. */
export function progressWeeks(attempts: readonly ChallengeAttempt[], today: string, weeks: number): ProgressWeek[] {
  const thisMonday = Temporal.PlainDate.from(mondayOf(today));
  const result: ProgressWeek[] = [];
  for (let back = weeks - 1; back >= 0; back -= 1) {
    const weekStart = thisMonday.subtract({ weeks: back }).toString();
    const weekEnd = addDays(weekStart, 6);
    const done = attempts.filter((a) => a.status === 'done' && a.completedOn && a.completedOn >= weekStart && a.completedOn <= weekEnd);
    result.push({
      weekStart,
      done: done.length,
      averageDiscomfort: roundedAverage(done.map((a) => a.actualDiscomfort ?? 0)),
      averageExpected: roundedAverage(done.map((a) => a.expectedDiscomfort)),
    });
  }
  return result;
}
