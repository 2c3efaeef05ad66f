// Query keys and hooks for the backups list. The journal's own queries refetch on `data:changed`; the backups
// folder is not part of the journal, so the screens that add a backup refetch it themselves.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export const transferQueryKeys = {
  backups: ['backups'] as const,
};

export function useBackups() {
  return useQuery({ queryKey: transferQueryKeys.backups, queryFn: () => api().backups.list() });
}
