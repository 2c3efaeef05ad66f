// Taking one person out of a journal, as one pure function over the records. The same function runs over the journal
// in memory (whose result becomes the commit) and over every backup, so a backup can never keep something the
// journal itself no longer holds. Every place a contact id can appear is handled here; see shared/model.ts.
//
// Shared records stay for the others: an encounter with several people keeps them, and a campaign, an event or a
// network group only loses this person. An encounter with only this person goes. Records that are not changed are
// returned as the same objects, so a caller can tell what changed by identity.
import type { CoachRecord, Contact, Interaction, Settings } from '../../../../shared/model';
import type { ForgetCounts } from '../../../../shared/privacy';

/** The part of a journal document (store/document.ts) a person can appear in. */
export interface PersonRecords {
  contacts: Contact[];
  interactions: Interaction[];
  coach: CoachRecord[];
  settings: Settings;
}

export type RemovalCounts = Omit<ForgetCounts, 'photo'>;

export interface PersonRemoval<T extends PersonRecords> {
  document: T;
  counts: RemovalCounts;
  /** Whether the person appeared anywhere; a document without them is returned as it was. */
  changed: boolean;
}

const isFavour = (type: Interaction['type']) => type === 'favourGiven' || type === 'favourReceived';

export function removePerson<T extends PersonRecords>(document: T, contactId: string): PersonRemoval<T> {
  const counts: RemovalCounts = {
    encountersRemoved: 0,
    encountersKept: 0,
    favours: 0,
    gifts: 0,
    campaigns: 0,
    events: 0,
    groups: 0,
    plans: 0,
    mentions: 0,
  };
  let changed = false;

  const removedInteractions = new Set<string>();
  const interactions: Interaction[] = [];
  for (const interaction of document.interactions) {
    if (!interaction.contactIds.includes(contactId)) {
      interactions.push(interaction);
      continue;
    }
    changed = true;
    const others = interaction.contactIds.filter((id) => id !== contactId);
    if (others.length > 0) {
      counts.encountersKept += 1;
      interactions.push({ ...interaction, contactIds: others });
      continue;
    }
    removedInteractions.add(interaction.id);
    if (isFavour(interaction.type)) counts.favours += 1;
    else if (interaction.type === 'gift') counts.gifts += 1;
    else counts.encountersRemoved += 1;
  }
  /** A link to an encounter that is gone would point at nothing. */
  const keptLink = (interactionId: string | undefined) => interactionId !== undefined && !removedInteractions.has(interactionId);

  const contacts: Contact[] = [];
  for (const contact of document.contacts) {
    if (contact.id === contactId) {
      changed = true;
      continue;
    }
    if (contact.introducedById === contactId) {
      changed = true;
      counts.mentions += 1;
      const { introducedById: _gone, ...rest } = contact;
      contacts.push(rest);
      continue;
    }
    contacts.push(contact);
  }

  const removedCoach = new Set<string>();
  const coach: CoachRecord[] = [];
  for (const record of document.coach) {
    const next = coachRecordWithout(record, contactId, keptLink, counts);
    if (next !== record) changed = true;
    if (next) coach.push(next);
    else removedCoach.add(record.id);
  }

  const settings = settingsWithout(document.settings, contactId, { keptLink, removedCoach }, counts);
  if (settings !== document.settings) changed = true;

  if (!changed) return { document, counts, changed };
  return { document: { ...document, contacts, interactions, coach, settings }, counts, changed };
}

/** The record without the person: the same object when they are not in it, `undefined` when it goes with them. */
function coachRecordWithout(
  record: CoachRecord,
  contactId: string,
  keptLink: (interactionId: string | undefined) => boolean,
  counts: RemovalCounts,
): CoachRecord | undefined {
  switch (record.kind) {
    case 'integrationPlan': {
      if (record.contactId === contactId) {
        counts.plans += 1;
        return undefined;
      }
      return record;
    }
    case 'attempt': {
      // The challenge was the user's own step and counts towards her level: it stays, without the person or the
      // encounter logged with them.
      if (record.contactId !== contactId) return record;
      const { contactId: _person, interactionId, ...rest } = record;
      return keptLink(interactionId) ? { ...rest, interactionId } : rest;
    }
    case 'event': {
      if (!record.expectedIds.includes(contactId) && !record.toMeetIds.includes(contactId)) return record;
      counts.events += 1;
      return {
        ...record,
        expectedIds: record.expectedIds.filter((id) => id !== contactId),
        toMeetIds: record.toMeetIds.filter((id) => id !== contactId),
      };
    }
    case 'networkGroup': {
      const inMeetings = record.meetings.some((m) => m.organiserId === contactId || m.attendeeIds.includes(contactId));
      if (!record.memberIds.includes(contactId) && !inMeetings) return record;
      counts.groups += 1;
      return {
        ...record,
        memberIds: record.memberIds.filter((id) => id !== contactId),
        meetings: record.meetings.map((meeting) => {
          if (meeting.organiserId !== contactId && !meeting.attendeeIds.includes(contactId)) return meeting;
          const { organiserId, interactionId, ...rest } = meeting;
          return {
            ...rest,
            attendeeIds: meeting.attendeeIds.filter((id) => id !== contactId),
            ...(organiserId !== undefined && organiserId !== contactId ? { organiserId } : {}),
            ...(keptLink(interactionId) ? { interactionId } : {}),
          };
        }),
      };
    }
    case 'profile':
    case 'eventTemplate':
      return record;
    default:
      // A new kind of coach record must decide here whether it can hold a person.
      return unreachable(record);
  }
}

function settingsWithout(
  settings: Settings,
  contactId: string,
  { keptLink, removedCoach }: { keptLink: (interactionId: string | undefined) => boolean; removedCoach: ReadonlySet<string> },
  counts: RemovalCounts,
): Settings {
  const next: Settings = { ...settings };
  let changed = false;

  if (settings.campaigns?.some((c) => c.recipients.some((r) => r.contactId === contactId))) {
    changed = true;
    next.campaigns = settings.campaigns.map((campaign) => {
      if (!campaign.recipients.some((r) => r.contactId === contactId)) return campaign;
      counts.campaigns += 1;
      return { ...campaign, recipients: campaign.recipients.filter((r) => r.contactId !== contactId) };
    });
  }
  if (settings.todaySnoozes && contactId in settings.todaySnoozes) {
    changed = true;
    const { [contactId]: _gone, ...rest } = settings.todaySnoozes;
    next.todaySnoozes = rest;
  }
  if (settings.reminderLog?.some((entry) => entry.contactId === contactId)) {
    changed = true;
    next.reminderLog = settings.reminderLog.filter((entry) => entry.contactId !== contactId);
  }
  const sample = settings.sampleData;
  if (
    sample &&
    (sample.contactIds.includes(contactId) || sample.interactionIds.some((id) => !keptLink(id)) || sample.coachIds.some((id) => removedCoach.has(id)))
  ) {
    changed = true;
    next.sampleData = {
      ...sample,
      contactIds: sample.contactIds.filter((id) => id !== contactId),
      interactionIds: sample.interactionIds.filter(keptLink),
      coachIds: sample.coachIds.filter((id) => !removedCoach.has(id)),
    };
  }
  return changed ? next : settings;
}

function unreachable(value: never): never {
  throw new Error(`unhandled coach record ${JSON.stringify(value)}`);
}
