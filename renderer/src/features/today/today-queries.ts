// The day's overview and the reminders, shared by the Today page, the navigation badge and the start route.
import { useQuery } from '@tanstack/react-query';
import type { Interaction, InteractionInput } from '../../../../shared/model';
import { api } from '../../api';
import { derivedQueryKeys } from '../../app/query';

export function useToday() {
  return useQuery({ queryKey: derivedQueryKeys.today, queryFn: () => api().today.get() });
}

export function useReminders() {
  return useQuery({ queryKey: derivedQueryKeys.reminders, queryFn: () => api().reminders.list() });
}

/** The interaction as `interactions:update` takes it: every field, so that nothing is reset to its default. */
export function interactionInputOf({ id: _id, createdAt: _created, updatedAt: _updated, ...input }: Interaction): InteractionInput {
  return input;
}
