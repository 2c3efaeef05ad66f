// Where the calendar comes from: a file imported for this session (kept in memory only) and the files and folders
// the user watches (their places kept in settings, never their content). Each file is read when it changes and
// parsed for the days Plausch looks at, again only when it changes or a new day begins.
//
// A watched file is watched through its folder: editors and Outlook replace a file rather than write into it, and a
// watch on the file itself would end with the old one. Changes are let settle briefly, since one save is often
// several events.
import { watch as watchPlace, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_CALENDAR_BYTES, type CalendarOccurrence, type CalendarSourceStatus, type CalendarStatus, type ParsedCalendar } from '../../../../shared/calendar';
import { addDays } from '../../../../shared/dates';
import { PlauschError, type ErrorCode } from '../../../../shared/errors';
import { settingsInputSchema, type CalendarSource } from '../../../../shared/model';
import type { JournalStore, Logger } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter } from '../journal-writer';
import { parseOrInvalid } from '../validation';
import { parseCalendar, type ParseRange } from './ics/parse-calendar';

/** The days Plausch looks at: two back (yesterday's meetings to log, with room for the zone) to 60 ahead. */
export function windowOf(day: string): ParseRange {
  return { from: addDays(day, -2), to: addDays(day, 60) };
}

interface CalendarFile {
  path: string;
  text: string;
  parsed?: { day: string; calendar: ParsedCalendar };
}

/** What reading a place found: its files that read, and why it or one of its files could not be read. */
interface Reading {
  state: CalendarSourceStatus['state'];
  failure?: PlauschError;
  files: CalendarFile[];
}

interface WatchedPlace {
  source: CalendarSource;
  state: CalendarSourceStatus['state'];
  failure?: PlauschError;
  readAt?: string;
  files: CalendarFile[];
  watcher?: FSWatcher;
  settleTimer?: NodeJS.Timeout;
  /** Reads run one after another, so an older read never overwrites a newer one. */
  reading: Promise<void>;
  closed: boolean;
}

export interface CalendarSourcesDeps {
  store: JournalStore;
  writer: JournalWriter;
  clock: Clock;
  timeZone: string;
  log: Logger;
  /** Called after a watched place was read again and something in it changed. */
  onChanged: () => void;
  /** How long changes settle before the place is read again. */
  settleMs?: number;
}

