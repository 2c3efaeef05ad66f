// What Today needs of every contact — whether they are drifting, which favours are open either way — kept in
// Today's order as commits arrive. A commit marks the contacts it touched; the next read
// recomputes only those and moves their rows by binary search, so the call after logging an encounter costs about
// as much as one contact, not the whole journal. A new day, or new keep-in-touch settings, recompute everything.
import { daysBetween } from '../../../shared/dates';
import { displayName, type Contact, type Interaction, type Settings } from '../../../shared/model';
import type { DriftingEntry, OpenFavour } from '../../../shared/views';
import type { Change, JournalStore } from '../store/types';
import { keepInTouchFor } from './keep-in-touch';
import { isLedgerFavour, reciprocityOf } from './reciprocity';
import { createTouchedContacts } from './touched-contacts';

export interface DriftRow extends DriftingEntry {
  /** Time since the last encounter in cadences: the keep-in-touch order, most drifted first. */
  urgency: number;
}

/** Today's order of the drifting: the Drifting page's, with the id last so that the order is total. */
const collator = new Intl.Collator('de');
export function compareDrift(a: DriftRow, b: DriftRow): number {
  return b.urgency - a.urgency || b.daysOverdue - a.daysOverdue || collator.compare(a.name, b.name) || compareIds(a.contactId, b.contactId);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function oldestFirst(a: Interaction, b: Interaction): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return compareIds(a.id, b.id);
}

/** The favours page's order (oldest favour first), then the name and the id, so one favour of two people has two places. */
export function compareFavours(a: OpenFavour, b: OpenFavour): number {
  return oldestFirst(a.interaction, b.interaction) || collator.compare(a.name, b.name) || compareIds(a.contactId, b.contactId);
}

/** Favours the user did `timeline`'s contact that no later favour received has answered yet, oldest first. */
export function favoursUnanswered(timeline: readonly Interaction[]): Interaction[] {
  const favours = timeline.filter(isLedgerFavour).sort(oldestFirst);
  const open: Interaction[] = [];
  for (const favour of favours) {
    if (favour.type === 'favourGiven') open.push(favour);
    else open.shift();
  }
  return open;
}

/** The first position in `list` (sorted by `compare`) whose entry comes after `value`. */
function positionAfter<T>(list: readonly T[], value: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle] as T, value) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function insertSorted<T>(list: T[], value: T, compare: (a: T, b: T) => number): void {
  list.splice(positionAfter(list, value, compare), 0, value);
}

function removeSorted<T>(list: T[], value: T, compare: (a: T, b: T) => number): void {
  const at = positionAfter(list, value, compare) - 1;
  if (list[at] === value) list.splice(at, 1);
  else {
    // Only reachable if a row's sort key changed in place, which rows never do; kept as a safe fallback.
    const index = list.indexOf(value);
    if (index >= 0) list.splice(index, 1);
  }
}

interface ContactRows {
  drift?: DriftRow;
  youOwe: OpenFavour[];
  theyOwe: OpenFavour[];
}

/**
 * The settings as far as they may move a keep-in-touch status: all but the long logs other services keep there,
 * which change with every reminder fired or snoozed. Listing what to leave out rather than what to keep means a new
 * rhythm setting (a default rhythm, say) is followed without anyone remembering to add it here.
 */
function keepInTouchSettingsOf({ reminderLog: _log, campaigns: _campaigns, todaySnoozes: _snoozes, ...rest }: Settings): string {
  return JSON.stringify(rest);
}

/** Past this many touched contacts, recomputing all and sorting once is cheaper than moving each row. */
const REBUILD_ABOVE = 256;

export interface TodayJournalState {
  /** Brings the lists up to date for `today`; call before reading them. */
  refresh(today: string): void;
  /** Drifting contacts, most drifted first; read only. */
  drifting(): readonly DriftRow[];
  /** Favours received and not yet returned, oldest first (the favours page's list); read only. */
  youOwe(): readonly OpenFavour[];
  /** Favours given and not yet answered, oldest first; read only. */
  theyOwe(): readonly OpenFavour[];
  /** Feeds one commit's changes in (from the writer's commit notices). */
  apply(changes: readonly Change[]): void;
}

