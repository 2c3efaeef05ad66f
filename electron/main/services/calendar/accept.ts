// What the user accepts from the calendar, and the only calendar data that reaches the journal: an encounter logged
// from a meeting, a contact made from an attendee, an event created from an entry, a suggestion dismissed.
import { randomUUID } from 'node:crypto';
import type { CalendarOccurrence, CalendarSuggestion } from '../../../../shared/calendar';
import type { CalendarLogReceipt } from '../../../../shared/calendar-contract';
import { addDays } from '../../../../shared/dates';
import { parseEmail } from '../../../../shared/email';
import { PlauschError } from '../../../../shared/errors';
import {
  contactSchema,
  interactionSchema,
  settingsInputSchema,
  type Contact,
  type EventRecord,
  type Interaction,
  type InteractionType,
  type Language,
} from '../../../../shared/model';
import type { UndoReceipt } from '../../../../shared/views';
import type { Change, JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { EventsService } from '../events';
import type { JournalWriter } from '../journal-writer';
import { withoutUndefined } from '../records';
import type { UndoLedger } from '../undo';
import { parseOrInvalid } from '../validation';
import type { LinkedRecords } from './linked-records';
import type { Matcher } from './matcher';
import { eventOfferOf, suggestionOf } from './suggestions';

/** Dismissals of occurrences longer ago than this are forgotten when the list is next written: they cannot return. */
const DISMISSALS_KEPT_DAYS = 60;
const MAX_DISMISSALS = 5000;

/** The title of an event made from an entry without a subject. */
const UNTITLED_EVENT: Record<Language, string> = { de: 'Termin aus dem Kalender', en: 'Calendar entry' };

export interface AcceptDeps {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: UndoLedger;
  events: Pick<EventsService, 'create'>;
  linked: LinkedRecords;
  matcher: () => Matcher;
  /** The occurrence with this key in the days Plausch looks at; `calendarOccurrenceGone` when there is none. */
  occurrence: (key: string) => CalendarOccurrence;
}

function invalid(path: string, message: string): PlauschError {
  return new PlauschError('invalidInput', { issues: [{ path, message }] });
}

/** The calendar date an occurrence key names (`…:20260305T090000Z`, `…:20260305`), if it names one. */
export function dateOfKey(key: string): string | undefined {
  const match = /:(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/.exec(key);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

export function createAccept({ store, clock, writer, undo, events, linked, matcher, occurrence }: AcceptDeps) {
  function interactionFrom(suggestion: CalendarSuggestion, type: InteractionType, contactIds: string[]): Interaction {
    const now = clock.now().toISOString();
    return withoutUndefined(
      parseOrInvalid(interactionSchema, {
        contactIds,
        type,
        date: suggestion.date,
        timeOfDay: suggestion.timeOfDay,
        place: suggestion.place,
        topics: suggestion.topic ? [suggestion.topic] : [],
        calendarKey: suggestion.key,
        id: randomUUID(),
        createdAt: now,
        updatedAt: now,
      }),
    );
  }

  /** Takes a logged encounter back out, so that its suggestion returns. */
  function undoLog(interactionId: string): string {
    return undo.remember(() => (store.interactions.has(interactionId) ? [{ op: 'delete', collection: 'interactions', id: interactionId }] : []));
  }

  const eventsUnderWay = new Map<string, Promise<EventRecord>>();

  return {
    /** Logs a meeting as an encounter; a meeting logged already answers with its encounter instead of a second one. */
    log({ key, type, contactIds }: { key: string; type?: InteractionType; contactIds?: string[] }): Promise<CalendarLogReceipt> {
      return writer.write(() => {
        const logged = linked.interactionOf(key);
        if (logged) return { changes: [], result: { interactionId: logged.id, undoToken: undoLog(logged.id) } };
        const meeting = occurrence(key);
        const people = matcher().match(meeting);
        const inMeeting = new Set(people.contacts.map((contact) => contact.contactId));
        contactIds?.forEach((id, index) => {
          if (!inMeeting.has(id)) throw invalid(`contactIds.${index}`, 'notInMeeting');
        });
        const chosen = contactIds ? [...new Set(contactIds)] : [...inMeeting];
        if (chosen.length === 0) throw invalid('contactIds', 'noContact');
        const suggestion = suggestionOf(meeting, people);
        const interaction = interactionFrom(suggestion, type ?? suggestion.type, chosen);
        return {
          changes: [{ op: 'put', collection: 'interactions', value: interaction }],
          result: { interactionId: interaction.id, undoToken: undoLog(interaction.id) },
        };
      });
    },

    /** Logs the command line's suggestions in one write, each linked to its occurrence; logged ones are left out. */
    logSuggestions(suggestions: readonly CalendarSuggestion[]): Promise<{ logged: number }> {
      return writer.write(() => {
        const changes: Change[] = [];
        const taken = new Set<string>();
        for (const suggestion of suggestions) {
          if (taken.has(suggestion.key) || linked.interactionOf(suggestion.key)) continue;
          const contactIds = [...new Set(suggestion.contacts.map((contact) => contact.contactId))].filter((id) => store.contacts.has(id));
          if (contactIds.length === 0) continue;
          taken.add(suggestion.key);
          changes.push({ op: 'put', collection: 'interactions', value: interactionFrom(suggestion, suggestion.type, contactIds) });
        }
        return { changes, result: { logged: changes.length } };
      });
    },

    /** Dismisses an occurrence for good (until undone); dismissals of long past occurrences are dropped meanwhile. */
    dismiss({ key }: { key: string }): Promise<UndoReceipt> {
      return writer.write(() => {
        const current = store.settings.calendarDismissed ?? [];
        const restore = () => {
          const now = store.settings.calendarDismissed ?? [];
          return now.includes(key) ? [{ op: 'settings', value: { ...store.settings, calendarDismissed: now.filter((known) => known !== key) } } satisfies Change] : [];
        };
        if (current.includes(key)) return { changes: [], result: { undoToken: undo.remember(restore) } };
        const oldest = addDays(clock.today(), -DISMISSALS_KEPT_DAYS);
        const kept = current.filter((known) => (dateOfKey(known) ?? oldest) >= oldest);
        const calendarDismissed = [...kept, key].slice(-MAX_DISMISSALS);
        const settings = parseOrInvalid(settingsInputSchema, { ...store.settings, calendarDismissed });
        return { changes: [{ op: 'settings', value: settings }], result: { undoToken: undo.remember(restore) } };
      });
    },

    /** Makes a contact of someone in the meeting with the name and organisation the calendar gives; known already, the contact. */
    addContact({ key, email }: { key: string; email: string }): Promise<Contact> {
      return writer.write(() => {
        const address = email.trim().toLowerCase();
        const current = matcher();
        const knownId = current.contactIdOfEmail(address);
        const known = knownId === undefined ? undefined : store.contacts.get(knownId);
        if (known) return { changes: [], result: known };
        const newcomer = current.match(occurrence(key)).newcomers.find((person) => person.email === address);
        if (!newcomer) throw invalid('email', 'notInMeeting');
        if (!parseEmail(address)) throw invalid('email', 'email');
        const now = clock.now().toISOString();
        const contact = withoutUndefined(
          parseOrInvalid(contactSchema, {
            firstName: newcomer.firstName,
            lastName: newcomer.lastName,
            organisation: newcomer.organisation,
            relation: newcomer.relation,
            emails: [address],
            id: randomUUID(),
            archived: false,
            createdAt: now,
            updatedAt: now,
          }),
        );
        return { changes: [{ op: 'put', collection: 'contacts', value: contact }], result: contact };
      });
    },

    /**
     * Creates the Plausch event an entry becomes, its people expected; an entry made into an event already answers
     * with that event, so two clicks make one event.
     */
    createEvent({ key, language }: { key: string; language: Language }): Promise<EventRecord> {
      const underWay = eventsUnderWay.get(key);
      if (underWay) return underWay;
      const creating = (async () => {
        const existing = linked.eventOf(key);
        if (existing) return existing;
        const entry = occurrence(key);
        const people = matcher().match(entry);
        const offer = eventOfferOf(entry, people) ?? (eventOfferOf(entry, people, 'other') as NonNullable<ReturnType<typeof eventOfferOf>>);
        const { expected: _shown, key: _key, title, ...fields } = offer;
        return events.create({
          event: { ...fields, title: title || UNTITLED_EVENT[language], goals: [], toMeetIds: [], calendarKey: key },
          language,
          useOwnTemplate: true,
        });
      })().finally(() => eventsUnderWay.delete(key));
      eventsUnderWay.set(key, creating);
      return creating;
    },
  };
}
