// The interactions live in one history file per year beside the main file: a compaction rewrites only the years
// that changed, opening early reads the main file alone, and a damaged or missing year is treated as damage.
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStoreEarly } from '../../../../electron/main/store';
import { readJournal } from '../../../../electron/main/store/read-only';
import { contact, interaction, open, openAndCrash, tempDir, testClock } from './helpers';

const put = (value: ReturnType<typeof interaction>) => ({ op: 'put' as const, collection: 'interactions' as const, value });

/** A closed journal with one contact and an interaction in each of 2022, 2023 and 2024. */
async function journalOverThreeYears(): Promise<string> {
  const dir = await tempDir();
  const store = await open(dir);
  await store.commit([
    { op: 'put', collection: 'contacts', value: contact('anna') },
    put(interaction('i2022', ['anna'], { date: '2022-06-01' })),
    put(interaction('i2023', ['anna'], { date: '2023-06-01' })),
    put(interaction('i2024', ['anna'], { date: '2024-06-01' })),
  ]);
  await store.close();
  return dir;
}

const yearFile = (dir: string, year: number) => join(dir, 'history', `interactions-${year}.json`);

async function fingerprint(file: string) {
  const { ino, mtimeMs, size } = await stat(file);
  return { ino, mtimeMs, size };
}

