// The sample data's state and the two things to do with it. Adding and removing change contacts and settings, so the
// journal's own queries refetch on `data:changed`; the status is keyed under the contacts so it refetches with them.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../app/feedback';
import { api, queryKeys } from '../../api';

export const sampleDataStatusKey = [...queryKeys.contacts, 'sampleData'] as const;

export function useSampleDataStatus() {
  return useQuery({ queryKey: sampleDataStatusKey, queryFn: () => api().sampleData.status() });
}

export function useAddSampleData(onAdded?: () => void) {
  const feedback = useFeedback('welcome');
  const { i18n } = useTranslation();
  return useMutation({
    // The event's checklist is written in the language the user sees now, like an event the user creates.
    mutationFn: () => api().sampleData.add({ language: i18n.language === 'en' ? 'en' : 'de' }),
    onSuccess: (result) => {
      feedback.showSuccess((t) => t('sample.added', { count: result.contacts }));
      onAdded?.();
    },
    onError: (error) => feedback.showError(error),
  });
}

export function useRemoveSampleData() {
  const feedback = useFeedback('welcome');
  return useMutation({
    mutationFn: () => api().sampleData.remove(),
    onSuccess: (result) => {
      const names = result.kept.map((kept) => kept.name).join(', ');
      const message = (t: Parameters<Parameters<typeof feedback.showSuccess>[0]>[0]) =>
        result.kept.length > 0 ? t('sample.kept', { count: result.kept.length, names }) : t('sample.removed');
      if (result.undoToken) feedback.showUndo(message, result.undoToken);
      else feedback.showSuccess(message);
    },
    onError: (error) => feedback.showError(error),
  });
}
