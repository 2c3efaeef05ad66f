// The events' queries, all under the 'events' prefix so one `data:changed` for the coach's records, contacts or
// interactions refetches them. Queries that carry coaching text are keyed by the language shown.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryKeys } from '../../api';
import { derivedQueryKeys } from '../../app/query';
import { useCoachLanguage } from '../coach/coach-queries';

const eventsKey = derivedQueryKeys.events;

export const eventKeys = {
  list: [...eventsKey, 'list'] as const,
  templates: [...eventsKey, 'templates'] as const,
  detail: (id: string, language: string) => [...eventsKey, 'detail', id, language] as const,
  mode: (id: string, language: string) => [...eventsKey, 'mode', id, language] as const,
};

export function useEventList() {
  return useQuery({ queryKey: eventKeys.list, queryFn: () => api().events.list() });
}

export function useEventTemplates() {
  return useQuery({ queryKey: eventKeys.templates, queryFn: () => api().events.templates() });
}

/**
 * The same event's answer in the language before, while the new language's loads: the page (its open tab, an open
 * dialog) stays and re-renders in place. Another event's answer is never shown in the meantime.
 */
function sameEventMeanwhile<T>(id: string) {
  return (previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined) => (previousQuery?.queryKey[2] === id ? previous : undefined);
}

export function useEvent(id: string) {
  const language = useCoachLanguage();
  return useQuery({
    queryKey: eventKeys.detail(id, language),
    queryFn: () => api().events.get({ id, language }),
    placeholderData: sameEventMeanwhile(id),
  });
}

export function useEventMode(id: string) {
  const language = useCoachLanguage();
  return useQuery({
    queryKey: eventKeys.mode(id, language),
    queryFn: () => api().events.mode({ id, language }),
    placeholderData: sameEventMeanwhile(id),
  });
}

/**
 * After a change made here: the events, and the journal and coach they write to. The `data:changed` event does the
 * same a moment later; this keeps the screen from showing old data meanwhile (and event mode's own window current).
 */
export function useRefreshEvents() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: eventsKey }),
      queryClient.invalidateQueries({ queryKey: derivedQueryKeys.coach }),
      queryClient.invalidateQueries({ queryKey: derivedQueryKeys.today }),
      queryClient.invalidateQueries({ queryKey: queryKeys.interactions }),
      queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
    ]);
}
