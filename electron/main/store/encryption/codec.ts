// The folder's codec: every file the store reads goes through `open`, every file it writes through `seal`. It holds
// two keys because a switch reads with one state and writes with the other: while encryption is turned off, sealed
// files must still open (`openKey`) but everything is written plain (`sealKey` null).
import type { DataFileCodec } from '../types';
import { isSealed, openSealed, SealBrokenError, sealBytes } from './sealed';

export class FolderCodec implements DataFileCodec {
  constructor(
    public openKey: Buffer | null = null,
    public sealKey: Buffer | null = openKey,
  ) {}

  /** Whether what is written now is sealed. */
  get on(): boolean {
    return this.sealKey !== null;
  }

  seal(plain: Uint8Array): Buffer {
    return this.sealKey ? sealBytes(this.sealKey, plain) : Buffer.from(plain);
  }

  /** Plain bytes as they are; sealed ones opened, `SealBrokenError` when they do not open (tampered, or no key). */
  open(bytes: Buffer, file: string): Buffer {
    if (!isSealed(bytes)) return bytes;
    if (!this.openKey) throw new SealBrokenError(file, 'sealed, and the folder has no key');
    return openSealed(this.openKey, bytes, file);
  }

  /** `open`, with a file that does not open answered as `null` (the callers treat it as damaged). */
  tryOpen(bytes: Buffer, file: string): Buffer | null {
    try {
      return this.open(bytes, file);
    } catch (error) {
      if (error instanceof SealBrokenError) return null;
      throw error;
    }
  }
}

/** The codec of a plain folder: reads plain files, and takes a sealed one for damaged. */
export const plainFolderCodec = (): FolderCodec => new FolderCodec(null);
