// The calendar's data for Today and Settings. Every answer is keyed under derivedQueryKeys.calendar, which goes stale
// on any change to the journal (data:changed); an action here also refreshes it itself, so its row goes at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarStatus } from '../../../../shared/calendar';
import type { ChannelInput } from '../../../../shared/contract';
import { api } from '../../api';
import { derivedQueryKeys } from '../../app/query';

export const calendarDayKey = [...derivedQueryKeys.calendar, 'day'] as const;
export const calendarStatusKey = [...derivedQueryKeys.calendar, 'status'] as const;

export function useCalendarDay() {
  return useQuery({ queryKey: calendarDayKey, queryFn: () => api().calendar.day() });
}

export function useCalendarStatus() {
  return useQuery({ queryKey: calendarStatusKey, queryFn: () => api().calendar.status() });
}

/** Not awaited: the row's own handlers run at once, while the day is asked for anew. */
function useRefreshCalendar() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: derivedQueryKeys.calendar });
  };
}

/** A change of sources answers with the new status: it is shown at once, and Today's part is asked for anew. */
function useStatusChange<I>(change: (input: I) => Promise<CalendarStatus>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (status) => {
      queryClient.setQueryData(calendarStatusKey, status);
      void queryClient.invalidateQueries({ queryKey: calendarDayKey });
    },
  });
}

export const useImportCalendar = () => useStatusChange((input: ChannelInput<'calendar:import'>) => api().calendar.import(input));
export const useClearImport = () => useStatusChange(() => api().calendar.clearImport());
export const useWatchCalendar = () => useStatusChange((input: ChannelInput<'calendar:watch'>) => api().calendar.watch(input));
export const useUnwatchCalendar = () => useStatusChange((input: ChannelInput<'calendar:unwatch'>) => api().calendar.unwatch(input));

export function useLogSuggestion() {
  const refresh = useRefreshCalendar();
  return useMutation({ mutationFn: (input: ChannelInput<'calendar:log'>) => api().calendar.log(input), onSuccess: refresh });
}

export function useDismissFromCalendar() {
  const refresh = useRefreshCalendar();
  return useMutation({ mutationFn: (key: string) => api().calendar.dismiss({ key }), onSuccess: refresh });
}

export function useAddCalendarContact() {
  const refresh = useRefreshCalendar();
  return useMutation({ mutationFn: (input: ChannelInput<'calendar:addContact'>) => api().calendar.addContact(input), onSuccess: refresh });
}

export function useCreateCalendarEvent() {
  return useMutation({ mutationFn: (input: ChannelInput<'calendar:createEvent'>) => api().calendar.createEvent(input) });
}
