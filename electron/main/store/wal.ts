// The write-ahead log: one JSON line per durable write, appended and synced, so a save costs the size of the change
// and not the size of the journal. The snapshot file absorbs the log from time to time (compaction).
// While encryption is on, each line is sealed on its own: `*` and the base64 of the sealed JSON (encryption/sealed.ts),
// so an append still costs one line, a torn last line is still just a beginning of one, and a log holding plain and
// sealed lines (written before and after a switch) reads.
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openDataFile, privateFileMode, syncDir, type StoreFileSystem } from './files';
import { rawLogEntrySchema, type RawLogEntry } from './document';
import { plainFolderCodec, type FolderCodec } from './encryption/codec';

export interface ParsedLog {
  /** Every intact entry in order, those after a damaged line included. */
  entries: RawLogEntry[];
  /** Length in bytes of the part that holds the entries; everything after it is a torn, unacknowledged append. */
  validBytes: number;
  /** Index of the first damaged line: the log must be set aside and the user told, not merely cut back. */
  damagedAtLine?: number;
}

/** How every plain line the log writes begins (see `append`). */
const lineStart = '{"seq":';
/** How every sealed line begins; base64 follows. */
const sealedLineStart = '*';
const sealedLine = /^\*[A-Za-z0-9+/]*={0,2}$/;

/**
 * Whether a last line without its newline is what a crash during `append` leaves: a beginning of a line as we write
 * it. Such a line was never acknowledged, because the acknowledgement waits for the newline to be on disk. Zeros or
 * other bytes there are damage to what may have been acknowledged, however much it looks like a torn end.
 */
function isTornAppend(fragment: string): boolean {
  if (fragment.startsWith(sealedLineStart)) return sealedLine.test(fragment);
  return !fragment.includes('\0') && (fragment.startsWith(lineStart) || lineStart.startsWith(fragment));
}

/** A sealed line that does not open (changed behind our back, or no key) does not read, like any damaged line. */
function parseLine(line: string, codec: FolderCodec): RawLogEntry | undefined {
  try {
    let json = line;
    if (line.startsWith(sealedLineStart)) {
      if (!sealedLine.test(line)) return undefined;
      const plain = codec.tryOpen(Buffer.from(line.slice(1), 'base64'), 'plausch.wal');
      if (plain === null) return undefined;
      json = plain.toString('utf8');
    }
    const result = rawLogEntrySchema.safeParse(JSON.parse(json));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A crash mid-append can only leave a beginning of the last line (each write is one line, acknowledged after its
 * sync), and that alone is dropped quietly. Anything else that does not read — a line that is not an entry, a
 * sequence number out of order or out of range, zeros — is damage: it is reported, and every intact entry around it
 * is kept, those after it too.
 */
export function parseLog(text: string, codec: FolderCodec = plainFolderCodec()): ParsedLog {
  const entries: RawLogEntry[] = [];
  let offset = 0;
  let validBytes = 0;
  let firstBad: number | undefined;
  let lastSeq = 0;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const complete = index < lines.length - 1;
    const lineBytes = Buffer.byteLength(line, 'utf8') + (complete ? 1 : 0);
    const entry = complete ? parseLine(line, codec) : undefined;
    if (entry && entry.seq > lastSeq) {
      entries.push(entry);
      lastSeq = entry.seq;
      validBytes = offset + lineBytes;
    } else if (complete || !isTornAppend(line)) {
      firstBad ??= index;
    }
    offset += lineBytes;
  }
  return firstBad === undefined ? { entries, validBytes } : { entries, validBytes, damagedAtLine: firstBad };
}

/** The open log file. Appends are serialized by the caller. */
export class WriteAheadLog {
  /** Set while a failed append may have left bytes behind; the next append first cuts them off. */
  private needsCutBack = false;

  private constructor(
    private readonly handle: FileHandle,
    private size: number,
    private readonly codec: FolderCodec,
  ) {}

  /** Opens the log for appending, cutting off a torn tail after `validBytes`; lines are sealed while `codec` is on. */
  static async open(fs: StoreFileSystem, file: string, validBytes: number, codec: FolderCodec = plainFolderCodec()): Promise<WriteAheadLog> {
    const handle = await openDataFile(fs, file, constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND, privateFileMode);
    try {
      const { size } = await handle.stat();
      if (size === 0) await syncDir(fs, dirname(file));
      if (size > validBytes) {
        await handle.truncate(validBytes);
        await handle.sync();
      }
      await handle.chmod(privateFileMode);
      return new WriteAheadLog(handle, Math.min(size, validBytes), codec);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  get bytes(): number {
    return this.size;
  }

  /** Durable once resolved. On failure the file is cut back, so no partial line stays in front of later ones. */
  async append(entry: { seq: number; changes: readonly unknown[] }): Promise<void> {
    if (this.needsCutBack) {
      await this.handle.truncate(this.size);
      this.needsCutBack = false;
    }
    const json = JSON.stringify(entry);
    const text = this.codec.on ? `${sealedLineStart}${this.codec.seal(Buffer.from(json, 'utf8')).toString('base64')}` : json;
    const line = Buffer.from(`${text}\n`, 'utf8');
    try {
      const { bytesWritten } = await this.handle.write(line);
      if (bytesWritten !== line.length) throw new Error(`short write to the log: ${bytesWritten} of ${line.length} bytes`);
      await this.handle.datasync();
      this.size += line.length;
    } catch (error) {
      this.needsCutBack = true;
      await this.handle
        .truncate(this.size)
        .then(() => {
          this.needsCutBack = false;
        })
        .catch(() => undefined);
      throw error;
    }
  }

  async clear(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.sync();
    this.size = 0;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
