// Contacts' photos in the window. Which contacts have one is asked once (a small map of id to version, kept with the
// contacts so any change to them refetches it); a photo's bytes are fetched only when an avatar of that contact is on
// screen, once per version, and then kept: a virtualized list of ten thousand asks for the few rows it shows.
import { useQuery } from '@tanstack/react-query';
import { api, queryKeys } from '../api';

export const photoKeys = {
  /** Under the contacts' prefix, so the frame's refetch on `data:changed` for contacts reaches it. */
  index: [...queryKeys.contacts, 'photos'] as const,
  /** Outside it: the bytes of one version never change, so a change to contacts does not fetch them again. */
  bytes: (contactId: string, version: string) => ['photo', contactId, version] as const,
};

/** The photo's bytes are kept this long after the last avatar showing them is gone. */
const KEEP_UNUSED_MS = 10 * 60_000;

export function usePhotoIndex() {
  return useQuery({ queryKey: photoKeys.index, queryFn: () => api().photos.list() });
}

/** A `data:` URL of the contact's photo, or undefined while there is none (or it is still on its way). */
export function usePhotoUrl(contactId: string | undefined): string | undefined {
  const index = usePhotoIndex();
  const version = contactId ? index.data?.[contactId] : undefined;
  const photo = useQuery({
    queryKey: photoKeys.bytes(contactId ?? '', version ?? ''),
    queryFn: () => api().photos.get({ id: contactId ?? '' }),
    enabled: Boolean(contactId && version),
    staleTime: Infinity,
    gcTime: KEEP_UNUSED_MS,
  });
  return version && photo.data ? `data:${photo.data.type};base64,${photo.data.base64}` : undefined;
}
