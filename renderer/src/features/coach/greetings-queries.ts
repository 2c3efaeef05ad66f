// The greetings for one person, under the coach's key prefix so a change to the journal (a new favour, a birthday
// entered) refetches them. Keyed by the language shown, because the texts are written in it.
import { useQuery } from '@tanstack/react-query';
import type { GreetingOccasion } from '../../../../shared/content/greetings';
import { api } from '../../api';
import { derivedQueryKeys } from '../../app/query';
import { useCoachLanguage } from './coach-queries';

export function useGreetings(contactId: string, occasion?: GreetingOccasion, favourId?: string) {
  const language = useCoachLanguage();
  return useQuery({
    queryKey: [...derivedQueryKeys.coach, 'greetings', language, contactId, occasion ?? '', favourId ?? ''] as const,
    queryFn: () =>
      api().coach.greetings({ contactId, language, ...(occasion ? { occasion } : {}), ...(favourId ? { favourId } : {}) }),
  });
}
