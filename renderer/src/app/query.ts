// TanStack Query set up for a local backend: no network to wait for, nothing worth retrying, and fresh data
// whenever the main process says the journal changed.
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { EventPayloads } from '../../../shared/contract';
import { api, queryKeys } from '../api';

/** Keys of data computed from several collections; they go stale whenever any of their sources changes. */
export const derivedQueryKeys = {
  drifting: ['keepInTouch', 'drifting'] as const,
  /** The contact list's last contact, status and next occasion per contact. */
  contactOverview: ['contactOverview'] as const,
  openFavours: ['favours', 'open'] as const,
  tags: ['tags'] as const,
  search: ['search'] as const,
  today: ['today'] as const,
  reminders: ['reminders'] as const,
  campaigns: ['campaigns'] as const,
  /** The prefix of every coach query (challenge, progress, prompts, briefing, new colleagues, network). */
  coach: ['coach'] as const,
  /** The prefix of every events query; events are kept with the coach's records and name people and encounters. */
  events: ['events'] as const,
  /** The prefix of every "Wer kann helfen?" query: the answer to a need and the suggestions for "kann helfen bei". */
  help: ['help'] as const,
  /** "Mein Netzwerk": groups, warmth (rhythms live in settings), white spots (the user's departments) and the year. */
  networkMap: ['networkMap'] as const,
  /** The prefix of every calendar query: Today's part from the calendar follows contacts, encounters, events and settings. */
  calendar: ['calendar'] as const,
};

// The day's overview, the reminders and the gift campaigns are computed from contacts, interactions and settings
// (where the reminder log and the campaigns are kept) alike, so any change may move them.
const dayKeys: QueryKey[] = [derivedQueryKeys.today, derivedQueryKeys.reminders, derivedQueryKeys.campaigns, derivedQueryKeys.calendar];

type Collection = EventPayloads['data:changed']['collections'][number];

// A contact's detail carries its timeline and the journal carries contact names, so a change to either collection
// reaches both; the keep-in-touch list also depends on the cadences in settings.
const staleKeysByCollection: Record<Collection, QueryKey[]> = {
  contacts: [
    queryKeys.contacts,
    queryKeys.interactions,
    derivedQueryKeys.drifting,
    derivedQueryKeys.contactOverview,
    derivedQueryKeys.openFavours,
    derivedQueryKeys.tags,
    derivedQueryKeys.search,
    derivedQueryKeys.coach,
    derivedQueryKeys.events,
    derivedQueryKeys.help,
    derivedQueryKeys.networkMap,
    ...dayKeys,
  ],
  interactions: [
    queryKeys.interactions,
    queryKeys.contacts,
    derivedQueryKeys.drifting,
    derivedQueryKeys.contactOverview,
    derivedQueryKeys.openFavours,
    derivedQueryKeys.search,
    derivedQueryKeys.coach,
    derivedQueryKeys.events,
    derivedQueryKeys.help,
    derivedQueryKeys.networkMap,
    ...dayKeys,
  ],
  settings: [queryKeys.settings, derivedQueryKeys.drifting, derivedQueryKeys.contactOverview, derivedQueryKeys.networkMap, ...dayKeys],
  // Every coach query is keyed under 'coach', so one prefix refetches them all; Today carries the day's challenge.
  // The coach's screens also name people and read their encounters, so contact and interaction changes reach them.
  coach: [derivedQueryKeys.coach, derivedQueryKeys.events, derivedQueryKeys.today, derivedQueryKeys.calendar],
  // A watched calendar was read again: only what Today makes of it changes.
  calendar: [derivedQueryKeys.calendar],
};

export function staleKeysFor(collections: readonly Collection[]): QueryKey[] {
  const unique = new Map<string, QueryKey>();
  for (const collection of collections) {
    for (const key of staleKeysByCollection[collection] ?? []) unique.set(JSON.stringify(key), key);
  }
  return [...unique.values()];
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Changes arrive as `data:changed` and refetch what they touch; a short stale time only keeps a page that
      // mounts right after the frame asked the same question (Today and its navigation badge) from asking again.
      queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false, staleTime: 2_000 },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/** Refetches exactly what a `data:changed` event names. */
export function useRefetchOnDataChanged(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api().on('data:changed', ({ collections }) => {
        for (const queryKey of staleKeysFor(collections)) void queryClient.invalidateQueries({ queryKey });
      }),
    [queryClient],
  );
}