/** The text of a file as a calendar: UTF-8 unless it starts with UTF-16's mark (some Windows exports), no BOM. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function tooLarge(file: string, size: number): PlauschError {
  return new PlauschError('calendarTooLarge', { file, limit: MAX_CALENDAR_BYTES, size, unit: 'bytes' });
}

export function createCalendarSources({ store, writer, clock, timeZone, log, onChanged, settleMs = 150 }: CalendarSourcesDeps) {
  const places = new Map<string, WatchedPlace>();
  let closed = false;
  let imported: { name: string; file: CalendarFile; readAt: string } | undefined;
  /** Grows with every change to what was read, so the merged occurrences know when to merge again. */
  let generation = 0;
  let merged: { day: string; generation: number; occurrences: CalendarOccurrence[]; byKey: Map<string, CalendarOccurrence> } | undefined;

  /** Parses `text` for the window of `day`; a text that is no calendar is `calendarUnreadable` naming `file`. */
  function parseChecked(text: string, day: string, file: string): ParsedCalendar {
    try {
      return parseCalendar(text, windowOf(day), timeZone);
    } catch (error) {
      if (!(error instanceof PlauschError)) log.warn('calendar could not be parsed', { file, error });
      const details = error instanceof PlauschError && error.code === 'calendarUnreadable' ? error.details : undefined;
      throw new PlauschError('calendarUnreadable', { ...details, file });
    }
  }

  function parsedOf(file: CalendarFile, day: string): ParsedCalendar {
    if (file.parsed?.day !== day) {
      let calendar: ParsedCalendar;
      try {
        calendar = parseChecked(file.text, day, file.path);
      } catch {
        // It parsed when read; should another day's window trip the parser, the file shows nothing rather than fail Today.
        calendar = { occurrences: [], skipped: 0 };
      }
      file.parsed = { day, calendar };
    }
    return file.parsed.calendar;
  }

  async function readCalendarFile(path: string, day: string): Promise<CalendarFile> {
    const info = await stat(path);
    if (!info.isFile()) throw new PlauschError('calendarNotFound', { file: path });
    if (info.size > MAX_CALENDAR_BYTES) throw tooLarge(path, info.size);
    const text = decode(await readFile(path));
    return { path, text, parsed: { day, calendar: parseChecked(text, day, path) } };
  }

  const asFailure = (error: unknown, file: string) => (error instanceof PlauschError ? error : new PlauschError('calendarNotFound', { file }));

  /** Reads a place; never throws. A folder's unreadable files are left out and named in its failure. */
  async function readPlace(source: CalendarSource): Promise<Reading> {
    const day = clock.today();
    if (source.kind === 'file') {
      try {
        return { state: 'ok', files: [await readCalendarFile(source.path, day)] };
      } catch (error) {
        const failure = asFailure(error, source.path);
        return { state: failure.code === 'calendarNotFound' ? 'missing' : 'unreadable', failure, files: [] };
      }
    }
    let names: string[];
    try {
      if (!(await stat(source.path)).isDirectory()) throw new Error('not a folder');
      names = (await readdir(source.path)).filter((name) => name.toLowerCase().endsWith('.ics')).sort();
    } catch {
      return { state: 'missing', failure: new PlauschError('calendarNotFound', { file: source.path }), files: [] };
    }
    const files: CalendarFile[] = [];
    let failure: PlauschError | undefined;
    for (const name of names) {
      const path = join(source.path, name);
      try {
        files.push(await readCalendarFile(path, day));
      } catch (error) {
        // A file that went between listing and reading, or a folder inside named *.ics, is simply not there.
        const problem = asFailure(error, path);
        if (problem.code !== 'calendarNotFound') failure ??= problem;
      }
    }
    return { state: failure ? 'unreadable' : 'ok', ...(failure ? { failure } : {}), files };
  }

  function sameFiles(a: readonly CalendarFile[], b: readonly CalendarFile[]): boolean {
    return a.length === b.length && a.every((file, index) => file.path === b[index]?.path && file.text === b[index]?.text);
  }

  /** Takes a reading in; whether anything the user would see changed. */
  function apply(place: WatchedPlace, reading: Reading): boolean {
    const changed =
      place.state !== reading.state || place.failure?.code !== reading.failure?.code || !sameFiles(place.files, reading.files);
    place.state = reading.state;
    place.failure = reading.failure;
    if (reading.state !== 'missing') place.readAt = clock.now().toISOString();
    if (changed) {
      place.files = reading.files;
      generation += 1;
    }
    return changed;
  }

  function isRelevant(place: WatchedPlace, filename: string | null): boolean {
    if (filename === null) return true;
    const name = basename(filename);
    return place.source.kind === 'file' ? name === basename(place.source.path) : name.toLowerCase().endsWith('.ics') || name === basename(place.source.path);
  }

  function stopWatching(place: WatchedPlace): void {
    place.watcher?.close();
    place.watcher = undefined;
  }

  /** Watches the place (a file through its folder); a place not there yet is tried again on the next look. */
  function ensureWatcher(place: WatchedPlace): boolean {
    if (place.watcher || place.closed) return false;
    const target = place.source.kind === 'file' ? dirname(place.source.path) : place.source.path;
    try {
      // Not persistent: a watched calendar must not keep the command line or a test alive.
      const watcher = watchPlace(target, { persistent: false }, (_event, filename) => {
        if (isRelevant(place, filename)) scheduleRead(place);
      });
      watcher.on('error', () => {
        stopWatching(place);
        scheduleRead(place);
      });
      place.watcher = watcher;
      return true;
    } catch {
      return false;
    }
  }

  function read(place: WatchedPlace): Promise<void> {
    place.reading = place.reading.then(async () => {
      if (place.closed) return;
      const reading = await readPlace(place.source);
      if (place.closed) return;
      const changed = apply(place, reading);
      // A folder that went takes its watch with it; the watch returns with the folder (tried again at each look).
      if (reading.state === 'missing') {
        if (place.source.kind === 'folder') stopWatching(place);
        ensureWatcher(place);
      }
      if (changed) onChanged();
    });
    return place.reading;
  }

  function scheduleRead(place: WatchedPlace): void {
    if (place.closed) return;
    clearTimeout(place.settleTimer);
    place.settleTimer = setTimeout(() => void read(place), settleMs);
    place.settleTimer.unref?.();
  }

  function install(source: CalendarSource, reading?: Reading): void {
    dispose(source.path);
    const place: WatchedPlace = { source, state: 'ok', files: [], reading: Promise.resolve(), closed: false };
    places.set(source.path, place);
    ensureWatcher(place);
    if (reading) apply(place, reading);
    else void read(place);
  }

  function dispose(path: string): void {
    const place = places.get(path);
    if (!place) return;
    place.closed = true;
    clearTimeout(place.settleTimer);
    stopWatching(place);
    places.delete(path);
    generation += 1;
  }

  /** Follows the places in settings, which a restored backup may change as well as watch and unwatch. */
  function followSettings(): void {
    if (closed) return;
    const wanted = store.settings.calendarSources ?? [];
    for (const path of [...places.keys()]) if (!wanted.some((source) => source.path === path)) dispose(path);
    for (const source of wanted) {
      if (places.get(source.path)?.source.kind !== source.kind) install(source);
    }
  }

  // The places in settings are read at the first look (Today and the tray look at start), not when the services are
  // built: the command line builds them too, and has no use for them.
  let started = false;
  function start(): void {
    if (started) return;
    started = true;
    followSettings();
  }
  writer.onCommitted(({ collections }) => {
    if (started && collections.includes('settings')) followSettings();
  });

  function writeSources(sources: CalendarSource[], afterCommit: () => void): Promise<null> {
    return writer.write(() => {
      const settings = parseOrInvalid(settingsInputSchema, { ...store.settings, calendarSources: sources });
      return { changes: [{ op: 'settings', value: settings }], result: null, afterCommit };
    });
  }

  function statusOf(place: WatchedPlace | undefined, source: CalendarSource, day: string): CalendarSourceStatus {
    const calendars = (place?.files ?? []).map((file) => parsedOf(file, day));
    return {
      ...source,
      state: place?.state ?? 'missing',
      ...(place?.readAt ? { readAt: place.readAt } : {}),
      occurrences: calendars.reduce((sum, calendar) => sum + calendar.occurrences.length, 0),
      skipped: calendars.reduce((sum, calendar) => sum + calendar.skipped, 0),
      ...(place?.failure ? { error: place.failure.code satisfies ErrorCode } : {}),
    };
  }

  return {
    /** Every occurrence in today's window from all places, each once (a meeting in two calendars is one), by start. */
    occurrences(): { occurrences: CalendarOccurrence[]; byKey: ReadonlyMap<string, CalendarOccurrence> } {
      start();
      const day = clock.today();
      for (const place of places.values()) {
        // A place that was not there may have come since; a watch that failed is tried again.
        if (!place.watcher && ensureWatcher(place)) scheduleRead(place);
      }
      if (merged?.day !== day || merged.generation !== generation) {
        const byKey = new Map<string, CalendarOccurrence>();
        const files = [...(imported ? [imported.file] : []), ...[...places.values()].flatMap((place) => place.files)];
        for (const file of files) {
          for (const occurrence of parsedOf(file, day).occurrences) if (!byKey.has(occurrence.key)) byKey.set(occurrence.key, occurrence);
        }
        const occurrences = [...byKey.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
        merged = { day, generation, occurrences, byKey };
      }
      return merged;
    },

    /** Waits for reads under way (the first read after start above all). */
    async settled(): Promise<void> {
      start();
      await Promise.all([...places.values()].map((place) => place.reading));
    },

    connected(): boolean {
      start();
      return imported !== undefined || places.size > 0;
    },

    status(): CalendarStatus {
      start();
      const day = clock.today();
      const sources = (store.settings.calendarSources ?? []).map((source) => statusOf(places.get(source.path), source, day));
      if (!imported) return { sources };
      const calendar = parsedOf(imported.file, day);
      return { sources, imported: { name: imported.name, occurrences: calendar.occurrences.length, skipped: calendar.skipped, readAt: imported.readAt } };
    },

    /** Reads a calendar's text for this session, replacing the one before; a text that does not read keeps nothing. */
    import({ name, text }: { name: string; text: string }): void {
      const size = Buffer.byteLength(text, 'utf8');
      if (size > MAX_CALENDAR_BYTES) throw tooLarge(name, size);
      const day = clock.today();
      const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      const calendar = parseChecked(clean, day, name);
      imported = { name, file: { path: name, text: clean, parsed: { day, calendar } }, readAt: clock.now().toISOString() };
      generation += 1;
    },

    clearImport(): void {
      if (!imported) return;
      imported = undefined;
      generation += 1;
    },

    /** Watches a file or folder that reads now; a missing place or a file that is no calendar is refused. */
    async watch(source: CalendarSource): Promise<void> {
      start();
      const place = { path: resolve(source.path), kind: source.kind };
      const reading = await readPlace(place);
      if (reading.state === 'missing') throw new PlauschError('calendarNotFound', { file: place.path });
      if (place.kind === 'file' && reading.failure) throw reading.failure;
      const others = (store.settings.calendarSources ?? []).filter((known) => known.path !== place.path);
      await writeSources([...others, place], () => install(place, reading));
    },

    async unwatch({ path }: { path: string }): Promise<void> {
      start();
      const known = (store.settings.calendarSources ?? []).filter((source) => source.path !== path && source.path !== resolve(path));
      if (known.length === (store.settings.calendarSources ?? []).length) return;
      await writeSources(known, followSettings);
    },

    close(): void {
      closed = true;
      for (const path of [...places.keys()]) dispose(path);
    },
  };
}

export type CalendarSources = ReturnType<typeof createCalendarSources>;
