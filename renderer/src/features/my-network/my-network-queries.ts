// The network page's data: one read of every figure, refetched when contacts, encounters or settings change.
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { ContactRelation } from '../../../../shared/model';
import type { NetworkMap } from '../../../../shared/network-map-contract';
import { api } from '../../api';
import { derivedQueryKeys } from '../../app/query';

/**
 * The figures, or `null` when they could not be read. It suspends, so the read starts as soon as the page's code has
 * arrived and runs while React still holds the lazy page back (its Suspense reveal waits some 300 ms), instead of
 * only after the page has first shown a spinner. A failure is an answer rather than a throw: no error boundary
 * stands above the pages.
 */
export function useNetworkMap(): NetworkMap | null {
  return useSuspenseQuery({
    queryKey: derivedQueryKeys.networkMap,
    queryFn: (): Promise<NetworkMap | null> => api().networkMap.get().catch(() => null),
  }).data;
}

/** The people of further organisations of one side, when the user opens another page of them. */
export function useNetworkMapPeople(relation: ContactRelation, organisations: readonly string[]) {
  return useQuery({
    queryKey: [...derivedQueryKeys.networkMap, 'people', relation, ...organisations],
    queryFn: () => api().networkMap.people({ relation, organisations: [...organisations] }),
  });
}
