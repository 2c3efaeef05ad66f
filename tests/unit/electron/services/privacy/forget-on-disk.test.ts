// Forgetting a person with the real store: afterwards no file anywhere in the data folder (main file, year files, the
// write-ahead log, daily and manual backups, photos) holds her name, e-mail address or note, in any of the forms the
// store writes text in, while the other person of a shared encounter is still there.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/main/services';
import { fixedClock } from '../../../../../electron/main/services/clock';
import { openStore } from '../../../../../electron/main/store';
import { settingsSchema } from '../../../../../shared/model';
import { bytesOf, TINY_PNG_BASE64 } from '../../../../support/photo-samples';
import { recordingLogger } from '../../../../support/services-harness';
import { contact, interaction, tempDir } from '../../store/helpers';

const FIRST_NAME = 'Żaneta';
const LAST_NAME = 'Quellbrünn-Øyås';
const EMAIL = 'zaneta.quellbrunn@example-forget.org';
const NOTE = 'Kündigt im Frühjahr, erzählte vom Umzug nach Tromsø';
const OTHER = 'Uhlenbrock';

/** The forms a text can take in the folder: as it is (UTF-8), and with non-ASCII letters as JSON `\uXXXX` escapes. */
function writtenForms(text: string): string[] {
  const escaped = text.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...new Set([text, escaped, escaped.toUpperCase().replace(/\\U/g, '\\u')])];
}

async function everyFile(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await everyFile(path)));
    else files.push(path);
  }
  return files;
}

async function filesHolding(dir: string, needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of await everyFile(dir)) {
    const bytes = await readFile(file);
    for (const needle of needles) if (bytes.includes(Buffer.from(needle, 'utf8'))) found.push(`${file}: ${needle}`);
  }
  return found;
}

describe('forget on disk', () => {
  it('leaves no trace of her in any file of the data folder, and keeps the other person', async () => {
    const dir = await tempDir();
    const clock = fixedClock('2026-11-29T09:00:00.000Z');
    // Compaction only when asked for (flush), so the log still holds lines about her when she is forgotten.
    const store = await openStore({ dir, clock, compactAfterEntries: 1000, compactAfterBytes: 100_000_000, compactAfterIdleMs: 3_600_000 });
    const services = createServices({ store, clock, log: recordingLogger(), appInfo: { version: 't', dataDir: dir, systemLanguage: 'de-DE' } });
    const her = contact('zaneta', { firstName: FIRST_NAME, lastName: LAST_NAME, emails: [EMAIL], notes: NOTE });
    const him = contact('bertram', { firstName: 'Bertram', lastName: OTHER, introducedById: 'zaneta' });
    await store.commit([
      { op: 'put', collection: 'contacts', value: her },
      { op: 'put', collection: 'contacts', value: him },
      { op: 'put', collection: 'interactions', value: interaction('shared', ['zaneta', 'bertram'], { date: '2025-05-06', note: 'Projektessen' }) },
      { op: 'put', collection: 'interactions', value: interaction('solo', ['zaneta'], { date: '2024-02-01', note: NOTE }) },
      { op: 'settings', value: settingsSchema.parse({ todaySnoozes: { zaneta: '2026-12-05' } }) },
    ]);
    await services.photos.loaded;
    await services.photos.set('zaneta', TINY_PNG_BASE64);
    await store.backupNow('manual');
    // The next day's backup holds her (the first day's was taken as the empty journal opened).
    clock.set('2026-11-30T09:00:00.000Z');
    await store.flush();

    // A later day: lines in the log not yet folded into the files.
    clock.set('2026-12-01T09:00:00.000Z');
    await store.commit([{ op: 'put', collection: 'interactions', value: interaction('later', ['zaneta'], { date: '2026-12-01', note: `${NOTE} (nochmal)` }) }]);
    await store.commit([{ op: 'put', collection: 'contacts', value: { ...her, notes: `${NOTE}!` } }]);

    const needles = [...writtenForms(FIRST_NAME), ...writtenForms(LAST_NAME), EMAIL, ...writtenForms(NOTE)];
    // The test can fail: before forgetting, every kind of file holds her.
    const before = await filesHolding(dir, needles);
    for (const part of ['plausch.wal', 'plausch.json', 'backups/manual-', 'backups/daily-2026-11-30']) {
      expect(before.some((line) => line.includes(part)), part).toBe(true);
    }

    const report = await services.privacy.forget('zaneta');
    await services.photos.idle();
    // Forgetting itself leaves no trace, not only the next tidy-up at close.
    expect(await filesHolding(dir, needles)).toEqual([]);
    await store.close();

    expect(report).toMatchObject({ name: `${FIRST_NAME} ${LAST_NAME}`, backupsRewritten: 2, unreadableFiles: [] });
    expect(report.counts).toMatchObject({ encountersRemoved: 2, encountersKept: 1, mentions: 1, photo: true });
    expect(await filesHolding(dir, needles)).toEqual([]);
    const photoBytes = Buffer.from(bytesOf(TINY_PNG_BASE64));
    for (const file of await everyFile(dir)) expect((await readFile(file)).includes(photoBytes), file).toBe(false);

    const reopened = await openStore({ dir, clock });
    try {
      expect([...reopened.contacts.keys()]).toEqual(['bertram']);
      expect(reopened.contacts.get('bertram')?.introducedById).toBeUndefined();
      expect(reopened.interactions.get('shared')?.contactIds).toEqual(['bertram']);
      expect([...reopened.interactions.keys()]).toEqual(['shared']);
    } finally {
      await reopened.close();
    }
    expect((await filesHolding(dir, writtenForms(OTHER))).length).toBeGreaterThan(0);
  });
});
