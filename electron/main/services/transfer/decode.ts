// Bytes of an imported file to text. Outlook writes Windows-1252 unless told otherwise, Google UTF-8 with a BOM,
// Outlook's "Unicode" export UTF-16: the BOM decides, then strict UTF-8, then Windows-1252.
import { PlauschError } from '../../../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../../../shared/transfer';

// Node's TextDecoder treats 'windows-1252' as Latin-1, so the 0x80–0x9F block (€, „, “, –, …) is mapped here.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] as number) : byte);
    if (chunk.length === 8192) text += String.fromCharCode(...chunk.splice(0));
  }
  return text + String.fromCharCode(...chunk);
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedFile {
  text: string;
  encoding: TextEncodingName;
}

/** Decoded once: checking UTF-8 by decoding, then decoding again, held a large file's text twice. */
export function decodeText(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

export function decodeAs(bytes: Uint8Array, encoding: string): string {
  const name = encoding.toLowerCase();
  if (name === 'windows-1252' || name === 'cp1252' || name === 'iso-8859-1' || name === 'latin1') return decodeWindows1252(bytes);
  return new TextDecoder(name === 'utf8' ? 'utf-8' : name).decode(bytes);
}

/**
 * Control characters other than tab, line feed, form feed and carriage return, and replacement characters left by a
 * broken UTF-16 file: a text file has (almost) none, binary data plenty.
 */
function strayCharacters(text: string): { stray: number; nul: boolean } {
  let stray = 0;
  let nul = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0) nul = true;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f || code === 0xfffd) stray += 1;
  }
  return { stray, nul };
}

export function decodeImportBytes(bytes: Uint8Array): DecodedFile {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new PlauschError('importTooLarge', { limit: MAX_IMPORT_BYTES, size: bytes.length, unit: 'bytes' });
  }
  const { text, encoding } = decodeText(bytes);
  if (text.trim().length === 0) throw new PlauschError('importEmpty');
  const { stray, nul } = strayCharacters(text);
  if (nul || stray > text.length / 100) {
    throw new PlauschError('importUnreadable');
  }
  return { text, encoding };
}
