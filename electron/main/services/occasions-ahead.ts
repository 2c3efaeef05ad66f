// The contacts' occasions from a day on, computed once for Today and the reminders alike. Each contact's occasions
// are kept: logging an encounter, the most frequent commit, leaves every birthday where it was, and a changed
// contact recomputes only its own dates. A new day computes them all afresh.
import { Temporal } from 'temporal-polyfill';
import { occasionsInWindow, occasionsOf, type Occasion } from '../../../shared/occasions';
import type { Change, JournalStore } from '../store/types';
import type { DayCache } from './day-cache';
import type { ChangedCollection } from './journal-writer';
import { LOOKAHEAD_DAYS } from './reminders/compute';

/** Occasions of active contacts from the day to the reminders' lookahead, soonest first; read only. */
export type OccasionsAhead = DayCache<readonly Occasion[]>;

/** What the occasions need of the writer: which contacts each commit changed, or at least that contacts changed. */
export interface ContactCommitNotices {
  onCommitted(listener: (event: { changes?: readonly Change[]; collections: readonly ChangedCollection[] }) => void): unknown;
}

export function createOccasionsAhead({ store, writer }: { store: JournalStore; writer: ContactCommitNotices }): OccasionsAhead {
  let day: string | undefined;
  let lastDay = '';
  const byContact = new Map<string, Occasion[]>();
  let list: readonly Occasion[] = [];
  const touched = new Set<string>();

  writer.onCommitted(({ changes, collections }) => {
    if (day === undefined) return;
    // Told only that some contact changed: compute the day afresh.
    if (!changes) {
      if (collections.includes('contacts')) day = undefined;
      return;
    }
    for (const change of changes) {
      if (change.op !== 'settings' && change.collection === 'contacts') touched.add(change.op === 'put' ? change.value.id : change.id);
    }
  });

  function ofContact(contactId: string): void {
    const contact = store.contacts.get(contactId);
    const occasions = contact && !contact.archived ? occasionsOf(contact, day as string, lastDay) : [];
    if (occasions.length > 0) byContact.set(contactId, occasions);
    else byContact.delete(contactId);
  }

  return {
    get(today) {
      if (today !== day) {
        day = today;
        lastDay = Temporal.PlainDate.from(today).add({ days: LOOKAHEAD_DAYS }).toString();
        list = occasionsInWindow(store.contacts.values(), today, LOOKAHEAD_DAYS);
        byContact.clear();
        for (const occasion of list) {
          const own = byContact.get(occasion.contactId);
          if (own) own.push(occasion);
          else byContact.set(occasion.contactId, [occasion]);
        }
        touched.clear();
      } else if (touched.size > 0) {
        for (const contactId of touched) ofContact(contactId);
        touched.clear();
        // In the store's order and sorted as occasionsInWindow sorts (a stable sort), so ties land where a full
        // computation puts them.
        const merged: Occasion[] = [];
        for (const contactId of store.contacts.keys()) {
          const own = byContact.get(contactId);
          if (own) merged.push(...own);
        }
        list = sortedLikeWindow(merged);
      }
      return list;
    },
  };
}

/** occasionsInWindow's order, without computing anything again. */
function sortedLikeWindow(occasions: Occasion[]): Occasion[] {
  const collator = new Intl.Collator('de');
  return occasions.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.name, b.name) || collator.compare(a.detail ?? '', b.detail ?? ''),
  );
}
