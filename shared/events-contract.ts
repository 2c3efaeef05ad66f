// The events' IPC channels, spread into the contract (contract.ts). Channels that show coaching text take the
// language the renderer shows, as the coach's do; changes return the stored event and the screens refetch.
import { z } from 'zod';
import { channel } from './channel';
import type { CaptureReceipt, EventList, EventModeView, EventView, ReflectionReceipt } from './events-views';
import {
  discomfortSchema,
  eventFieldsSchema,
  eventKinds,
  eventPhases,
  idSchema,
  languages,
  type EventKind,
  type EventRecord,
  type Interaction,
} from './model';
import type { UndoReceipt } from './views';

const language = z.enum(languages);
const eventId = idSchema;
const itemText = z.string().trim().min(1).max(200);

/** An event ends no earlier than it starts; on a single day, the end time comes after the start time. */
export const eventInputSchema = eventFieldsSchema
  .strict()
  .refine((event) => event.endDate === undefined || event.endDate >= event.date, { message: 'endBeforeStart', path: ['endDate'] })
  .refine(
    (event) =>
      event.startTime === undefined ||
      event.endTime === undefined ||
      (event.endDate !== undefined && event.endDate > event.date) ||
      event.endTime > event.startTime,
    { message: 'endBeforeStart', path: ['endTime'] },
  );

export const eventsChannels = {
  'events:list': channel<EventList>()(z.object({}).strict().optional()),
  'events:get': channel<EventView>()(z.object({ id: eventId, language }).strict()),
  'events:create': channel<EventRecord>()(
    z
      .object({
        event: eventInputSchema,
        /** The language the standard checklist is written in. */
        language,
        /** Start from the user's own template for this kind, where there is one. */
        useOwnTemplate: z.boolean().default(true),
      })
      .strict(),
  ),
  'events:update': channel<EventRecord>()(z.object({ id: eventId, event: eventInputSchema }).strict()),
  'events:delete': channel<UndoReceipt>()(z.object({ id: eventId }).strict()),

  'events:addItem': channel<EventRecord>()(z.object({ eventId, phase: z.enum(eventPhases), text: itemText }).strict()),
  'events:editItem': channel<EventRecord>()(z.object({ eventId, itemId: idSchema, text: itemText }).strict()),
  'events:removeItem': channel<EventRecord>()(z.object({ eventId, itemId: idSchema }).strict()),
  'events:setItemDone': channel<EventRecord>()(z.object({ eventId, itemId: idSchema, done: z.boolean() }).strict()),

  /** Kinds of event the user has a checklist of their own for. */
  'events:templates': channel<EventKind[]>()(z.object({}).strict().optional()),
  'events:saveTemplate': channel<EventKind>()(z.object({ eventId }).strict()),
  'events:deleteTemplate': channel<null>()(z.object({ eventKind: z.enum(eventKinds) }).strict()),

  'events:mode': channel<EventModeView>()(z.object({ id: eventId, language }).strict()),
  'events:capture': channel<CaptureReceipt>()(
    z
      .object({
        eventId,
        name: z.string().trim().min(1).max(200),
        organisation: z.string().trim().max(200).default(''),
        detail: z.string().trim().max(2000).default(''),
      })
      .strict(),
  ),
  'events:setFollowUpDone': channel<Interaction>()(z.object({ eventId, interactionId: idSchema, done: z.boolean() }).strict()),
  'events:reflect': channel<ReflectionReceipt>()(
    z
      .object({
        eventId,
        whatWentWell: z.string().trim().max(20_000).default(''),
        discomfort: discomfortSchema,
      })
      .strict(),
  ),
} as const;
