// Holds back the timers a component sets with one given delay (a debounce, an auto-hide) until the test lets them
// run, so the test decides when "the time is up" and a slow machine cannot make it pass early or late. Every other
// timer (React Query's, Fluent's, Testing Library's) keeps running for real, which vitest's fake timers would not allow.
import { act } from '@testing-library/react';
import { onTestFinished, vi } from 'vitest';

export interface HeldTimers {
  /** Callbacks set with the held delay that have neither run nor been cleared. */
  readonly pending: number;
  /** Runs every pending callback, as if the delay had passed now. */
  runAll(): void;
}

/** Holds timers set with exactly `delayMs` from now until the end of the current test. */
export function holdTimersOf(delayMs: number): HeldTimers {
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const held = new Map<object, () => void>();
  const set = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    callback: (...args: unknown[]) => void,
    delay?: number,
    ...args: unknown[]
  ) => {
    if (delay !== delayMs) return realSetTimeout(callback, delay, ...args);
    const handle = {};
    held.set(handle, () => callback(...args));
    return handle;
  }) as typeof setTimeout);
  const clear = vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((handle?: unknown) => {
    if (!(typeof handle === 'object' && handle !== null && held.delete(handle))) {
      realClearTimeout(handle as Parameters<typeof clearTimeout>[0]);
    }
  }) as typeof clearTimeout);
  onTestFinished(() => {
    set.mockRestore();
    clear.mockRestore();
  });
  return {
    get pending() {
      return held.size;
    },
    runAll() {
      const callbacks = [...held.values()];
      held.clear();
      act(() => {
        for (const callback of callbacks) callback();
      });
    },
  };
}
