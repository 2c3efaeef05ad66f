// Events: one occasion prepared, attended and followed up. Its checklist comes from the template of its kind; people
// met there become contacts and encounters linked to it, each followed up 48 hours after the event; a reflection
// afterwards is recorded as a done comfort-zone challenge. Events and the user's templates are coach records.
import { randomUUID } from 'node:crypto';
import { PlauschError } from '../../../../shared/errors';
import type {
  CaptureReceipt,
  EventList,
  EventModePerson,
  EventModeView,
  EventPerson,
  EventSummary,
  EventView,
  MetPerson,
  ReflectionReceipt,
} from '../../../../shared/events-views';
import {
  contactSchema,
  displayName,
  eventRecordSchema,
  eventTemplateSchema,
  interactionSchema,
  type Contact,
  type EventChecklist,
  type EventFields,
  type EventKind,
  type EventPhase,
  type EventRecord,
  type EventTemplate,
  type Interaction,
  type Language,
} from '../../../../shared/model';
import type { CoachPrompt } from '../../../../shared/coach-views';
import type { UndoReceipt } from '../../../../shared/views';
import type { Change, JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { CoachService } from '../coach';
import { profileOf } from '../coach/coach-records';
import { findChallenge } from '../coach/challenge-engine';
import type { JournalWriter } from '../journal-writer';
import { unknownContact, withoutUndefined } from '../records';
import type { UndoLedger } from '../undo';
import { parseOrInvalid } from '../validation';
import {
  OWN_TEMPLATE_ID,
  checklistFromOwnTemplate,
  checklistFromTemplate,
  localizedChecklist,
  ownTemplateId,
  progressOf,
  rewordedItem,
  standardTemplate,
  templatePhasesOf,
  withTemplateItemIds,
} from './checklist';
import { findContact, splitName } from './people';
import { challengeForEvent } from './reflection-challenge';
import { encounterDateOf, followUpDateOf, phaseAt, wallClockAt } from './timing';

/** Openers for the kind of event shown in event mode: enough to choose from, few enough to read at a glance. */
export const EVENT_OPENERS = 5;

export interface EventsDeps {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: UndoLedger;
  coach: CoachService;
  /** The user's time zone, for when an event starts and ends; the system's unless given. */
  timeZone?: string;
}

export interface CreateEventInput {
  event: EventFields;
  language: Language;
  useOwnTemplate: boolean;
}

export interface CaptureInput {
  eventId: string;
  name: string;
  organisation: string;
  detail: string;
}

function invalid(path: string, message: string): PlauschError {
  return new PlauschError('invalidInput', { issues: [{ path, message }] });
}

/** Kinds where the people one meets usually belong to other organisations. */
const externalKinds: ReadonlySet<EventKind> = new Set(['conference', 'externalMeeting']);

export function createEvents({ store, clock, writer, undo, coach, timeZone }: EventsDeps) {
  function events(): EventRecord[] {
    return [...store.coach.values()].filter((record): record is EventRecord => record.kind === 'event');
  }

  function requireEvent(id: string): EventRecord {
    const record = store.coach.get(id);
    if (record?.kind !== 'event') throw new PlauschError('notFound', { id });
    return record;
  }

  function ownTemplate(eventKind: EventKind): EventTemplate | undefined {
    const record = store.coach.get(ownTemplateId(eventKind));
    return record?.kind === 'eventTemplate' ? record : undefined;
  }

  function phaseOf(event: EventRecord): EventPhase {
    return phaseAt(event, wallClockAt(clock.now(), timeZone));
  }

  function checkPeople(fields: EventFields): void {
    for (const name of ['expectedIds', 'toMeetIds'] as const) {
      fields[name].forEach((id, index) => {
        if (!store.contacts.has(id)) throw unknownContact(`event.${name}.${index}`);
      });
    }
  }

  function toRecord(fields: EventFields, base: Pick<EventRecord, 'id' | 'checklist' | 'templateId' | 'createdAt' | 'reflection'>): EventRecord {
    return withoutUndefined(
      parseOrInvalid(eventRecordSchema, {
        ...fields,
        expectedIds: [...new Set(fields.expectedIds)],
        toMeetIds: [...new Set(fields.toMeetIds)],
        ...base,
        kind: 'event',
        updatedAt: clock.now().toISOString(),
      }),
    );
  }

  function linkedInteractions(eventId: string): Interaction[] {
    return [...store.interactions.values()]
      .filter((interaction) => interaction.eventId === eventId)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  }

  function personOf(contactId: string): EventPerson | undefined {
    const contact = store.contacts.get(contactId);
    return contact ? { contactId, name: displayName(contact), organisation: contact.organisation } : undefined;
  }

  function peopleOf(ids: readonly string[]): EventPerson[] {
    return ids.map(personOf).filter((person): person is EventPerson => person !== undefined);
  }

  function metOf(eventId: string): MetPerson[] {
    return linkedInteractions(eventId).flatMap((interaction) =>
      peopleOf(interaction.contactIds).map((person) => ({
        ...person,
        interactionId: interaction.id,
        detail: interaction.note,
        ...(interaction.followUpOn ? { followUpOn: interaction.followUpOn } : {}),
        followUpDone: interaction.followUpDone,
      })),
    );
  }

  function summaryOf(event: EventRecord): EventSummary {
    return withoutUndefined({
      id: event.id,
      title: event.title,
      eventKind: event.eventKind,
      date: event.date,
      endDate: event.endDate,
      startTime: event.startTime,
      endTime: event.endTime,
      place: event.place,
      phase: phaseOf(event),
      progress: progressOf(event.checklist),
      metCount: metOf(event.id).length,
    });
  }

  /** The checklist as shown in `language`; older checklists' unedited items are recognised on the way. */
  function checklistIn(event: EventRecord, language: Language): EventChecklist {
    return localizedChecklist(withTemplateItemIds(event.checklist, event.eventKind), event.eventKind, language);
  }

  /** Writes a changed checklist back, refusing an item id the event does not have. */
  function changeChecklist(eventId: string, change: (checklist: EventChecklist) => EventChecklist): Promise<EventRecord> {
    return writer.write(() => {
      const event = requireEvent(eventId);
      const checklist = withTemplateItemIds(change(event.checklist), event.eventKind);
      const updated = parseOrInvalid(eventRecordSchema, { ...event, checklist, updatedAt: clock.now().toISOString() });
      return { changes: [{ op: 'put', collection: 'coach', value: updated }], result: updated };
    });
  }

  function mapItem(checklist: EventChecklist, itemId: string, map: (item: EventChecklist['before'][number]) => EventChecklist['before'][number] | undefined): EventChecklist {
    let found = false;
    const phase = (items: EventChecklist['before']) =>
      items.flatMap((item) => {
        if (item.id !== itemId) return [item];
        found = true;
        const next = map(item);
        return next ? [next] : [];
      });
    const result = { before: phase(checklist.before), during: phase(checklist.during), after: phase(checklist.after) };
    if (!found) throw invalid('itemId', 'unknownItem');
    return result;
  }

  return {
    list(): EventList {
      const summaries = events().map(summaryOf);
      const byStart = (a: EventSummary, b: EventSummary) => `${a.date}T${a.startTime ?? ''}`.localeCompare(`${b.date}T${b.startTime ?? ''}`);
      return {
        upcoming: summaries.filter((event) => event.phase !== 'after').sort(byStart),
        past: summaries.filter((event) => event.phase === 'after').sort((a, b) => byStart(b, a)),
      };
    },

    get(id: string, language: Language): EventView {
      const event = requireEvent(id);
      const met = metOf(id);
      const attempt = event.reflection?.attemptId ? store.coach.get(event.reflection.attemptId) : undefined;
      const challenge = attempt?.kind === 'attempt' ? findChallenge(attempt.challengeId, language) : undefined;
      return {
        event: { ...event, checklist: checklistIn(event, language) },
        phase: phaseOf(event),
        progress: progressOf(event.checklist),
        expected: peopleOf(event.expectedIds),
        toMeet: peopleOf(event.toMeetIds),
        met,
        followUps: { done: met.filter((person) => person.followUpDone).length, open: met.filter((person) => !person.followUpDone).length },
        followUpOn: followUpDateOf(event),
        hasOwnTemplate: ownTemplate(event.eventKind) !== undefined,
        ...(challenge ? { reflectionChallenge: { id: challenge.id, title: challenge.title, level: challenge.level } } : {}),
      };
    },

    create({ event: fields, language, useOwnTemplate }: CreateEventInput): Promise<EventRecord> {
      return writer.write(() => {
        checkPeople(fields);
        const own = useOwnTemplate ? ownTemplate(fields.eventKind) : undefined;
        const standard = standardTemplate(fields.eventKind, language);
        const event = toRecord(fields, {
          id: randomUUID(),
          checklist: own ? withTemplateItemIds(checklistFromOwnTemplate(own), fields.eventKind) : checklistFromTemplate(standard),
          templateId: own ? OWN_TEMPLATE_ID : standard.id,
          createdAt: clock.now().toISOString(),
          reflection: undefined,
        });
        return { changes: [{ op: 'put', collection: 'coach', value: event }], result: event };
      });
    },

    /** Details change; the checklist and the reflection stay. Open follow-ups move with the event's end. */
    update(id: string, fields: EventFields): Promise<EventRecord> {
      return writer.write(() => {
        const current = requireEvent(id);
        checkPeople(fields);
        const { id: _id, checklist, templateId, createdAt, reflection } = current;
        // The link to the calendar entry it was made from is not part of what the user edits, so it stays as it was.
        const event = toRecord({ ...fields, calendarKey: current.calendarKey }, { id, checklist, templateId, createdAt, reflection });
        const changes: Change[] = [{ op: 'put', collection: 'coach', value: event }];
        const before = followUpDateOf(current);
        const after = followUpDateOf(event);
        if (before !== after) {
          for (const interaction of linkedInteractions(id)) {
            if (interaction.followUpDone || interaction.followUpOn !== before) continue;
            changes.push({ op: 'put', collection: 'interactions', value: { ...interaction, followUpOn: after, updatedAt: clock.now().toISOString() } });
          }
        }
        return { changes, result: event };
      });
    },

    /** The encounters logged at the event stay in the journal; only their link to it goes, and comes back on undo. */
    delete(id: string): Promise<UndoReceipt> {
      return writer.write(() => {
        const event = requireEvent(id);
        const linked = linkedInteractions(id);
        const changes: Change[] = [{ op: 'delete', collection: 'coach', id }];
        for (const interaction of linked) {
          const { eventId: _unlinked, ...rest } = interaction;
          changes.push({ op: 'put', collection: 'interactions', value: rest });
        }
        const undoToken = undo.remember(() => [
          { op: 'put', collection: 'coach', value: event },
          ...linked.flatMap((interaction): Change[] => {
            const now = store.interactions.get(interaction.id);
            return now ? [{ op: 'put', collection: 'interactions', value: { ...now, eventId: id } }] : [];
          }),
        ]);
        return { changes, result: { undoToken } };
      });
    },

    addItem(eventId: string, phase: EventPhase, text: string): Promise<EventRecord> {
      return changeChecklist(eventId, (checklist) => ({ ...checklist, [phase]: [...checklist[phase], { id: randomUUID(), text, done: false }] }));
    },

    editItem(eventId: string, itemId: string, text: string): Promise<EventRecord> {
      return changeChecklist(eventId, (checklist) => mapItem(checklist, itemId, (item) => rewordedItem(item, text)));
    },

    removeItem(eventId: string, itemId: string): Promise<EventRecord> {
      return changeChecklist(eventId, (checklist) => mapItem(checklist, itemId, () => undefined));
    },

    setItemDone(eventId: string, itemId: string, done: boolean): Promise<EventRecord> {
      return changeChecklist(eventId, (checklist) => mapItem(checklist, itemId, (item) => ({ ...item, done })));
    },

    templates(): EventKind[] {
      return [...store.coach.values()].flatMap((record) => (record.kind === 'eventTemplate' ? [record.eventKind] : [])).sort();
    },

    /** Keeps this event's checklist as the user's own for its kind; the next event of the kind starts from it. */
    saveTemplate(eventId: string): Promise<EventKind> {
      return writer.write(() => {
        const event = requireEvent(eventId);
        const template = parseOrInvalid(eventTemplateSchema, {
          kind: 'eventTemplate',
          id: ownTemplateId(event.eventKind),
          eventKind: event.eventKind,
          phases: templatePhasesOf(event.checklist),
          savedAt: clock.now().toISOString(),
        });
        return { changes: [{ op: 'put', collection: 'coach', value: template }], result: event.eventKind };
      });
    },

    deleteTemplate(eventKind: EventKind): Promise<null> {
      return writer.write(() => ({
        changes: ownTemplate(eventKind) ? [{ op: 'delete', collection: 'coach', id: ownTemplateId(eventKind) }] : [],
        result: null,
      }));
    },

    mode(id: string, language: Language): EventModeView {
      const event = requireEvent(id);
      const phase = phaseOf(event);
      const { promptSettings } = standardTemplate(event.eventKind, language);
      // Strangers first: neutral openers, taken in turn from each setting this kind of event is like.
      const lists = promptSettings.map((setting) => coach.prompts({ setting, depth: 1, language }).items);
      const openers: CoachPrompt[] = [];
      for (let index = 0; openers.length < EVENT_OPENERS && lists.some((list) => index < list.length); index += 1) {
        for (const list of lists) {
          const prompt = list[index];
          if (prompt && openers.length < EVENT_OPENERS) openers.push(prompt);
        }
      }
      const met = metOf(id);
      const metIds = new Set(met.map((person) => person.contactId));
      const people: EventModePerson[] = peopleOf([...new Set([...event.expectedIds, ...event.toMeetIds])]).map((person) => ({
        ...person,
        openers: coach.briefing({ contactId: person.contactId, language, ...(promptSettings[0] ? { setting: promptSettings[0] } : {}) }).openers,
        met: metIds.has(person.contactId),
      }));
      return { event: summaryOf(event), goals: event.goals, phase, checklist: checklistIn(event, language), promptSettings, openers, people, met };
    },

    /**
     * "Met someone": the contact is found by name and organisation or created, and one encounter at the event is
     * logged for them with its follow-up 48 hours after the event. Meeting them again the same evening adds the
     * detail to that encounter instead of logging a second one.
     */
    capture({ eventId, name, organisation, detail }: CaptureInput): Promise<CaptureReceipt> {
      return writer.write(() => {
        const event = requireEvent(eventId);
        const now = clock.now().toISOString();
        const found = findContact(store.contacts.values(), name, organisation);
        const changes: Change[] = [];
        let contact: Contact;
        if (found) {
          contact = found.organisation === '' && organisation !== '' ? { ...found, organisation, updatedAt: now } : found;
          if (contact !== found) changes.push({ op: 'put', collection: 'contacts', value: contact });
        } else {
          contact = withoutUndefined(
            parseOrInvalid(contactSchema, {
              ...splitName(name),
              organisation,
              relation: externalKinds.has(event.eventKind) && organisation !== '' ? 'external' : 'internal',
              metOn: encounterDateOf(event, clock.today()),
              metAt: event.title,
              id: randomUUID(),
              createdAt: now,
              updatedAt: now,
            }),
          );
          changes.push({ op: 'put', collection: 'contacts', value: contact });
        }
        const earlier = linkedInteractions(eventId).find((interaction) => interaction.contactIds.includes(contact.id));
        const interaction = earlier
          ? withoutUndefined(
              parseOrInvalid(interactionSchema, {
                ...earlier,
                note: [earlier.note, detail].filter(Boolean).join('\n'),
                updatedAt: now,
              }),
            )
          : withoutUndefined(
              parseOrInvalid(interactionSchema, {
                contactIds: [contact.id],
                type: 'event',
                date: encounterDateOf(event, clock.today()),
                place: event.place,
                note: detail,
                followUpOn: followUpDateOf(event),
                eventId,
                id: randomUUID(),
                createdAt: now,
                updatedAt: now,
              }),
            );
        changes.push({ op: 'put', collection: 'interactions', value: interaction });
        return { changes, result: { contact, interaction, createdContact: !found } };
      });
    },

    setFollowUpDone(eventId: string, interactionId: string, done: boolean): Promise<Interaction> {
      return writer.write(() => {
        requireEvent(eventId);
        const interaction = store.interactions.get(interactionId);
        if (interaction?.eventId !== eventId) throw new PlauschError('notFound', { id: interactionId });
        const updated = { ...interaction, followUpDone: done, updatedAt: clock.now().toISOString() };
        return { changes: [{ op: 'put', collection: 'interactions', value: updated }], result: updated };
      });
    },

    /**
     * Looking back once the event is over: recorded through the coach as a done challenge at the user's level, so
     * it counts towards the ladder (and may move the user up), and kept on the event, all in one write.
     */
    reflect({ eventId, whatWentWell, discomfort }: { eventId: string; whatWentWell: string; discomfort: number }): Promise<ReflectionReceipt> {
      return writer.write(() => {
        const event = requireEvent(eventId);
        if (phaseOf(event) !== 'after') throw invalid('eventId', 'eventNotOver');
        if (event.reflection) throw invalid('eventId', 'alreadyReflected');
        const challenge = challengeForEvent(event.eventKind, profileOf(store).level);
        const completion = coach.challenges.planDoneAttempt({
          challengeId: challenge.id,
          expectedDiscomfort: discomfort,
          actualDiscomfort: discomfort,
          whatHappened: event.title,
          reflection: whatWentWell,
        });
        const record = parseOrInvalid(eventRecordSchema, {
          ...event,
          reflection: { whatWentWell, discomfort, recordedOn: clock.today(), attemptId: completion.result.attempt.id },
          updatedAt: clock.now().toISOString(),
        });
        const { levelUp } = completion.result;
        return {
          changes: [...completion.changes, { op: 'put', collection: 'coach', value: record }],
          result: { event: record, ...(levelUp ? { levelUp } : {}) },
        };
      });
    },
  };
}

export type EventsService = ReturnType<typeof createEvents>;
