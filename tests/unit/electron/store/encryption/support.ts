// Shared by the encryption tests: a cheap key derivation (the real one costs 128 MiB and a good part of a second per
// passphrase), the passphrase, and every file of a data folder as bytes.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ScryptParams } from '../../../../../electron/main/store';

export const CHEAP_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };
export const PASSPHRASE = 'Pferd Batterie Heftklammer';

/** Every file under `dir` (recursively), by its path relative to `dir`, the lock file left out. */
export async function folderBytes(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name !== 'plausch.lock') files.set(relative(dir, path), await readFile(path));
    }
  };
  await walk(dir);
  return files;
}

/** The same files with the same bytes. */
export function sameFolder(before: Map<string, Buffer>, after: Map<string, Buffer>): boolean {
  return before.size === after.size && [...before].every(([name, bytes]) => after.get(name)?.equals(bytes) === true);
}
