// A contact's photo: what Plausch accepts and how it recognises it. Used by both sides, so the renderer can check a
// picture before sending it and the main process checks the bytes again. Pure: no Node or DOM imports.
//
// The limit: a JPEG or PNG of at most MAX_PHOTO_BYTES and MAX_PHOTO_SIDE pixels a side. The window scales a chosen
// picture down to PHOTO_EDGE × PHOTO_EDGE (a JPEG of some 10–30 KB) before sending it; the larger side limit is for
// photos that arrive in address-book files, which the main process cannot scale (it has no image library) and so
// takes as they are or leaves out.

/** The most bytes one photo may have. */
export const MAX_PHOTO_BYTES = 100 * 1024;
/** The most pixels a photo may have across or down. */
export const MAX_PHOTO_SIDE = 1024;
/** The square a picture the user chooses is cropped and scaled to in the window. */
export const PHOTO_EDGE = 256;
/** The longest base64 text of a photo over IPC: MAX_PHOTO_BYTES in base64. */
export const MAX_PHOTO_BASE64_CHARS = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;

export type PhotoType = 'image/jpeg' | 'image/png';

export interface PhotoFacts {
  type: PhotoType;
  width: number;
  height: number;
}

/** Why bytes are not a photo Plausch keeps: not a whole JPEG or PNG, or larger than the limit. */
export type PhotoRejection = 'unreadable' | 'tooLarge';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function uint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}

function uint32(bytes: Uint8Array, at: number): number {
  return uint16(bytes, at) * 0x10000 + uint16(bytes, at + 2);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

/** The size in a PNG's header, when the file starts and ends as a PNG does. */
function pngFacts(bytes: Uint8Array): PhotoFacts | undefined {
  if (bytes.length < 45 || !PNG_SIGNATURE.every((value, index) => bytes[index] === value)) return undefined;
  if (uint32(bytes, 8) !== 13 || ascii(bytes, 12, 4) !== 'IHDR') return undefined;
  // The last chunk is IEND: a file cut short on the way (a broken download, a truncated card) has none.
  if (ascii(bytes, bytes.length - 8, 4) !== 'IEND') return undefined;
  return { type: 'image/png', width: uint32(bytes, 16), height: uint32(bytes, 20) };
}

/** Start-of-frame markers carry the size; C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** The size in a JPEG's frame header, found by walking its segments; the file must end with its end marker. */
function jpegFacts(bytes: Uint8Array): PhotoFacts | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return undefined;
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return undefined;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // The entropy-coded data begins (SOS) or the image ends (EOI) before any frame header: no size to be had.
    if (marker === 0xda || marker === 0xd9) return undefined;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = uint16(bytes, at + 2);
    if (length < 2) return undefined;
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return undefined;
      return { type: 'image/jpeg', height: uint16(bytes, at + 5), width: uint16(bytes, at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}

/** What the bytes are by their content (never by a name or a declared type), or why Plausch does not keep them. */
export function examinePhoto(bytes: Uint8Array): { ok: true; facts: PhotoFacts } | { ok: false; reason: PhotoRejection } {
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, reason: 'tooLarge' };
  const facts = jpegFacts(bytes) ?? pngFacts(bytes);
  if (!facts || facts.width === 0 || facts.height === 0) return { ok: false, reason: 'unreadable' };
  if (facts.width > MAX_PHOTO_SIDE || facts.height > MAX_PHOTO_SIDE) return { ok: false, reason: 'tooLarge' };
  return { ok: true, facts };
}
