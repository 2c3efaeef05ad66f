// The favours the user asked for through "Wer kann helfen?" and has not settled yet, each with the person asked, and
// the two ways to settle one.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { OpenFavour } from '../../../../shared/views';
import { api, queryKeys } from '../../api';
import { derivedQueryKeys } from '../../app/query';

/** Under the help prefix, so a change to contacts or the journal refetches it. */
export const helpRequestsKey = [...derivedQueryKeys.help, 'requests'] as const;

/** A request is an open favour in the making: the same person, name and entry. */
export type PendingRequest = OpenFavour;

export function useHelpRequests() {
  const requests = useQuery({ queryKey: helpRequestsKey, queryFn: () => api().help.requests() });
  return { pending: requests.data ?? [], isPending: requests.isPending };
}

/** After settling: the request list, the open favours and the journal all change. */
export function useRefreshAfterSettling() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: derivedQueryKeys.help }),
      queryClient.invalidateQueries({ queryKey: derivedQueryKeys.openFavours }),
      queryClient.invalidateQueries({ queryKey: queryKeys.interactions }),
    ]);
}
