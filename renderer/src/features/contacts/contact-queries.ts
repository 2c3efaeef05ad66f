// Query keys and hooks for contacts. Every key starts with `queryKeys.contacts`, so the frame's refetch on
// `data:changed` reaches all of them (it refetches contacts on interaction changes too: a detail holds the timeline).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryKeys } from '../../api';

export const contactKeys = {
  list: (includeArchived: boolean) => [...queryKeys.contacts, 'list', { includeArchived }] as const,
  detail: (id: string) => [...queryKeys.contacts, 'detail', id] as const,
};

export function useContactList(includeArchived = false) {
  return useQuery({
    queryKey: contactKeys.list(includeArchived),
    queryFn: () => api().contacts.list({ includeArchived }),
  });
}

export function useContactDetail(id: string | undefined) {
  return useQuery({
    queryKey: contactKeys.detail(id ?? ''),
    queryFn: () => api().contacts.get({ id: id ?? '' }),
    enabled: Boolean(id),
  });
}

/** After a change made here: contacts and interactions depend on each other, so refetch both. */
export function useRefreshJournal() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
      queryClient.invalidateQueries({ queryKey: queryKeys.interactions }),
    ]);
}
