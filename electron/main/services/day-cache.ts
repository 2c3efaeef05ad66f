// One computed value per calendar day, kept until the journal next changes. For views that are pure functions of
// the journal (contacts, interactions, coach records, settings) and the date: every commit the writer makes can touch
// one of those, so any commit drops the value, and a new day computes afresh. Nothing else changes the store.
import type { JournalWriter } from './journal-writer';

export interface DayCache<T> {
  /** The value for `day`: the kept one while the journal is unchanged since it was computed, else a fresh one. */
  get(day: string): T;
}

export function createDayCache<T>(writer: Pick<JournalWriter, 'onCommitted'>, compute: (day: string) => T): DayCache<T> {
  let kept: { day: string; value: T } | undefined;
  writer.onCommitted(() => {
    kept = undefined;
  });
  return {
    get(day) {
      if (kept?.day !== day) kept = { day, value: compute(day) };
      return kept.value;
    },
  };
}
