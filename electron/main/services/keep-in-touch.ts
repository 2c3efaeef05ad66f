// Keep in touch: how often the user wants to see someone (the contact's own cadence, else the shortest cadence of
// its tags, else the default rhythm from Settings), when they last did, and whether the contact is drifting away.
import { addDays, daysBetween, isoDateAt } from '../../../shared/dates';
import { displayName, type Contact, type Interaction, type Settings } from '../../../shared/model';
import type { DriftingEntry, KeepInTouch } from '../../../shared/views';
import type { JournalStore } from '../store/types';
import type { Clock } from './clock';

export function cadenceOf(
  contact: Contact,
  tagCadences: Settings['tagCadences'],
  defaultCadenceDays?: number,
): Pick<KeepInTouch, 'cadenceDays' | 'cadenceSource'> {
  if (contact.cadenceDays !== undefined) return { cadenceDays: contact.cadenceDays, cadenceSource: { kind: 'contact' } };
  const byTag = new Map(Object.entries(tagCadences).map(([tag, days]) => [tag.toLocaleLowerCase('de'), days]));
  let best: { tag: string; days: number } | undefined;
  for (const tag of contact.tags) {
    const days = byTag.get(tag.toLocaleLowerCase('de'));
    if (days !== undefined && (!best || days < best.days)) best = { tag, days };
  }
  if (best) return { cadenceDays: best.days, cadenceSource: { kind: 'tag', tag: best.tag } };
  return defaultCadenceDays !== undefined ? { cadenceDays: defaultCadenceDays, cadenceSource: { kind: 'default' } } : {};
}

/** The date the cadence counts from: the newest encounter, else when they met, else when the contact was entered. */
export function lastContactOn(contact: Contact, newestInteractionOn: string | undefined): string {
  return newestInteractionOn ?? contact.metOn ?? isoDateAt(new Date(contact.createdAt));
}

export function keepInTouchFor(
  contact: Contact,
  newestInteractionOn: string | undefined,
  settings: Settings,
  today: string,
): KeepInTouch {
  const last = lastContactOn(contact, newestInteractionOn);
  const cadence = cadenceOf(contact, settings.tagCadences, settings.defaultCadenceDays);
  if (cadence.cadenceDays === undefined) return { lastContactOn: last, status: 'ok' };
  const nextDueOn = addDays(last, cadence.cadenceDays);
  const daysSince = daysBetween(last, today);
  const status =
    daysSince >= cadence.cadenceDays * settings.overdueFactor ? 'overdue' : today >= nextDueOn ? 'due' : 'ok';
  return { ...cadence, lastContactOn: last, nextDueOn, status };
}

/** The newest interaction date per contact, in one pass over the journal. */
export function newestInteractionDates(interactions: Iterable<Interaction>): Map<string, string> {
  const newest = new Map<string, string>();
  for (const interaction of interactions) {
    for (const contactId of interaction.contactIds) {
      const known = newest.get(contactId);
      if (known === undefined || interaction.date > known) newest.set(contactId, interaction.date);
    }
  }
  return newest;
}

export function createKeepInTouch({ store, clock }: { store: JournalStore; clock: Clock }) {
  return {
    forContact(contact: Contact, timeline: readonly Interaction[]): KeepInTouch {
      const newest = timeline.reduce<string | undefined>((max, i) => (max === undefined || i.date > max ? i.date : max), undefined);
      return keepInTouchFor(contact, newest, store.settings, clock.today());
    },

    drifting(): DriftingEntry[] {
      const today = clock.today();
      const newest = newestInteractionDates(store.interactions.values());
      const entries: (DriftingEntry & { urgency: number })[] = [];
      for (const contact of store.contacts.values()) {
        if (contact.archived) continue;
        const state = keepInTouchFor(contact, newest.get(contact.id), store.settings, today);
        if (state.status === 'ok' || state.nextDueOn === undefined || state.cadenceDays === undefined) continue;
        entries.push({
          ...state,
          status: state.status,
          nextDueOn: state.nextDueOn,
          contactId: contact.id,
          name: displayName(contact),
          organisation: contact.organisation,
          daysOverdue: daysBetween(state.nextDueOn, today),
          urgency: daysBetween(state.lastContactOn, today) / state.cadenceDays,
        });
      }
      const collator = new Intl.Collator('de');
      entries.sort((a, b) => b.urgency - a.urgency || b.daysOverdue - a.daysOverdue || collator.compare(a.name, b.name));
      return entries.map(({ urgency: _urgency, ...entry }) => entry);
    },
  };
}

export type KeepInTouchService = ReturnType<typeof createKeepInTouch>;
