// The network page's data: one read of every figure, refetched when contacts, encounters or settings change.
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { ContactRelation } from '../../../../shared/model';
import type { NetworkMap } from '../../../../shared/network-map-contract';
import { api } from '../../api';
import { derivedQueryKeys } from '../../app/query';
import { networkMapRead } from './early-read';

/**
 * The figures, or `null` when they could not be read. It suspends, so the page appears with its picture rather than a
 * spinner first; the first read starts together with the page's code (early-read.ts).
 */
export function useNetworkMap(): NetworkMap | null {
  return useSuspenseQuery({
    queryKey: derivedQueryKeys.networkMap,
    queryFn: networkMapRead,
  }).data;
}

/** The people of further organisations of one side, when the user opens another page of them. */
export function useNetworkMapPeople(relation: ContactRelation, organisations: readonly string[]) {
  return useQuery({
    queryKey: [...derivedQueryKeys.networkMap, 'people', relation, ...organisations],
    queryFn: () => api().networkMap.people({ relation, organisations: [...organisations] }),
  });
}
