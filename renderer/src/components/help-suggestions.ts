// Suggestions for the lists "kann helfen bei" (a contact) and "Was ich anbieten kann" (Settings): common entries in
// the user's language and those already in the journal, so the same thing is written the same way each time.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model';
import { api } from '../api';
import { derivedQueryKeys } from '../app/query';

export function useHelpSuggestions(): string[] {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const suggestions = useQuery({
    queryKey: [...derivedQueryKeys.help, 'suggestions', language],
    queryFn: () => api().help.suggestions({ language }),
  });
  return suggestions.data?.entries ?? [];
}
