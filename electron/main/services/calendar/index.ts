// PLACEHOLDER (issue 17, part "service"): the calendar service behind calendar-contract.ts.
import type { CalendarDay, CalendarReview, CalendarStatus, CalendarSuggestion } from '../../../../shared/calendar';
import type { ParseRange } from './ics/parse-calendar';
import type { CalendarLogReceipt } from '../../../../shared/calendar-contract';
import type { CalendarSource, Contact, EventRecord, InteractionType, Language } from '../../../../shared/model';
import type { UndoReceipt } from '../../../../shared/views';
import type { JournalStore, Logger } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter } from '../journal-writer';
import type { UndoLedger } from '../undo';
import type { EventsService } from '../events';

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
}

export function createCalendar(deps: CalendarDeps) {
  void deps;
  const notYet = (): never => {
    throw new Error('calendar: not built yet');
  };
  return {
    day: (): Promise<CalendarDay> => notYet(),
    status: (): CalendarStatus => notYet(),
    import: (input: { name: string; text: string }): Promise<CalendarStatus> => notYet(),
    clearImport: (): CalendarStatus => notYet(),
    watch: (source: CalendarSource): Promise<CalendarStatus> => notYet(),
    unwatch: (input: { path: string }): Promise<CalendarStatus> => notYet(),
    log: (input: { key: string; type?: InteractionType; contactIds?: string[] }): Promise<CalendarLogReceipt> => notYet(),
    dismiss: (input: { key: string }): Promise<UndoReceipt> => notYet(),
    addContact: (input: { key: string; email: string }): Promise<Contact> => notYet(),
    createEvent: (input: { key: string; language: Language }): Promise<EventRecord> => notYet(),
    /** Reads a calendar text over any range and says what each occurrence would become (the command line). Writes nothing. */
    review: (text: string, range: ParseRange): CalendarReview => notYet(),
    /** Logs these suggestions as encounters in one write, each linked to its occurrence; already logged ones are left out. */
    logSuggestions: (suggestions: CalendarSuggestion[]): Promise<{ logged: number }> => notYet(),
    /** Called when a watched calendar was read again, so windows can ask for the day anew. */
    onChanged: (listener: () => void): (() => void) => {
      void listener;
      return () => {};
    },
    /** Stops watching files (on quit). */
    close(): void {},
  };
}

export type CalendarService = ReturnType<typeof createCalendar>;
