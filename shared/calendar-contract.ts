// The calendar's channels: connect a calendar, see what Today makes of it, and accept or dismiss a suggestion.
// Spread into the contract (contract.ts).
import { z } from 'zod';
import { channel } from './channel';
import type { CalendarDay, CalendarStatus } from './calendar';
import { MAX_CALENDAR_BYTES } from './calendar';
import { calendarKeySchema, calendarSourceSchema, idSchema, interactionTypes, languages, type Contact, type EventRecord } from './model';
import type { UndoReceipt } from './views';

const noInput = z.object({}).strict().optional();
const byKey = z.object({ key: calendarKeySchema }).strict();

/** An encounter logged from a suggestion, with the undo that takes it back out (and lets the suggestion return). */
export interface CalendarLogReceipt extends UndoReceipt {
  interactionId: string;
}

export const calendarChannels = {
  /** Today's part from the calendar: past meetings to log, events to create, meetings to prepare. */
  'calendar:day': channel<CalendarDay>()(noInput),
  'calendar:status': channel<CalendarStatus>()(noInput),
  /** Reads a calendar file's text for this session (it is not stored); replaces the one imported before. */
  'calendar:import': channel<CalendarStatus>()(
    z.object({ name: z.string().trim().min(1).max(300), text: z.string().min(1).max(MAX_CALENDAR_BYTES) }).strict(),
  ),
  /** Forgets the file imported in this session. */
  'calendar:clearImport': channel<CalendarStatus>()(noInput),
  /** Watches a file or folder: reads it now and again whenever it changes. A place that cannot be read is refused. */
  'calendar:watch': channel<CalendarStatus>()(calendarSourceSchema.strict()),
  'calendar:unwatch': channel<CalendarStatus>()(z.object({ path: calendarSourceSchema.shape.path }).strict()),
  /** Asks the desktop for a file or folder to watch; `null` when the user cancels. Desktop app only. */
  'calendar:choose': channel<string | null>()(z.object({ kind: calendarSourceSchema.shape.kind }).strict()),
  /**
   * Logs a suggestion as an encounter linked to its occurrence. `type` and `contactIds` change what was suggested;
   * the contacts must be among the meeting's.
   */
  'calendar:log': channel<CalendarLogReceipt>()(
    z
      .object({
        key: calendarKeySchema,
        type: z.enum(interactionTypes).optional(),
        contactIds: z.array(idSchema).min(1).max(100).optional(),
      })
      .strict(),
  ),
  /** Dismisses a suggestion, an event offer or a preparation for good (by occurrence), with undo. */
  'calendar:dismiss': channel<UndoReceipt>()(byKey),
  /** Makes a contact of someone in the meeting who is not in the journal yet, from the name and address the calendar gives. */
  'calendar:addContact': channel<Contact>()(z.object({ key: calendarKeySchema, email: z.string().trim().min(3).max(320) }).strict()),
  /** Creates a Plausch event from an event offer, with the expected people filled in; `language` writes its checklist. */
  'calendar:createEvent': channel<EventRecord>()(z.object({ key: calendarKeySchema, language: z.enum(languages) }).strict()),
} as const;
