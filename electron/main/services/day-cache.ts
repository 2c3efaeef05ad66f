// One computed value per calendar day, kept until the journal next changes what it is computed from. For views that
// are pure functions of the journal and the date: a commit to a collection in `dependsOn` (all of them unless given)
// drops the value, and a new day computes afresh. Only the writer changes the store, so nothing else can make it stale.
import type { ChangedCollection } from './journal-writer';

/** What a cache needs of the writer: to hear which collections each commit changed. */
export interface CommitNotices {
  onCommitted(listener: (event: { collections: readonly ChangedCollection[] }) => void): unknown;
}

export interface DayCache<T> {
  /** The value for `day`: the kept one while its collections are unchanged since it was computed, else a fresh one. */
  get(day: string): T;
}

export function createDayCache<T>(
  writer: CommitNotices,
  compute: (day: string) => T,
  { dependsOn }: { dependsOn?: readonly ChangedCollection[] } = {},
): DayCache<T> {
  let kept: { day: string; value: T } | undefined;
  writer.onCommitted(({ collections }) => {
    if (!dependsOn || collections.some((collection) => dependsOn.includes(collection))) kept = undefined;
  });
  return {
    get(day) {
      if (kept?.day !== day) kept = { day, value: compute(day) };
      return kept.value;
    },
  };
}
