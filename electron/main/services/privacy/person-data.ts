// Everything the journal holds about one contact, gathered from every place a contact id can appear: the contact
// record, the encounters, the campaigns and the Today snoozes in the settings, the reminder log, and the coach's
// records (challenge attempts, integration plans, the assistants' network, events).
//
// Other people's data: a report about one person must not hand over what is stored about anyone else. Where a record
// is shared, only what that record itself shows about the others is kept: the names of the others present at an
// encounter, and the names of who introduced the person and whom they introduced. Other members of a network group, or
// who else is expected at an event, are left out, as are an event's goals and checklist (the user's own preparations).
import { compareIsoDates } from '../../../../shared/dates';
import {
  displayName,
  type CampaignKind,
  type ChallengeAttempt,
  type Contact,
  type EventKind,
  type GiftStatus,
  type Interaction,
  type IntegrationPlan,
  type ReminderLogEntry,
} from '../../../../shared/model';
import type { JournalStore } from '../../store/types';
import { compareNewestFirst, requireContact } from '../records';

/** An encounter the person was part of, with the others present by name only. */
export type EncounterEntry = Omit<Interaction, 'contactIds' | 'calendarKey'> & {
  othersPresent: string[];
  /** Logged from a calendar entry ("aus dem Kalender übernommen"); the calendar's key itself means nothing to a reader. */
  fromCalendar: boolean;
};

export interface CampaignEntry {
  campaignId: string;
  kind: CampaignKind;
  occursOn: string;
  status: GiftStatus;
  gift: string;
}

export type EventRole = 'expected' | 'toMeet' | 'met';

export interface EventEntry {
  eventId: string;
  title: string;
  eventKind: EventKind;
  date: string;
  endDate?: string;
  place: string;
  roles: EventRole[];
  fromCalendar: boolean;
}

export interface NetworkGroupEntry {
  groupId: string;
  name: string;
  member: boolean;
  /** Meetings this person organised, and those they attended, by date. */
  organised: string[];
  attended: string[];
}

export interface PersonData {
  contact: Contact;
  photoStored: boolean;
  encounters: EncounterEntry[];
  favours: EncounterEntry[];
  gifts: { encounters: EncounterEntry[]; campaigns: CampaignEntry[] };
  campaigns: CampaignEntry[];
  events: EventEntry[];
  coach: { attempts: ChallengeAttempt[]; integrationPlans: IntegrationPlan[]; networkGroups: NetworkGroupEntry[] };
  reminders: { log: ReminderLogEntry[]; todaySnoozedUntil?: string };
  introductions: { introducedBy?: { name: string }; introduced: { name: string }[] };
}

export function collectPersonData(store: JournalStore, contactId: string, photoStored: boolean): PersonData {
  const contact = requireContact(store, contactId);
  const nameOf = (id: string) => {
    const other = store.contacts.get(id);
    return other ? displayName(other) : '';
  };

  const theirs = [...store.interactions.values()].filter((i) => i.contactIds.includes(contactId)).sort(compareNewestFirst);
  const encounters = theirs.map(({ contactIds, calendarKey, ...rest }): EncounterEntry => ({
    ...rest,
    othersPresent: contactIds.filter((id) => id !== contactId).map(nameOf).filter(Boolean),
    fromCalendar: calendarKey !== undefined,
  }));

  const campaigns: CampaignEntry[] = (store.settings.campaigns ?? [])
    .flatMap((campaign) =>
      campaign.recipients
        .filter((r) => r.contactId === contactId)
        .map((r) => ({ campaignId: campaign.id, kind: campaign.kind, occursOn: campaign.occursOn, status: r.status, gift: r.gift })),
    )
    .sort((a, b) => compareIsoDates(b.occursOn, a.occursOn));

  const metAt = new Set(theirs.flatMap((i) => (i.eventId ? [i.eventId] : [])));
  const events: EventEntry[] = [];
  const attempts: ChallengeAttempt[] = [];
  const integrationPlans: IntegrationPlan[] = [];
  const networkGroups: NetworkGroupEntry[] = [];
  for (const record of store.coach.values()) {
    if (record.kind === 'event') {
      const roles: EventRole[] = [];
      if (record.expectedIds.includes(contactId)) roles.push('expected');
      if (record.toMeetIds.includes(contactId)) roles.push('toMeet');
      if (metAt.has(record.id)) roles.push('met');
      if (roles.length === 0) continue;
      events.push({
        eventId: record.id,
        title: record.title,
        eventKind: record.eventKind,
        date: record.date,
        ...(record.endDate ? { endDate: record.endDate } : {}),
        place: record.place,
        roles,
        fromCalendar: record.calendarKey !== undefined,
      });
    } else if (record.kind === 'attempt' && record.contactId === contactId) {
      attempts.push(record);
    } else if (record.kind === 'integrationPlan' && record.contactId === contactId) {
      integrationPlans.push(record);
    } else if (record.kind === 'networkGroup') {
      const member = record.memberIds.includes(contactId);
      const organised = record.meetings.filter((m) => m.organiserId === contactId).map((m) => m.date);
      const attended = record.meetings.filter((m) => m.attendeeIds.includes(contactId)).map((m) => m.date);
      if (member || organised.length > 0 || attended.length > 0) {
        networkGroups.push({ groupId: record.id, name: record.name, member, organised: organised.sort(), attended: attended.sort() });
      }
    }
  }
  events.sort((a, b) => compareIsoDates(b.date, a.date));
  attempts.sort((a, b) => compareIsoDates(b.startedOn, a.startedOn));

  const introducer = contact.introducedById ? store.contacts.get(contact.introducedById) : undefined;
  const introduced = [...store.contacts.values()]
    .filter((c) => c.introducedById === contactId)
    .map((c) => ({ name: displayName(c) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const snoozedUntil = store.settings.todaySnoozes?.[contactId];

  return {
    contact,
    photoStored,
    encounters,
    favours: encounters.filter((e) => e.type === 'favourGiven' || e.type === 'favourReceived'),
    gifts: { encounters: encounters.filter((e) => e.type === 'gift'), campaigns },
    campaigns,
    events,
    coach: { attempts, integrationPlans, networkGroups },
    reminders: {
      log: (store.settings.reminderLog ?? []).filter((entry) => entry.contactId === contactId).sort((a, b) => compareIsoDates(b.occursOn, a.occursOn)),
      ...(snoozedUntil ? { todaySnoozedUntil: snoozedUntil } : {}),
    },
    introductions: {
      ...(introducer ? { introducedBy: { name: displayName(introducer) } } : {}),
      introduced,
    },
  };
}
