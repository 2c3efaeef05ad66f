// The assistants' network: a group from the journal that meets regularly (a monthly "Stammtisch" lunch by default),
// with the organiser's job going round the members, attendance logged as an encounter for everyone present, agenda
// ideas, and a checklist for setting the group up online.
import { randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { NetworkGroupView } from '../../../../shared/coach-views';
import { addDays } from '../../../../shared/dates';
import { PlauschError } from '../../../../shared/errors';
import {
  displayName,
  networkGroupSchema,
  type Language,
  type MeetingRule,
  type NetworkGroup,
  type NetworkMeeting,
} from '../../../../shared/model';
import type { Change, JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter } from '../journal-writer';
import { parseOrInvalid } from '../validation';
import { groupsOf, newInteraction, requireContactId } from './coach-records';
import { networkChecklist, networkChecklistIds } from './network-checklist';

/** The first Tuesday of the month: early enough to plan, clear of Monday's meetings. */
export const defaultMeetingRule: MeetingRule = { weekday: 2, week: 1 };

/** The day the rule gives in a month. */
export function meetingDateInMonth(rule: MeetingRule, year: number, month: number): string {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  if (rule.week === -1) {
    const last = first.add({ months: 1 }).subtract({ days: 1 });
    return last.subtract({ days: (last.dayOfWeek - rule.weekday + 7) % 7 }).toString();
  }
  const firstMatch = first.add({ days: (rule.weekday - first.dayOfWeek + 7) % 7 });
  return firstMatch.add({ weeks: rule.week - 1 }).toString();
}

/** The first meeting day by the rule on or after `today` and after the last meeting held. */
export function nextMeetingOn(rule: MeetingRule, today: string, lastMeetingOn?: string): string {
  const from = lastMeetingOn !== undefined && lastMeetingOn >= today ? addDays(lastMeetingOn, 1) : today;
  let month = Temporal.PlainYearMonth.from(from.slice(0, 7));
  for (;;) {
    const date = meetingDateInMonth(rule, month.year, month.month);
    if (date >= from) return date;
    month = month.add({ months: 1 });
  }
}

function byDate(a: NetworkMeeting, b: NetworkMeeting): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1;
}

/** Round robin: the member after the last meeting's organiser, in the order members were added. */
export function nextOrganiserId(memberIds: readonly string[], meetings: readonly NetworkMeeting[]): string | undefined {
  if (memberIds.length === 0) return undefined;
  const last = [...meetings].sort(byDate).at(-1);
  const index = last?.organiserId === undefined ? -1 : memberIds.indexOf(last.organiserId);
  // When the last organiser has left, the turn goes by how many meetings there have been.
  const next = index >= 0 ? index + 1 : meetings.length;
  return memberIds[next % memberIds.length];
}

export interface GroupInput {
  id?: string;
  name: string;
  memberIds: string[];
  rule?: MeetingRule;
  meetingType?: 'lunch' | 'event';
  place?: string;
}

export interface MeetingInput {
  groupId: string;
  date: string;
  attendeeIds: string[];
  organiserId?: string;
  note?: string;
}

