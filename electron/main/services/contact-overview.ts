// What the contact list shows of each contact beside its record: when they were last in touch, where the keep-in-touch
// rhythm stands and the next occasion. One read for the whole list, so the window never loads the encounters; each
// contact costs a lookup in the interaction index (its newest encounter comes first) and in the day's occasions
// (shared with Today and the reminders), never a pass over the journal.
import { daysBetween } from '../../../shared/dates';
import type { Contact, Settings } from '../../../shared/model';
import type { Occasion } from '../../../shared/occasions';
import type { ContactListStatus, ContactOverview } from '../../../shared/views';
import type { JournalStore } from '../store/types';
import type { Clock } from './clock';
import type { InteractionIndex } from './interaction-index';
import type { JournalWriter } from './journal-writer';
import { keepInTouchFor } from './keep-in-touch';
import type { OccasionsAhead } from './occasions-ahead';
import { createTouchedContacts } from './touched-contacts';

/** The soonest occasion of each contact, from occasions in date order. */
export function nextOccasionByContact(occasionsSoonestFirst: Iterable<Occasion>): Map<string, Occasion> {
  const next = new Map<string, Occasion>();
  for (const occasion of occasionsSoonestFirst) if (!next.has(occasion.contactId)) next.set(occasion.contactId, occasion);
  return next;
}

/**
 * The keep-in-touch state without the "all is well" a missing rhythm would otherwise read as: a contact with no
 * cadence has no status at all. An archived contact is out of the rhythm too, as it is out of the drifting list.
 */
export function listStatusOf(contact: Contact, newestEncounterOn: string | undefined, settings: Settings, today: string): ContactListStatus {
  if (contact.archived) return { status: 'none' };
  const { cadenceDays, nextDueOn, status } = keepInTouchFor(contact, newestEncounterOn, settings, today);
  if (cadenceDays === undefined || nextDueOn === undefined) return { status: 'none' };
  if (status === 'ok') return { status: 'ok', cadenceDays, nextDueOn, dueInDays: daysBetween(today, nextDueOn) };
  return { status, cadenceDays, nextDueOn, daysOverdue: daysBetween(nextDueOn, today) };
}

export function overviewOf(
  contact: Contact,
  { newestEncounterOn, nextOccasion, settings, today }: { newestEncounterOn: string | undefined; nextOccasion: Occasion | undefined; settings: Settings; today: string },
): ContactOverview {
  // The day they met counts as a contact; the day the record was entered does not (keep in touch still counts from it).
  const lastContactOn = newestEncounterOn ?? contact.metOn;
  const overview: ContactOverview = { contactId: contact.id, keepInTouch: listStatusOf(contact, newestEncounterOn, settings, today) };
  if (lastContactOn) {
    overview.lastContactOn = lastContactOn;
    overview.daysSinceLastContact = daysBetween(lastContactOn, today);
  }
  if (nextOccasion) {
    const { kind, date, detail, relation, anniversaryKind, years, round } = nextOccasion;
    overview.nextOccasion = {
      kind,
      date,
      round,
      inDays: daysBetween(today, date),
      ...(detail ? { detail } : {}),
      ...(relation ? { relation } : {}),
      ...(anniversaryKind ? { anniversaryKind } : {}),
      ...(years !== undefined ? { years } : {}),
    };
  }
  return overview;
}

/**
 * The settings as far as they may move a status: all but the logs other services keep there, which change with every
 * reminder fired or snoozed. Leaving those out (rather than naming what to keep) follows any new rhythm setting.
 */
const settingsBesideTheRhythm = new Set(['reminderLog', 'campaigns', 'todaySnoozes']);

function rhythmSettingsOf(settings: Settings): string {
  return JSON.stringify(Object.entries(settings).filter(([key]) => !settingsBesideTheRhythm.has(key)));
}

/** Past this many touched contacts, computing every contact again is as cheap as following each. */
const REBUILD_ABOVE = 256;

interface ContactOverviewDeps {
  store: JournalStore;
  clock: Clock;
  writer: Pick<JournalWriter, 'onCommitted'>;
  index: InteractionIndex;
  occasionsAhead: OccasionsAhead;
}

/**
 * Kept between calls and followed commit by commit: a commit marks the contacts it touched (an encounter's people
 * before and after it changed, a changed contact), and the next read computes only those. A new day or new rhythm
 * settings compute every contact again.
 */
export function createContactOverview({ store, clock, writer, index, occasionsAhead }: ContactOverviewDeps) {
  let day: string | undefined;
  let rhythmSettings = '';
  let everything = true;
  const touched = new Set<string>();
  const overviews = new Map<string, ContactOverview>();
  /** Each encounter's people as last seen, since a deletion names only the encounter. */
  const touchedBy = createTouchedContacts();
  let occasionsRead: readonly Occasion[] | undefined;
  let nextOccasions = new Map<string, Occasion>();

  writer.onCommitted(({ changes }) => {
    // Before the first build there is nothing to follow; the build reads the store as it is then.
    if (!everything) touchedBy.collect(changes, touched);
  });

  function compute(contactId: string, today: string): void {
    const contact = store.contacts.get(contactId);
    if (!contact) {
      overviews.delete(contactId);
      return;
    }
    overviews.set(
      contactId,
      overviewOf(contact, { newestEncounterOn: index.ofContact(contactId)[0]?.date, nextOccasion: nextOccasions.get(contactId), settings: store.settings, today }),
    );
  }

  function refresh(today: string): void {
    const occasions = occasionsAhead.get(today);
    // A new list only when a contact changed, and then that contact is among the touched ones.
    if (occasions !== occasionsRead) {
      nextOccasions = nextOccasionByContact(occasions);
      occasionsRead = occasions;
    }
    const settingsNow = rhythmSettingsOf(store.settings);
    if (everything || today !== day || settingsNow !== rhythmSettings || touched.size > REBUILD_ABOVE) {
      overviews.clear();
      for (const contactId of store.contacts.keys()) compute(contactId, today);
      touchedBy.reset(store);
    } else {
      for (const contactId of touched) compute(contactId, today);
    }
    day = today;
    rhythmSettings = settingsNow;
    everything = false;
    touched.clear();
  }

  return {
    /** One entry per contact `contacts:list` returns for the same input, in no particular order. */
    list({ includeArchived = false }: { includeArchived?: boolean } = {}): ContactOverview[] {
      refresh(clock.today());
      const entries: ContactOverview[] = [];
      for (const contact of store.contacts.values()) {
        if (!includeArchived && contact.archived) continue;
        const overview = overviews.get(contact.id);
        if (overview) entries.push(overview);
      }
      return entries;
    },
  };
}

export type ContactOverviewService = ReturnType<typeof createContactOverview>;
