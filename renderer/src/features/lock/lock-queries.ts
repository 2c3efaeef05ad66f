// Whether the journal is encrypted and the windows locked. Kept under the settings' key, so whatever refetches the
// settings (a `data:changed` after encryption was turned on or off) refetches it too.
import { useQuery } from '@tanstack/react-query';
import { errorDataOf } from '../../../../shared/errors';
import { api, queryKeys } from '../../api';

export const encryptionStateKey = [...queryKeys.settings, 'encryption'] as const;

export function useEncryptionState() {
  return useQuery({ queryKey: encryptionStateKey, queryFn: () => api().privacy.encryptionState({}) });
}

/** An answer that says the windows are locked, from whichever call it came. */
export function isLockedError(error: unknown): boolean {
  return errorDataOf(error)?.code === 'journalLocked';
}
