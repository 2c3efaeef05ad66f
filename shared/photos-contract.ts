// The IPC channels for contacts' photos, spread into the contract (contract.ts). The photos live in files beside the
// journal, not in it; the window asks once which contacts have one (`photos:list`) and fetches a photo's bytes only
// when it shows that contact.
import { z } from 'zod';
import { channel } from './channel';
import { idSchema } from './model';
import { MAX_PHOTO_BASE64_CHARS, type PhotoType } from './photos';

/** Which contacts have a photo: contact id to a version that changes whenever the photo does. */
export type PhotoIndex = Record<string, string>;

export interface ContactPhoto {
  type: PhotoType;
  base64: string;
  version: string;
}

const byId = z.object({ id: idSchema }).strict();

export const photosChannels = {
  'photos:list': channel<PhotoIndex>()(z.object({}).strict().optional()),
  /** `null` when the contact has no photo. */
  'photos:get': channel<ContactPhoto | null>()(byId),
  /** Gives the contact this photo (a JPEG or PNG within the limits of photos.ts), replacing any it had. */
  'photos:set': channel<{ version: string }>()(
    z.object({ id: idSchema, base64: z.string().min(1).max(MAX_PHOTO_BASE64_CHARS + 4) }).strict(),
  ),
  'photos:remove': channel<null>()(byId),
} as const;
