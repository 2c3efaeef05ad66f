// Encryption at rest of the data folder (issue 18). A file the store writes while encryption is on is *sealed*:
//
//   sealed file  = header ‖ nonce ‖ ciphertext ‖ tag
//   header       = the 6 ASCII bytes "PLSEAL" and one byte of format version (1), 7 bytes in all
//   nonce        = 12 random bytes, fresh for every write
//   ciphertext   = AES-256-GCM of the file's plain bytes under the folder's 32-byte data key, the header as
//                  additional authenticated data (so the version cannot be changed unnoticed)
//   tag          = GCM's 16-byte authentication tag
//
// A plain file never starts with the header (JSON starts with `{`, a photo with its JPEG or PNG signature), so each
// file says what it is and a folder half-way through a switch reads. A tag that does not match means the file was
// changed behind Plausch's back: the reader treats it as damaged, exactly like a file whose checksum fails.
// The change log is sealed line by line instead (see wal.ts), so an append still costs only its own line.
// The key file (key-file.ts) says how the data key is found; the folder is encrypted while it exists.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const MAGIC = Buffer.from('PLSEAL', 'latin1');
const FORMAT_VERSION = 1;
const HEADER = Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION])]);
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;
export const CIPHER = 'aes-256-gcm';

/** Whether `bytes` begin like a sealed file (of any format version). */
export function isSealed(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);
}

export function sealBytes(key: Buffer, plain: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(CIPHER, key, nonce);
  cipher.setAAD(HEADER);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([HEADER, nonce, body, cipher.getAuthTag()]);
}

/** A sealed file that does not open: another format version, cut short, or changed since it was sealed. */
export class SealBrokenError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'SealBrokenError';
  }
}

/** The plain bytes of a sealed file; throws `SealBrokenError` when the tag does not match or the format is unknown. */
export function openSealed(key: Buffer, bytes: Uint8Array, file: string): Buffer {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < HEADER.length + NONCE_BYTES + TAG_BYTES) throw new SealBrokenError(file, 'too short to be sealed');
  if (buffer[MAGIC.length] !== FORMAT_VERSION) throw new SealBrokenError(file, `unknown sealed format ${buffer[MAGIC.length]}`);
  const nonce = buffer.subarray(HEADER.length, HEADER.length + NONCE_BYTES);
  const tag = buffer.subarray(buffer.length - TAG_BYTES);
  const decipher = createDecipheriv(CIPHER, key, nonce);
  decipher.setAAD(HEADER);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(buffer.subarray(HEADER.length + NONCE_BYTES, buffer.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SealBrokenError(file, 'its authentication tag does not match');
  }
}
