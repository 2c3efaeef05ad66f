// The settings and start-up status every screen may need, read once and kept fresh by `data:changed`.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { Language, Settings } from '../../../shared/model';
import { api, queryKeys } from '../api';
import { pickLanguage } from '../i18n';
import { useFeedback } from './feedback';

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => api().settings.get() });
}

export function useAppStatus() {
  return useQuery({ queryKey: queryKeys.status, queryFn: () => api().app.status() });
}

export function resolveLanguage(setting: Settings['language'], systemLanguage: string): Language {
  return setting === 'system' ? pickLanguage(systemLanguage) : setting;
}

/** Saves part of the settings and shows the result at once, before the `data:changed` round trip. */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  const feedback = useFeedback();
  return useMutation({
    mutationFn: (patch: ChannelInput<'settings:update'>) => api().settings.update(patch),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
    onError: (error) => feedback.showError(error),
  });
}
