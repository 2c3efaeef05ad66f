// Typing-driven queries (the search palette, "Wer kann helfen?") ask once the user pauses, not on every key.
import { useEffect, useState } from 'react';

/** `value` as it was `delayMs` after its last change. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
