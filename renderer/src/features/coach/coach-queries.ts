// The coach's queries, all under the 'coach' prefix so one `data:changed` for the coach (or for contacts and
// interactions, which its views read) refetches them. Every query that returns text is keyed by the language shown.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PromptDepth, PromptSetting } from '../../../../shared/content/schema';
import type { Language } from '../../../../shared/model';
import { api, queryKeys } from '../../api';
import { derivedQueryKeys } from '../../app/query';

const coachKey = derivedQueryKeys.coach;

export const coachKeys = {
  challenge: (language: Language) => [...coachKey, 'challenge', language] as const,
  progress: (language: Language) => [...coachKey, 'progress', language] as const,
  tips: (language: Language) => [...coachKey, 'tips', language] as const,
  prompts: (language: Language, setting: PromptSetting, depth: PromptDepth | undefined, contactId: string) =>
    [...coachKey, 'prompts', language, setting, depth ?? 'all', contactId] as const,
  briefing: (language: Language, contactId: string) => [...coachKey, 'briefing', language, contactId] as const,
  colleagues: [...coachKey, 'colleagues'] as const,
  network: (language: Language) => [...coachKey, 'network', language] as const,
};

/**
 * The language the user sees, which is what the coach must write in (the setting may only say "system"). Queries
 * keyed only by it keep their last answer while the new language's loads (`keepPreviousData`): a switch of language
 * then re-renders the screen and any dialog open on it in place, instead of unmounting them for a spinner.
 */
export function useCoachLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}

export function useChallenge() {
  const language = useCoachLanguage();
  return useQuery({ queryKey: coachKeys.challenge(language), queryFn: () => api().coach.challenge({ language }), placeholderData: keepPreviousData });
}

export function useProgress() {
  const language = useCoachLanguage();
  return useQuery({ queryKey: coachKeys.progress(language), queryFn: () => api().coach.progress({ language }), placeholderData: keepPreviousData });
}

export function useTips() {
  const language = useCoachLanguage();
  return useQuery({ queryKey: coachKeys.tips(language), queryFn: () => api().coach.tips({ language }), placeholderData: keepPreviousData });
}

export function usePrompts(setting: PromptSetting, depth: PromptDepth | undefined, contactId: string) {
  const language = useCoachLanguage();
  return useQuery({
    queryKey: coachKeys.prompts(language, setting, depth, contactId),
    queryFn: () =>
      api().coach.prompts({
        setting,
        language,
        ...(depth ? { depth } : {}),
        ...(contactId ? { contactId } : {}),
      }),
  });
}

export function useBriefing(contactId: string) {
  const language = useCoachLanguage();
  return useQuery({
    queryKey: coachKeys.briefing(language, contactId),
    queryFn: () => api().coach.briefing({ contactId, language }),
  });
}

export function useColleagues() {
  return useQuery({ queryKey: coachKeys.colleagues, queryFn: () => api().colleagues.list() });
}

export function useNetwork() {
  const language = useCoachLanguage();
  return useQuery({ queryKey: coachKeys.network(language), queryFn: () => api().network.list({ language }) });
}

/**
 * After a change made here: the coach's views, and the journal the coach may just have written an encounter to.
 * The `data:changed` event does the same, but arrives a moment later; this keeps the screen from showing old data.
 */
export function useRefreshCoach() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: coachKey }),
      queryClient.invalidateQueries({ queryKey: derivedQueryKeys.today }),
      queryClient.invalidateQueries({ queryKey: queryKeys.interactions }),
      queryClient.invalidateQueries({ queryKey: queryKeys.contacts }),
    ]);
}
