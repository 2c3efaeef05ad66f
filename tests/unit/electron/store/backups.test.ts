import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datesToPrune } from '../../../../electron/main/store/backups';
import { fixedClock } from '../../../../electron/main/services/clock';
import { addDays } from '../../../../shared/dates';
import { contact, open, tempDir } from './helpers';

describe('daily backups', () => {
  it('rotation keeps the newest seven and the newest of each month', () => {
    const dates = ['2025-03-10', '2025-03-09', '2025-03-08', '2025-03-07', '2025-03-06', '2025-03-05', '2025-03-04',
      '2025-03-03', '2025-02-28', '2025-02-27', '2025-01-31', '2025-01-15', '2024-12-01'];
    expect(datesToPrune(dates)).toEqual(['2025-03-03', '2025-02-27', '2025-01-15']);
    expect(datesToPrune(dates.slice(0, 7))).toEqual([]);
  });

  it('takes one backup a day at open and at flush, driven by the clock, and rotates them', async () => {
    const dir = await tempDir();
    const clock = fixedClock('2025-01-01T08:00:00Z', 'Europe/Berlin');
    for (let n = 0; n < 80; n += 1) {
      const day = addDays('2025-01-01', n);
      const viaFlush = n % 2 === 1;
      // On odd days the store was opened the evening before, so today's backup must come from flush.
      clock.set(viaFlush ? `${addDays(day, -1)}T20:00:00Z` : `${day}T08:00:00Z`);
      const store = await open(dir, { clock });
      await store.commit([{ op: 'put', collection: 'contacts', value: contact(`c-${day}`) }]);
      clock.set(`${day}T09:00:00Z`);
      await store.flush();
      await store.close();
    }
    const names = (await readdir(join(dir, 'backups'))).sort();
    const lastDay = '2025-03-21';
    const lastSeven = Array.from({ length: 7 }, (_, n) => `daily-${addDays(lastDay, n - 6)}.json`);
    expect(names.slice(-7)).toEqual(lastSeven);
    const older = names.slice(0, -7);
    expect(older).toEqual(['daily-2025-01-31.json', 'daily-2025-02-28.json']);

    const newest = JSON.parse(await readFile(join(dir, 'backups', `daily-${lastDay}.json`), 'utf8'));
    expect(newest.schemaVersion).toBe(3);
    expect(newest).not.toHaveProperty('historyYears');
    expect(newest.contacts.length).toBeGreaterThan(40);
  });

  it('does not take a second backup on the same day', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    const file = join(dir, 'backups', 'daily-2025-03-14.json');
    const first = await readFile(file, 'utf8');
    await store.commit([{ op: 'put', collection: 'contacts', value: contact('later') }]);
    await store.flush();
    expect(await readFile(file, 'utf8')).toBe(first);
    expect(await readdir(join(dir, 'backups'))).toEqual(['daily-2025-03-14.json']);
  });

  it('backups hold the log applied, and migration backups survive rotation', async () => {
    const dir = await tempDir();
    const clock = fixedClock('2025-03-01T08:00:00Z');
    await writeFile(join(dir, 'plausch.json'), JSON.stringify({ schemaVersion: 1, contacts: [], interactions: [] }));
    const first = await open(dir, { clock });
    await first.commit([{ op: 'put', collection: 'contacts', value: contact('a') }]);
    await first.close();
    for (let n = 1; n <= 10; n += 1) {
      clock.set(`2025-03-${String(n + 1).padStart(2, '0')}T08:00:00Z`);
      await (await open(dir, { clock })).close();
    }
    const names = await readdir(join(dir, 'backups'));
    expect(names.filter((name) => name.startsWith('pre-migration-v1-'))).toHaveLength(1);
    expect(names.filter((name) => name.startsWith('daily-'))).toHaveLength(7);
    const backup = JSON.parse(await readFile(join(dir, 'backups', 'daily-2025-03-11.json'), 'utf8'));
    expect(backup.contacts.map((c: { id: string }) => c.id)).toEqual(['a']);
    expect((await stat(join(dir, 'backups'))).isDirectory()).toBe(true);
  });
});
