// Conversions between instants and the wall clock of one IANA zone. Temporal answers each correctly but costs
// microseconds and garbage per call, and a year's calendar asks tens of thousands of times. So each zone remembers
// offsets coarse to fine: a stretch of eight days whose offset is the same at its start and its end (all but two
// stretches a year) has that offset throughout; inside the other stretches the same holds per day, and on the day of
// a clock change the offset is remembered per quarter hour, which is exact because zones change their offset only on
// a quarter hour.
import { Temporal } from 'temporal-polyfill';
import { MS_PER_DAY, wallMs, wallOfMs, type WallTime } from './wall-time';

const QUARTER_HOUR_MS = 900_000;
const MS_PER_MINUTE = 60_000;
/** From the coarsest stretch to the finest; each divides the one before. */
const STRETCHES_MS = [8 * MS_PER_DAY, MS_PER_DAY, QUARTER_HOUR_MS];
/** Marks a stretch with a clock change in it. */
const CHANGES = Number.NaN;

export interface LocalDateTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  time: string;
}

/** Offsets by stretch size, then by stretch number. */
type OffsetCache = Map<number, number>[];

export class ZoneClock {
  private readonly byInstant: OffsetCache = STRETCHES_MS.map(() => new Map());
  private readonly byWall: OffsetCache = STRETCHES_MS.map(() => new Map());

  constructor(readonly timeZone: string) {}

  /** The instant (epoch milliseconds) a wall time means in this zone; a time skipped by a clock change moves on. */
  epochOfWall(wall: WallTime): number {
    const asUtc = wallMs(wall);
    return asUtc - this.cachedOffset(asUtc, this.byWall, (ms) => this.exactOffsetAtWall(ms));
  }

  /** The date and time an instant shows on this zone's clock. */
  localOf(epochMs: number): LocalDateTime {
    const local = epochMs + this.offsetAt(epochMs);
    const minuteOfDay = Math.floor((local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MINUTE);
    return { date: isoDateOfDay(Math.floor(local / MS_PER_DAY)), time: TIMES_OF_DAY[minuteOfDay]! };
  }

  /** The calendar date an instant falls on in this zone. */
  dateOf(epochMs: number): string {
    return isoDateOfDay(Math.floor((epochMs + this.offsetAt(epochMs)) / MS_PER_DAY));
  }

  /**
   * The instant this zone's day `date` (`YYYY-MM-DD`) begins: its midnight, or where a clock change skips midnight
   * (Santiago, Beirut), the first moment after it.
   */
  startOfDay(date: string): number {
    const [year, month, day] = date.split('-').map(Number);
    return this.epochOfWall({ year: year!, month: month!, day: day!, hour: 0, minute: 0, second: 0 });
  }

  /** The offset (local minus UTC, in milliseconds) at an instant. */
  private offsetAt(epochMs: number): number {
    return this.cachedOffset(epochMs, this.byInstant, (ms) => this.exactOffsetAtInstant(ms));
  }

  private cachedOffset(ms: number, cache: OffsetCache, exact: (ms: number) => number): number {
    for (let level = 0; level < STRETCHES_MS.length; level++) {
      const size = STRETCHES_MS[level]!;
      const stretch = Math.floor(ms / size);
      let offset = cache[level]!.get(stretch);
      if (offset === undefined) {
        const atStart = exact(stretch * size);
        // The finest stretch is a quarter hour, within which no offset changes.
        const atEnd = size === QUARTER_HOUR_MS ? atStart : exact((stretch + 1) * size - QUARTER_HOUR_MS);
        offset = atStart === atEnd ? atStart : CHANGES;
        cache[level]!.set(stretch, offset);
      }
      if (!Number.isNaN(offset)) return offset;
    }
    throw new Error('unreachable: a quarter hour has one offset');
  }

  private exactOffsetAtInstant(epochMs: number): number {
    const nanoseconds = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(this.timeZone)
      .offsetNanoseconds;
    return Math.round(nanoseconds / 1_000_000 / MS_PER_MINUTE) * MS_PER_MINUTE;
  }

  /** Read with Temporal's 'compatible' choice: a skipped time moves on by the gap, a doubled one takes the first. */
  private exactOffsetAtWall(asUtc: number): number {
    const wall = wallOfMs(asUtc);
    const zoned = new Temporal.PlainDateTime(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second)
      .toZonedDateTime(this.timeZone, { disambiguation: 'compatible' });
    return asUtc - zoned.epochMilliseconds;
  }
}

/** `HH:MM` for each minute of a day. */
const TIMES_OF_DAY = Array.from(
  { length: 1440 },
  (_, minute) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
);

const isoDates = new Map<number, string>();

/** `YYYY-MM-DD` of a day counted from 1 January 1970. */
function isoDateOfDay(day: number): string {
  let date = isoDates.get(day);
  if (date === undefined) {
    date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoDates.set(day, date);
  }
  return date;
}

const knownZones = new Map<string, boolean>();

/** Whether Node knows `name` as a time zone (IANA names and their aliases such as `UTC`). */
export function isIanaZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(name, known);
  }
  return known;
}
