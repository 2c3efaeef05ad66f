// The calendar figure (issue 17): a year of a busy Outlook calendar (tests/bench/synthetic-calendar.ts) read and
// matched against the journal's contacts through the service the command line uses (`calendar.review`): parsing with
// its series and time zones, matching every person by address and name, and what each occurrence would become.
import { performance } from 'node:perf_hooks';
import type { Services } from '../../electron/main/services';
import { syntheticCalendar, OWN_ADDRESS } from './synthetic-calendar';

export interface CalendarFigures {
  /** Whole review (read + match + suggest) of the year: the median and the slowest of `runs` timed runs. */
  p50: number;
  max: number;
  runs: number;
  /**
   * The same runs' median in CPU time (user + system) of this process: on a busy machine the wall time also counts
   * the time others had the cores, the CPU time does not (the garbage collector's helper threads count in it, though).
   */
  cpuP50: number;
  /** VEVENT blocks in the file, moved occurrences included. */
  events: number;
  /** The contacts they were matched against (archived ones included: the matcher sees them too). */
  contacts: number;
  occurrences: number;
  series: number;
  exdates: number;
  overrides: number;
  /** Occurrences with someone from the journal in them, and the suggestions among them. */
  withContacts: number;
  suggestions: number;
  fileKB: number;
  seed: number;
  /** What the review's answer holds on the heap, and the heap after it (measured when the garbage collector is exposed). */
  reviewMB?: number;
  heapMB?: number;
}

/** The seed of the synthetic calendar: the same file on every run. */
export const CALENDAR_SEED = 2026;
/** The calendar's size in issue 17's figure. */
export const CALENDAR_EVENTS = 5_000;
const TIMED_RUNS = 5;

const round = (value: number) => Math.round(value * 10) / 10;

export async function timeCalendar(services: Services, log: (line: string) => void, events = CALENDAR_EVENTS): Promise<CalendarFigures> {
  // The user's own address is in the settings, as it is once she has connected her calendar.
  await services.settings.update({ ownEmailAddresses: [OWN_ADDRESS] });
  const contacts = services.contacts.list({ includeArchived: true });
  const calendar = syntheticCalendar({ events, contacts, seed: CALENDAR_SEED });
  log(`calendar: ${calendar.vevents} VEVENTs (${calendar.series} weekly series, ${calendar.exdates} EXDATEs, ${calendar.overrides} moved occurrences), seed ${calendar.seed}`);
  const range = { from: '2026-01-01', to: '2026-12-31' };
  const review = () => services.calendar.review(calendar.text, range);
  // One untimed run: the first compiles the parser and the matching, as a minute of use would have.
  const first = review();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    review();
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const globalGc = (globalThis as { gc?: () => void }).gc;
  let reviewMB: number | undefined;
  let heapMB: number | undefined;
  if (globalGc) {
    globalGc();
    const before = process.memoryUsage().heapUsed;
    const kept = review();
    globalGc();
    const after = process.memoryUsage().heapUsed;
    reviewMB = round((after - before) / 1024 / 1024);
    heapMB = round(after / 1024 / 1024);
    if (kept.rows.length !== first.rows.length) throw new Error('calendar: two reviews of the same file differ');
  }
  return {
    p50: round(times[Math.floor(times.length / 2)] as number),
    max: round(times.at(-1) as number),
    runs: times.length,
    cpuP50: round(cpuTimes[Math.floor(cpuTimes.length / 2)] as number),
    events: calendar.vevents,
    contacts: contacts.length,
    occurrences: first.rows.length,
    series: calendar.series,
    exdates: calendar.exdates,
    overrides: calendar.overrides,
    withContacts: first.rows.filter((row) => row.contacts.length > 0).length,
    suggestions: first.rows.filter((row) => row.suggestion).length,
    fileKB: Math.round(Buffer.byteLength(calendar.text) / 1024),
    seed: calendar.seed,
    ...(reviewMB === undefined ? {} : { reviewMB, heapMB }),
  };
}

/** The table's rows: the figure next to its budget. */
export function calendarRows(figures: CalendarFigures): [string, string, string, string, string][] {
  const what = `calendar: ${figures.events.toLocaleString('en-US')} events read and matched against ${figures.contacts.toLocaleString('en-US')} contacts`;
  return [
    [`${what} (p50 of ${figures.runs})`, `${figures.p50} ms`, '', '', ''],
    [`${what} (slowest of ${figures.runs})`, `${figures.max} ms`, '≤ 1 s', '', ''],
  ];
}

export function calendarNote(figures: CalendarFigures): string {
  const memory = figures.reviewMB === undefined ? '' : `; the answer holds ${figures.reviewMB} MB, heap ${figures.heapMB} MB after it`;
  return (
    `calendar: ${figures.fileKB} KB .ics (seed ${figures.seed}), ${figures.series} weekly series with ${figures.exdates} EXDATEs and ${figures.overrides} moved occurrences, ` +
    `${figures.occurrences} occurrences in the year, ${figures.withContacts} with contacts, ${figures.suggestions} suggestions; timed after one untimed run, ` +
    `p50 ${figures.cpuP50} ms of CPU time${memory}`
  );
}