/**
 * `timelineOf(id)` gives a contact's interactions, newest first (the interaction index). The state reads the store
 * on first use; from then on it learns every change from `apply`.
 */
export function createTodayJournalState({
  store,
  timelineOf,
}: {
  store: JournalStore;
  timelineOf: (contactId: string) => readonly Interaction[];
}): TodayJournalState {
  let day: string | undefined;
  let keepInTouchSettings = '';
  let everything = true;
  const touched = new Set<string>();
  const rows = new Map<string, ContactRows>();
  const drift: DriftRow[] = [];
  const youOwe: OpenFavour[] = [];
  const theyOwe: OpenFavour[] = [];
  const touchedBy = createTouchedContacts();

  function rowsOf(contact: Contact, today: string): ContactRows {
    const timeline = timelineOf(contact.id);
    const state = keepInTouchFor(contact, timeline[0]?.date, store.settings, today);
    const name = displayName(contact);
    const drifting =
      state.status !== 'ok' && state.nextDueOn !== undefined && state.cadenceDays !== undefined
        ? {
            ...state,
            status: state.status,
            nextDueOn: state.nextDueOn,
            contactId: contact.id,
            name,
            organisation: contact.organisation,
            daysOverdue: daysBetween(state.nextDueOn, today),
            urgency: daysBetween(state.lastContactOn, today) / state.cadenceDays,
          }
        : undefined;
    const favour = (interaction: Interaction): OpenFavour => ({ contactId: contact.id, name, interaction });
    return {
      ...(drifting ? { drift: drifting } : {}),
      youOwe: reciprocityOf(timeline).open.map(favour),
      theyOwe: favoursUnanswered(timeline).map(favour),
    };
  }

  function rebuild(today: string): void {
    rows.clear();
    drift.length = 0;
    youOwe.length = 0;
    theyOwe.length = 0;
    for (const contact of store.contacts.values()) {
      if (contact.archived) continue;
      const contactRows = rowsOf(contact, today);
      rows.set(contact.id, contactRows);
      if (contactRows.drift) drift.push(contactRows.drift);
      youOwe.push(...contactRows.youOwe);
      theyOwe.push(...contactRows.theyOwe);
    }
    drift.sort(compareDrift);
    youOwe.sort(compareFavours);
    theyOwe.sort(compareFavours);
    touchedBy.reset(store);
  }

  function update(contactId: string, today: string): void {
    const old = rows.get(contactId);
    if (old) {
      if (old.drift) removeSorted(drift, old.drift, compareDrift);
      for (const row of old.youOwe) removeSorted(youOwe, row, compareFavours);
      for (const row of old.theyOwe) removeSorted(theyOwe, row, compareFavours);
      rows.delete(contactId);
    }
    const contact = store.contacts.get(contactId);
    if (!contact || contact.archived) return;
    const fresh = rowsOf(contact, today);
    rows.set(contactId, fresh);
    if (fresh.drift) insertSorted(drift, fresh.drift, compareDrift);
    for (const row of fresh.youOwe) insertSorted(youOwe, row, compareFavours);
    for (const row of fresh.theyOwe) insertSorted(theyOwe, row, compareFavours);
  }

  return {
    refresh(today) {
      const settingsNow = keepInTouchSettingsOf(store.settings);
      if (today !== day || settingsNow !== keepInTouchSettings || touched.size > REBUILD_ABOVE) everything = true;
      if (everything) rebuild(today);
      else for (const contactId of touched) update(contactId, today);
      day = today;
      keepInTouchSettings = settingsNow;
      everything = false;
      touched.clear();
    },
    drifting: () => drift,
    youOwe: () => youOwe,
    theyOwe: () => theyOwe,
    apply(changes) {
      // Before the first build there is nothing to follow; the build reads the store as it is then.
      if (!everything) touchedBy.collect(changes, touched);
    },
  };
}
