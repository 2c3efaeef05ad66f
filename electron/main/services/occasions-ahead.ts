// The contacts' occasions from a day on, computed once for Today and the reminders alike and kept until a contact
// changes: logging an encounter, the most frequent commit, leaves every birthday where it was.
import { occasionsInWindow, type Occasion } from '../../../shared/occasions';
import type { JournalStore } from '../store/types';
import { createDayCache, type CommitNotices, type DayCache } from './day-cache';
import { LOOKAHEAD_DAYS } from './reminders/compute';

/** Occasions of active contacts from the day to the reminders' lookahead, soonest first; read only. */
export type OccasionsAhead = DayCache<readonly Occasion[]>;

export function createOccasionsAhead({ store, writer }: { store: JournalStore; writer: CommitNotices }): OccasionsAhead {
  return createDayCache(writer, (day) => occasionsInWindow(store.contacts.values(), day, LOOKAHEAD_DAYS), { dependsOn: ['contacts'] });
}