describe('history files', () => {
  it('keep each year of interactions in its own file, listed by a main file that holds none', async () => {
    const dir = await journalOverThreeYears();
    expect((await readdir(join(dir, 'history'))).sort()).toEqual(['interactions-2022.json', 'interactions-2023.json', 'interactions-2024.json']);
    const main = JSON.parse(await readFile(join(dir, 'plausch.json'), 'utf8'));
    expect(main).not.toHaveProperty('interactions');
    expect(main.historyYears).toEqual([2022, 2023, 2024]);
    const year2023 = JSON.parse(await readFile(yearFile(dir, 2023), 'utf8'));
    expect(year2023.interactions.map((record: { id: string }) => record.id)).toEqual(['i2023']);
    expect(await readFile(yearFile(dir, 2023), 'utf8')).toMatch(/^\{"checksum":"crc32:[0-9a-f]{8}",/);

    const reopened = await open(dir);
    expect([...reopened.interactions.keys()].sort()).toEqual(['i2022', 'i2023', 'i2024']);
    expect(reopened.notices).toEqual([]);
  });

  it('are written in plain ASCII, with every other character escaped and read back unchanged', async () => {
    const dir = await tempDir();
    const note = 'Grüße aus Köln, Straße 5 – 😀 Ayşe, Yılmaz';
    const store = await open(dir);
    await store.commit([put(interaction('i1', ['anna'], { note }))]);
    await store.close();
    const bytes = await readFile(yearFile(dir, 2025));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    expect((await open(dir)).interactions.get('i1')?.note).toBe(note);
  });

  it('rewrite only the years a change touched: a move rewrites both years, the last one out removes its file', async () => {
    const dir = await journalOverThreeYears();
    const untouched = await fingerprint(yearFile(dir, 2022));
    const store = await open(dir);
    await store.commit([put(interaction('i2023', ['anna'], { date: '2024-01-05' }))]);
    await store.flush();
    expect(await fingerprint(yearFile(dir, 2022))).toEqual(untouched);
    await expect(stat(yearFile(dir, 2023))).rejects.toMatchObject({ code: 'ENOENT' });
    const year2024 = JSON.parse(await readFile(yearFile(dir, 2024), 'utf8'));
    expect(year2024.interactions.map((record: { id: string }) => record.id).sort()).toEqual(['i2023', 'i2024']);
    expect(JSON.parse(await readFile(join(dir, 'plausch.json'), 'utf8')).historyYears).toEqual([2022, 2024]);
    await store.close();
    expect((await open(dir)).interactions.get('i2023')?.date).toBe('2024-01-05');
  });

  it('open early with contacts and settings, the interactions following before anything can read or write them', async () => {
    const dir = await journalOverThreeYears();
    // Changes still in the log: one year file holds an older version of i2022, another holds i2024, now deleted.
    await openAndCrash(dir, (store) =>
      store.commit([put(interaction('i2022', ['anna'], { date: '2022-06-01', note: 'newer' })), { op: 'delete', collection: 'interactions', id: 'i2024' }]),
    );
    const store = await openStoreEarly({ dir, clock: testClock() });
    try {
      expect(store.contacts.has('anna')).toBe(true);
      expect(() => store.interactions).toThrow(/before the history is complete/);
      const saved = store.commit([put(interaction('new', ['anna'], { date: '2025-03-14' }))]);
      await store.complete;
      await saved;
      expect([...store.interactions.keys()].sort()).toEqual(['i2022', 'i2023', 'new']);
      expect(store.interactions.get('i2022')?.note).toBe('newer');
    } finally {
      await store.close();
    }
    const reopened = await open(dir);
    expect([...reopened.interactions.keys()].sort()).toEqual(['i2022', 'i2023', 'new']);
  });

  it('forget a year file a crash left unlisted; its records come back from the log', async () => {
    const dir = await journalOverThreeYears();
    await openAndCrash(dir, (store) => store.commit([put(interaction('i2019', ['anna'], { date: '2019-02-02' }))]));
    // As if a compaction had written the new year's file and died before the main file listed it.
    await writeFile(yearFile(dir, 2019), '{"schemaVersion":3,"year":2019,"interactions":[]}');
    const store = await open(dir);
    expect(store.interactions.has('i2019')).toBe(true);
    expect(store.notices).toEqual([]);
    await store.close();
    const year2019 = JSON.parse(await readFile(yearFile(dir, 2019), 'utf8'));
    expect(year2019.interactions.map((record: { id: string }) => record.id)).toEqual(['i2019']);
  });

  it('take a year file changed behind their back as damage, even when it still validates, and a damaged one too', async () => {
    const dir = await journalOverThreeYears();
    const file = yearFile(dir, 2023);
    const text = await readFile(file, 'utf8');
    // One letter of a note, changed: the JSON still validates, but the checksum says this is not what was written.
    const edited = text.replace('Mittagessen i2023', 'Mittagessen i2O23');
    await writeFile(file, edited);
    const store1 = await open(dir);
    expect(store1.interactions.get('i2023')?.note).not.toBe('Mittagessen i2O23');
    expect(store1.notices[0]?.kind).toMatch(/restoredFromBackup|startedEmptyAfterDamage/);
    const editedAside = (await readdir(dir)).filter((name) => name.startsWith('history.damaged-'));
    expect(editedAside).toHaveLength(1);
    expect(await readFile(join(dir, editedAside[0] ?? '', 'interactions-2023.json'), 'utf8')).toBe(edited);
    await store1.close();

    const other = await journalOverThreeYears();
    const damaged = (await readFile(yearFile(other, 2023), 'utf8')).replace('"date":"2023-06-01"', '"date":"im Juni"');
    await writeFile(yearFile(other, 2023), damaged);
    const store = await open(other);
    expect(store.notices[0]?.kind).toBe('restoredFromBackup');
    const setAside = (await readdir(other)).filter((name) => name.startsWith('history.damaged-'));
    expect(setAside).toHaveLength(1);
    expect(await readFile(join(other, setAside[0] ?? '', 'interactions-2023.json'), 'utf8')).toBe(damaged);
  });

  it('count a missing year file as damage, never as an empty year', async () => {
    const dir = await journalOverThreeYears();
    await rm(yearFile(dir, 2022));
    const store = await open(dir);
    expect(store.notices[0]?.kind).toMatch(/restoredFromBackup|startedEmptyAfterDamage/);
  });

  it('set history files aside when their main file is gone, instead of starting over them', async () => {
    const dir = await journalOverThreeYears();
    const before = await readFile(yearFile(dir, 2024), 'utf8');
    await rm(join(dir, 'plausch.json'));
    const store = await open(dir);
    expect(store.contacts.size).toBe(0);
    await store.close();
    const setAside = (await readdir(dir)).find((name) => name.startsWith('history.damaged-')) ?? '';
    expect(await readFile(join(dir, setAside, 'interactions-2024.json'), 'utf8')).toBe(before);
  });

  it('are read by the read-only reader too', async () => {
    const dir = await journalOverThreeYears();
    const journal = await readJournal(dir, testClock());
    expect(journal.dataFile).toBe('ok');
    expect([...journal.store.interactions.keys()].sort()).toEqual(['i2022', 'i2023', 'i2024']);
  });
});