export function createNetwork({ store, clock, writer }: { store: JournalStore; clock: Clock; writer: JournalWriter }) {
  function requireGroup(id: string): NetworkGroup {
    const group = store.coach.get(id);
    if (group?.kind !== 'networkGroup') throw new PlauschError('notFound', { id });
    return group;
  }

  function view(group: NetworkGroup, language: Language): NetworkGroupView {
    const members = group.memberIds.flatMap((contactId) => {
      const contact = store.contacts.get(contactId);
      return contact ? [{ contactId, name: displayName(contact) }] : [];
    });
    const oldestFirst = [...group.meetings].sort(byDate);
    const organiserId = nextOrganiserId(members.map((m) => m.contactId), oldestFirst);
    const organiser = members.find((member) => member.contactId === organiserId);
    const done = new Set(group.checklistDone);
    return {
      group: { ...group, meetings: [...oldestFirst].reverse() },
      members,
      nextMeeting: {
        date: nextMeetingOn(group.rule, clock.today(), oldestFirst.at(-1)?.date),
        ...(organiser ? { organiserId: organiser.contactId, organiserName: organiser.name } : {}),
      },
      checklist: networkChecklist(language).map((item) => ({ ...item, done: done.has(item.id) })),
    };
  }

  function saveGroup(group: NetworkGroup, language: Language, extra: Change[] = []) {
    const valid = parseOrInvalid(networkGroupSchema, group);
    return { changes: [{ op: 'put' as const, collection: 'coach' as const, value: valid }, ...extra], result: view(valid, language) };
  }

  function updateGroup(groupId: string, language: Language, change: (group: NetworkGroup) => NetworkGroup) {
    return writer.write(() => saveGroup(change(requireGroup(groupId)), language));
  }

  return {
    list(language: Language): NetworkGroupView[] {
      return groupsOf(store)
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
        .map((group) => view(group, language));
    },

    /** Creates a group (no id) or changes its name, members, rule, kind of meeting or place. */
    save(input: GroupInput, language: Language): Promise<NetworkGroupView> {
      return writer.write(() => {
        const memberIds = [...new Set(input.memberIds)];
        memberIds.forEach((id, index) => requireContactId(store, id, `memberIds.${index}`));
        const existing = input.id === undefined ? undefined : requireGroup(input.id);
        const base: NetworkGroup = existing ?? {
          kind: 'networkGroup',
          id: randomUUID(),
          name: input.name,
          memberIds,
          rule: defaultMeetingRule,
          meetingType: 'lunch',
          place: '',
          meetings: [],
          agendaIdeas: [],
          checklistDone: [],
          createdAt: clock.now().toISOString(),
        };
        return saveGroup(
          {
            ...base,
            name: input.name,
            memberIds,
            ...(input.rule ? { rule: input.rule } : {}),
            ...(input.meetingType ? { meetingType: input.meetingType } : {}),
            ...(input.place !== undefined ? { place: input.place } : {}),
          },
          language,
        );
      });
    },

    delete(groupId: string): Promise<null> {
      return writer.write(() => {
        requireGroup(groupId);
        return { changes: [{ op: 'delete', collection: 'coach', id: groupId }], result: null };
      });
    },

    /** Records a get-together; everyone present gets it in their timeline as one lunch or event. */
    recordMeeting(input: MeetingInput, language: Language): Promise<NetworkGroupView> {
      return writer.write(() => {
        const group = requireGroup(input.groupId);
        const attendeeIds = [...new Set(input.attendeeIds)];
        attendeeIds.forEach((id, index) => requireContactId(store, id, `attendeeIds.${index}`));
        if (input.organiserId !== undefined) requireContactId(store, input.organiserId, 'organiserId');
        const activeMembers = group.memberIds.filter((id) => store.contacts.has(id));
        const organiserId = input.organiserId ?? nextOrganiserId(activeMembers, group.meetings);
        const interaction =
          attendeeIds.length === 0
            ? undefined
            : newInteraction(clock, {
                contactIds: attendeeIds,
                type: group.meetingType,
                date: input.date,
                place: group.place,
                topics: [group.name],
                note: input.note ?? '',
              });
        const meeting: NetworkMeeting = {
          id: randomUUID(),
          date: input.date,
          ...(organiserId !== undefined ? { organiserId } : {}),
          attendeeIds,
          note: input.note ?? '',
          ...(interaction ? { interactionId: interaction.id } : {}),
        };
        return saveGroup(
          { ...group, meetings: [...group.meetings, meeting] },
          language,
          interaction ? [{ op: 'put', collection: 'interactions', value: interaction }] : [],
        );
      });
    },

    addIdea(groupId: string, text: string, language: Language): Promise<NetworkGroupView> {
      return updateGroup(groupId, language, (group) => ({
        ...group,
        agendaIdeas: [...group.agendaIdeas, { id: randomUUID(), text, done: false }],
      }));
    },

    setIdeaDone(groupId: string, ideaId: string, done: boolean, language: Language): Promise<NetworkGroupView> {
      return updateGroup(groupId, language, (group) => {
        if (!group.agendaIdeas.some((idea) => idea.id === ideaId)) throw new PlauschError('notFound', { id: ideaId });
        return { ...group, agendaIdeas: group.agendaIdeas.map((idea) => (idea.id === ideaId ? { ...idea, done } : idea)) };
      });
    },

    removeIdea(groupId: string, ideaId: string, language: Language): Promise<NetworkGroupView> {
      return updateGroup(groupId, language, (group) => ({ ...group, agendaIdeas: group.agendaIdeas.filter((idea) => idea.id !== ideaId) }));
    },

    setChecklistItem(groupId: string, itemId: string, done: boolean, language: Language): Promise<NetworkGroupView> {
      if (!(networkChecklistIds as readonly string[]).includes(itemId)) {
        return Promise.reject(new PlauschError('invalidInput', { issues: [{ path: 'itemId', message: 'unknownChecklistItem' }] }));
      }
      return updateGroup(groupId, language, (group) => {
        const others = group.checklistDone.filter((id) => id !== itemId);
        return { ...group, checklistDone: done ? [...others, itemId] : others };
      });
    },
  };
}

export type NetworkService = ReturnType<typeof createNetwork>;
