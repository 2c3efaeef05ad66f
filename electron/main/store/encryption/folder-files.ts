// The journal's files besides the main file, the year files and the live log, which a switch of encryption seals or
// opens one by one: the backups, the files set aside as damaged, and the contacts' photos. Only Plausch's own names
// are touched, because the data folder is also the desktop app's own folder (Electron's `userData`).
import { join } from 'node:path';
import { backupsDir } from '../backups';
import { isMissing, readDataFile, writeFileAtomic, type StoreFileSystem } from '../files';
import { historyDir } from '../history-files';
import type { FolderCodec } from './codec';
import { isSealed } from './sealed';

const TEMP_FILE = /\.[0-9a-f]+\.tmp$/;

async function namesIn(fs: StoreFileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error) || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw error;
  }
}

/** Every file of the journal a switch converts; the main file and the year files are listed too (a no-op then). */
export async function journalFiles(fs: StoreFileSystem, dir: string): Promise<string[]> {
  const files: string[] = [];
  const add = async (folder: string, keep: (name: string) => boolean) => {
    for (const name of await namesIn(fs, folder)) if (keep(name) && !TEMP_FILE.test(name)) files.push(join(folder, name));
  };
  const top = await namesIn(fs, dir);
  // The live log is sealed line by line and is emptied by the switch instead; the lock and the key file stay plain.
  await add(dir, (name) => name === 'plausch.json' || /^plausch\.damaged-.*\.(json|wal)$/.test(name));
  await add(historyDir(dir), (name) => name.endsWith('.json'));
  for (const name of top.filter((entry) => /^history\.damaged-/.test(entry))) await add(join(dir, name), () => true);
  await add(backupsDir(dir), (name) => name.endsWith('.json'));
  const photos = join(dir, 'photos');
  await add(photos, (name) => name.endsWith('.photo'));
  await add(join(photos, 'removed'), (name) => name.endsWith('.photo'));
  return files;
}

/**
 * Writes each of the journal's files again as `codec` writes now (sealed, or plain), each atomically; files already
 * so are left alone, which makes a switch cut off by a crash safe to run again. A sealed file that does not open is
 * damaged already and stays as it is; its name is returned.
 */
export async function convertJournalFiles(fs: StoreFileSystem, dir: string, codec: FolderCodec): Promise<string[]> {
  const unopened: string[] = [];
  for (const file of await journalFiles(fs, dir)) {
    const bytes = await readDataFile(fs, file);
    if (bytes === null || isSealed(bytes) === codec.on) continue;
    const plain = codec.tryOpen(bytes, file);
    if (plain === null) {
      unopened.push(file);
      continue;
    }
    await writeFileAtomic(fs, file, codec.seal(plain));
  }
  return unopened;
}
