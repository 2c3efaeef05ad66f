// A vCard's PHOTO property in and out. In: vCard 2.1/3.0 `PHOTO;ENCODING=b;TYPE=JPEG:<base64>` (2.1 writes
// `ENCODING=BASE64` or a bare `BASE64`) and 4.0 `PHOTO:data:image/jpeg;base64,<base64>`; a photo given as a link is
// ignored, because Plausch fetches nothing from the network. Out: the same two forms, by version; the caller folds
// the line at 75 octets.
import { examinePhoto, type PhotoRejection, type PhotoType } from '../../../../shared/photos';
import type { RawProperty } from './vcard-lines';

export type VcardPhoto = { ok: true; bytes: Uint8Array } | { ok: false; reason: PhotoRejection } | { ok: false; reason: 'link' };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DATA_URI = /^data:image\/(jpeg|jpg|png);base64,/i;

function isBase64Encoded(params: readonly string[]): boolean {
  return params.some((param) => /^(ENCODING=)?(B|BASE64)$/i.test(param.trim()));
}

function strictBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

/**
 * The photo a PHOTO property holds, checked against the limits of shared/photos.ts, or why it is left out.
 * `tooLong`: the property was longer than the importer reads at once, which is far over the photo limit.
 */
export function readVcardPhoto(property: RawProperty, tooLong: boolean): VcardPhoto {
  if (tooLong) return { ok: false, reason: 'tooLarge' };
  const value = property.value.trim();
  let encoded: string | undefined;
  if (isBase64Encoded(property.params)) encoded = value;
  else if (DATA_URI.test(value)) encoded = value.replace(DATA_URI, '');
  else return { ok: false, reason: 'link' };
  const bytes = strictBase64(encoded);
  if (!bytes) return { ok: false, reason: 'unreadable' };
  const examined = examinePhoto(bytes);
  return examined.ok ? { ok: true, bytes } : examined;
}

function typeOf(bytes: Uint8Array): PhotoType {
  return bytes[0] === 0x89 ? 'image/png' : 'image/jpeg';
}

/** The unfolded PHOTO line for a contact's stored photo. */
export function vcardPhotoLine(bytes: Uint8Array, version: '4.0' | '3.0'): string {
  const base64 = Buffer.from(bytes).toString('base64');
  const type = typeOf(bytes);
  if (version === '4.0') return `PHOTO:data:${type};base64,${base64}`;
  return `PHOTO;ENCODING=b;TYPE=${type === 'image/png' ? 'PNG' : 'JPEG'}:${base64}`;
}
