// The calendar service behind calendar-contract.ts: calendars read from files (sources.ts), their people matched to
// contacts (matcher.ts), and what Today makes of them (calendar-day.ts). The calendar itself stays in memory; only
// what the user accepts (accept.ts) is written to the journal.
import type { CalendarDay, CalendarReview, CalendarReviewRow, CalendarStatus, CalendarSuggestion } from '../../../../shared/calendar';
import type { CalendarLogReceipt } from '../../../../shared/calendar-contract';
import { PlauschError } from '../../../../shared/errors';
import type { CalendarSource, Contact, EventRecord, InteractionType, Language } from '../../../../shared/model';
import type { UndoReceipt } from '../../../../shared/views';
import type { JournalStore, Logger } from '../../store/types';
import type { Clock } from '../clock';
import type { EventsService } from '../events';
import type { JournalWriter } from '../journal-writer';
import type { UndoLedger } from '../undo';
import { createAccept } from './accept';
import { calendarDay } from './calendar-day';
import { parseCalendar, type ParseRange } from './ics/parse-calendar';
import { createLinkedRecords } from './linked-records';
import { createMatcher, type Matcher } from './matcher';
import { createCalendarSources } from './sources';
import { eventOfferOf, suggestionOf } from './suggestions';

export interface CalendarDeps {
  store: JournalStore;
  clock: Clock;
  writer: JournalWriter;
  undo: UndoLedger;
  log: Logger;
  /** Creates the Plausch event an event offer becomes. */
  events: Pick<EventsService, 'create'>;
  /** The user's time zone (IANA); the system's unless given. */
  timeZone?: string;
  /** How long a watched calendar's changes settle before it is read again (ms). */
  settleMs?: number;
}

export function createCalendar({ store, clock, writer, undo, log, events, timeZone, settleMs }: CalendarDeps) {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) {
      try {
        listener();
      } catch (error) {
        log.error('calendar listener failed', error);
      }
    }
  };

  // The matcher is built from the contacts and the user's own addresses, and built again only when they change.
  let matcher: Matcher | undefined;
  writer.onCommitted(({ collections }) => {
    if (collections.includes('contacts') || collections.includes('settings')) matcher = undefined;
  });
  const currentMatcher = () => (matcher ??= createMatcher(store.contacts.values(), store.settings));

  const linked = createLinkedRecords({ store, writer });
  const sources = createCalendarSources({ store, writer, clock, timeZone: zone, log, onChanged: changed, ...(settleMs === undefined ? {} : { settleMs }) });

  const accept = createAccept({
    store,
    clock,
    writer,
    undo,
    events,
    linked,
    matcher: currentMatcher,
    occurrence: (key) => {
      const found = sources.occurrences().byKey.get(key);
      if (!found) throw new PlauschError('calendarOccurrenceGone');
      return found;
    },
  });

  const dismissedKeys = () => new Set(store.settings.calendarDismissed ?? []);

  return {
    async day(): Promise<CalendarDay> {
      await sources.settled();
      return calendarDay({
        occurrences: sources.occurrences().occurrences,
        matcher: currentMatcher(),
        linked,
        dismissed: dismissedKeys(),
        today: clock.today(),
        now: clock.now(),
        connected: sources.connected(),
      });
    },

    status: (): CalendarStatus => sources.status(),

    async import(input: { name: string; text: string }): Promise<CalendarStatus> {
      sources.import(input);
      changed();
      return sources.status();
    },

    clearImport(): CalendarStatus {
      sources.clearImport();
      changed();
      return sources.status();
    },

    async watch(source: CalendarSource): Promise<CalendarStatus> {
      await sources.watch(source);
      changed();
      return sources.status();
    },

    async unwatch(input: { path: string }): Promise<CalendarStatus> {
      await sources.unwatch(input);
      changed();
      return sources.status();
    },

    async log(input: { key: string; type?: InteractionType; contactIds?: string[] }): Promise<CalendarLogReceipt> {
      await sources.settled();
      return accept.log(input);
    },

    dismiss: (input: { key: string }): Promise<UndoReceipt> => accept.dismiss(input),

    async addContact(input: { key: string; email: string }): Promise<Contact> {
      await sources.settled();
      return accept.addContact(input);
    },

    async createEvent(input: { key: string; language: Language }): Promise<EventRecord> {
      await sources.settled();
      return accept.createEvent(input);
    },

    /** Reads a calendar text over any range and says what each occurrence would become (the command line). Writes nothing. */
    review(text: string, range: ParseRange): CalendarReview {
      const { occurrences, skipped } = parseCalendar(text, range, zone);
      const current = currentMatcher();
      const dismissed = dismissedKeys();
      const rows = occurrences.map((occurrence): CalendarReviewRow => {
        const people = current.match(occurrence);
        const suggestion = !occurrence.allDay && people.contacts.length > 0 && !people.userDeclined ? suggestionOf(occurrence, people) : undefined;
        const eventOffer = eventOfferOf(occurrence, people);
        return {
          occurrence,
          contacts: people.contacts,
          newcomers: people.newcomers,
          ...(suggestion ? { suggestion } : {}),
          ...(eventOffer ? { eventOffer } : {}),
          logged: linked.interactionOf(occurrence.key) !== undefined,
          dismissed: dismissed.has(occurrence.key),
        };
      });
      return { rows, skipped };
    },

    /** Logs these suggestions as encounters in one write, each linked to its occurrence; already logged ones are left out. */
    logSuggestions: (suggestions: CalendarSuggestion[]): Promise<{ logged: number }> => accept.logSuggestions(suggestions),

    /** Called when a watched calendar was read again, so windows can ask for the day anew. */
    onChanged(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Stops watching files (on quit). */
    close(): void {
      sources.close();
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendar>;
