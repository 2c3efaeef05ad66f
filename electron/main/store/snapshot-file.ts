// lowdb adapter for the snapshot file. lowdb's own JSONFile writes through steno, which neither sets a file mode
// nor syncs; this one writes private files atomically and durably. It returns unvalidated JSON on purpose: the
// loader decides whether the content is current, old (to migrate), newer (to leave alone) or damaged.
import type { Adapter } from 'lowdb';
import { readTextIfExists, writeFileAtomic, type StoreFileSystem } from './files';

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`unreadable JSON in ${file}`, { cause });
    this.name = 'UnreadableFileError';
  }
}

export class SnapshotFile implements Adapter<unknown> {
  constructor(
    private readonly fs: StoreFileSystem,
    readonly file: string,
  ) {}

  async read(): Promise<unknown> {
    const text = await readTextIfExists(this.fs, this.file);
    if (text === null) return null;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new UnreadableFileError(this.file, error);
    }
    // lowdb takes a falsy read for "no file yet"; a file holding `null` must count as damaged, not as missing.
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new UnreadableFileError(this.file, new TypeError('not a JSON object'));
    }
    return data;
  }

  async write(data: unknown): Promise<void> {
    await writeFileAtomic(this.fs, this.file, JSON.stringify(data));
  }
}
