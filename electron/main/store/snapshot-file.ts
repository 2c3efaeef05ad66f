// lowdb adapter for the snapshot file. lowdb's own JSONFile writes through steno, which neither sets a file mode
// nor syncs; this one writes private files atomically and durably. It returns unvalidated JSON on purpose: the
// loader decides whether the content is current, old (to migrate), newer (to leave alone) or damaged.
// Each snapshot starts with a CRC-32 of the rest of the file: a file our own compaction wrote and nobody changed
// since holds records that were validated when they were committed, so the loader may skip validating them again.
import type { Adapter } from 'lowdb';
import { crc32 } from 'node:zlib';
import { isMissing, writeFileAtomic, type StoreFileSystem } from './files';

const CHECKSUM_PREFIX = '{"checksum":"crc32:';
/** `{"checksum":"crc32:` + 8 hex digits + `",`: everything after it is what the checksum covers. */
const CHECKSUM_HEADER_BYTES = CHECKSUM_PREFIX.length + 8 + 2;

function checksumOf(bytes: Uint8Array): string {
  return crc32(bytes).toString(16).padStart(8, '0');
}

/** Whether `bytes` start with a checksum header that matches the rest of them. */
function checksumMatches(bytes: Buffer): boolean {
  if (bytes.length <= CHECKSUM_HEADER_BYTES || bytes.toString('latin1', 0, CHECKSUM_PREFIX.length) !== CHECKSUM_PREFIX) return false;
  const written = bytes.toString('latin1', CHECKSUM_PREFIX.length, CHECKSUM_PREFIX.length + 8);
  return written === checksumOf(bytes.subarray(CHECKSUM_HEADER_BYTES)) && bytes.toString('latin1', CHECKSUM_HEADER_BYTES - 2, CHECKSUM_HEADER_BYTES) === '",';
}

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

  /** Whether the last read file carried a checksum that matched its content. */
  verified = false;

  async read(): Promise<unknown> {
    this.verified = false;
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.file);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new UnreadableFileError(this.file, error);
    }
    // lowdb takes a falsy read for "no file yet"; a file holding `null` must count as damaged, not as missing.
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new UnreadableFileError(this.file, new TypeError('not a JSON object'));
    }
    this.verified = checksumMatches(bytes);
    delete (data as { checksum?: unknown }).checksum;
    return data;
  }

  async write(data: unknown): Promise<void> {
    const text = JSON.stringify(data);
    if (text.length <= 2) return writeFileAtomic(this.fs, this.file, text);
    const covered = Buffer.from(text.slice(1), 'utf8');
    const header = Buffer.from(`${CHECKSUM_PREFIX}${checksumOf(covered)}",`, 'latin1');
    await writeFileAtomic(this.fs, this.file, Buffer.concat([header, covered]));
  }
}
