// Writes memory into the snapshot: the history files of the years that changed first, the main file listing the
// years last. A crash in between leaves a main file whose log still holds every change since it was written, and
// replaying the log onto any mix of old and new year files gives the same journal, because a put or delete by id
// lands the same however often it is applied.
import type { FolderCodec } from './encryption/codec';
import type { StoreFileSystem } from './files';
import { interactionsByYear, removeUnlistedYears, writeHistoryYear } from './history-files';
import { headOf, type LoadedJournal, type StorePaths } from './load';

export async function writeSnapshot(
  fs: StoreFileSystem,
  paths: StorePaths,
  journal: LoadedJournal,
  scope: 'changedYears' | 'everyYear',
  codec?: FolderCodec,
): Promise<void> {
  if (journal.deferredHistory) throw new Error('store: the snapshot cannot be written before the history is read');
  const byYear = interactionsByYear(journal.interactions.values());
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const toWrite = scope === 'everyYear' ? years : years.filter((year) => journal.dirtyYears.has(year));
  for (const year of toWrite) await writeHistoryYear(fs, paths.dir, year, byYear.get(year) ?? [], codec);
  journal.db.data = headOf(journal, years);
  try {
    await journal.db.write();
  } finally {
    journal.db.data = null;
  }
  await removeUnlistedYears(fs, paths.dir, new Set(years));
  journal.dirtyYears.clear();
  journal.snapshotSeq = journal.lastSeq;
}
