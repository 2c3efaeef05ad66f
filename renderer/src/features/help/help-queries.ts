// The data of "Wer kann helfen?": the answer to the need as it is typed, asked once the user pauses (or at once on
// Enter), with the previous answer kept on screen while the next one comes.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { derivedQueryKeys } from '../../app/query';

/** Long enough to skip the keystrokes of a fast typist, short enough to feel like an answer to what was typed. */
export const askDebounceMs = 150;

/**
 * The need to ask about: `typed` once it has stood still for `askDebounceMs`, or at once after `askNow` (Enter, an
 * example chosen).
 */
export function useNeedToAsk(typed: string): { need: string; askNow(text?: string): void } {
  const current = typed.trim();
  const [need, setNeed] = useState(current);
  useEffect(() => {
    if (current === need) return;
    const timer = setTimeout(() => setNeed(current), askDebounceMs);
    return () => clearTimeout(timer);
  }, [current, need]);
  const askNow = useCallback((text?: string) => setNeed((text ?? current).trim()), [current]);
  return { need, askNow };
}

export function useHelpAnswer(need: string) {
  return useQuery({
    queryKey: [...derivedQueryKeys.help, 'ask', need],
    queryFn: () => api().help.ask({ text: need }),
    enabled: need.length > 0,
    placeholderData: keepPreviousData,
  });
}
