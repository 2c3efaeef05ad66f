// The kind of encounter a new entry starts with: the one logged last, kept in the settings so that it outlasts the
// dialog and a restart. Someone who mostly logs coffees should not have to pick "Kaffee" every time.
import { useCallback } from 'react';
import type { InteractionType } from '../../../../shared/model';
import { useSettings, useUpdateSettings } from '../../app/settings';

export const defaultInteractionType: InteractionType = 'smallTalk';

export function useRememberedType(): { rememberedType: InteractionType; rememberType(type: InteractionType): void } {
  const settings = useSettings();
  const { mutate } = useUpdateSettings();
  const stored = settings.data?.lastInteractionType;
  const rememberType = useCallback(
    (type: InteractionType) => {
      // Saved only on a change: most entries repeat the last kind, and each save is a write of the data file.
      if (type !== stored) mutate({ lastInteractionType: type });
    },
    [stored, mutate],
  );
  return { rememberedType: stored ?? defaultInteractionType, rememberType };
}
