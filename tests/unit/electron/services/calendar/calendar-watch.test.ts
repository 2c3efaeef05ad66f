// Watched calendar files and folders on a real disk: read when watched, read again when they change (waited for by
// the service's change event, never by time), missing places shown, not dropped.
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CalendarService } from '../../../../../electron/main/services/calendar';
import { aContact } from '../../../../support/journal-fixtures';
import { calendarHarness } from './calendar-harness';
import { icsText } from './ics-text';

const sabine = aContact({ firstName: 'Sabine', lastName: 'Keller', emails: ['sabine@nordlicht.de'] });
const meeting = (summary: string) =>
  icsText([{ uid: `m-${summary}`, summary, start: '20250605T070000Z', end: '20250605T080000Z', organiser: 'Sabine:mailto:sabine@nordlicht.de' }]);

/** Resolves at the service's next change event. */
function nextChange(calendar: CalendarService): Promise<void> {
  return new Promise((resolve) => {
    const stop = calendar.onChanged(() => {
      stop();
      resolve();
    });
  });
}

let dir: string;
const opened: CalendarService[] = [];

function harness(...args: Parameters<typeof calendarHarness>) {
  const built = calendarHarness(...args);
  opened.push(built.calendar);
  return built;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plausch-calendar-'));
});

afterEach(async () => {
  opened.splice(0).forEach((calendar) => calendar.close());
  await rm(dir, { recursive: true, force: true });
});

describe('watched calendars', () => {
  it('reads a folder now and again when a calendar is written into it', async () => {
    const { calendar, store } = harness({ contacts: [sabine] });

    const status = await calendar.watch({ path: dir, kind: 'folder' });
    expect(status.sources).toEqual([{ path: dir, kind: 'folder', state: 'ok', readAt: '2025-06-05T14:00:00.000Z', occurrences: 0, skipped: 0 }]);
    expect(store.settings.calendarSources).toEqual([{ path: dir, kind: 'folder' }]);

    const changed = nextChange(calendar);
    await writeFile(join(dir, 'chef.ics'), meeting('Jour fixe'));
    await changed;

    expect((await calendar.day()).suggestions.map((suggestion) => suggestion.summary)).toEqual(['Jour fixe']);
    expect(calendar.status().sources[0]).toMatchObject({ state: 'ok', occurrences: 1 });
  });

  it('follows a watched file that an editor replaces', async () => {
    const file = join(dir, 'kalender.ics');
    await writeFile(file, meeting('Erste Fassung'));
    const { calendar } = harness({ contacts: [sabine] });
    await calendar.watch({ path: file, kind: 'file' });
    expect((await calendar.day()).suggestions.map((suggestion) => suggestion.summary)).toEqual(['Erste Fassung']);

    const changed = nextChange(calendar);
    await writeFile(join(dir, 'kalender.ics.tmp'), meeting('Zweite Fassung'));
    await rename(join(dir, 'kalender.ics.tmp'), file);
    await changed;

    expect((await calendar.day()).suggestions.map((suggestion) => suggestion.summary)).toEqual(['Zweite Fassung']);
  });

  it('refuses a place that is not there, and a file that is no calendar, and keeps neither', async () => {
    const { calendar, store } = harness();
    const missing = join(dir, 'fehlt.ics');
    await expect(calendar.watch({ path: missing, kind: 'file' })).rejects.toMatchObject({ code: 'calendarNotFound', details: { file: missing } });
    await expect(calendar.watch({ path: join(dir, 'fehlt'), kind: 'folder' })).rejects.toMatchObject({ code: 'calendarNotFound' });
    const notes = join(dir, 'notizen.ics');
    await writeFile(notes, 'Einkaufsliste: Milch, Brot');
    await expect(calendar.watch({ path: notes, kind: 'file' })).rejects.toMatchObject({ code: 'calendarUnreadable', details: { file: notes } });

    expect(store.commits).toEqual([]);
    expect(calendar.status()).toEqual({ sources: [] });
  });

  it('shows a watched place that went missing since, keeps it, and reads it once it is back', async () => {
    const file = join(dir, 'kalender.ics');
    const { calendar, store } = harness({ contacts: [sabine], settings: { calendarSources: [{ path: file, kind: 'file' }] } });

    await calendar.day();
    expect(calendar.status().sources).toEqual([{ path: file, kind: 'file', state: 'missing', occurrences: 0, skipped: 0, error: 'calendarNotFound' }]);
    expect((await calendar.day()).connected).toBe(true);

    const changed = nextChange(calendar);
    await writeFile(file, meeting('Wieder da'));
    await changed;

    expect(calendar.status().sources[0]).toMatchObject({ state: 'ok', occurrences: 1 });
    expect(store.settings.calendarSources).toEqual([{ path: file, kind: 'file' }]);
  });

  it('stops watching a place on request', async () => {
    const { calendar, store } = harness();
    await calendar.watch({ path: dir, kind: 'folder' });

    const status = await calendar.unwatch({ path: dir });

    expect(status).toEqual({ sources: [] });
    expect(store.settings.calendarSources).toEqual([]);
    expect((await calendar.day()).connected).toBe(false);
  });
});
