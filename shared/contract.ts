// The single source of truth for every IPC channel: its name (`domain:action`), the zod schema its input must pass,
// and the type of its output. The main process registers exactly these channels; `createApi` turns them into the
// typed `window.plausch` object for the preload, the end-to-end bridge and any other caller.
import { z } from 'zod';
import { PlauschError, isPlauschErrorData, type PlauschErrorData } from './errors';
import {
  contactInputSchema,
  giftStatuses,
  idSchema,
  keySchema,
  interactionInputSchema,
  interactionTypes,
  quickLogShortcutSchema,
  settingsPatchSchema,
  type Contact,
  type Interaction,
  type Settings,
} from './model';
import type {
  AppStatus,
  ShortcutStatus,
  StartAtLogin,
  CampaignView,
  ContactDetail,
  ContactOverview,
  DriftingEntry,
  JournalPage,
  Notice,
  OpenFavour,
  QuickLogDraft,
  QuickLogReceipt,
  ReminderEntry,
  RemindersOverview,
  SearchHit,
  TodayView,
  UndoReceipt,
} from './views';
import { channel } from './channel';
import { coachChannels } from './coach-contract';
import { eventsChannels } from './events-contract';
import { transferChannels } from './transfer-contract';
import { sampleDataChannels } from './sample-data-contract';
import { photosChannels } from './photos-contract';
import { helpChannels } from './help-contract';
import { networkMapChannels } from './network-map-contract';
import { calendarChannels } from './calendar-contract';
import { encryptionChannels, privacyChannels } from './privacy-contract';

const noInput = z.object({}).strict().optional();
const byId = z.object({ id: idSchema }).strict();
const reminderId = keySchema(300);
const quickLogText = z.string().max(2000);

export const contract = {
  'contacts:list': channel<Contact[]>()(
    z.object({ includeArchived: z.boolean().default(false) }).strict().optional(),
  ),
  /** What the contact list shows beside each record: last contact, keep-in-touch status, next occasion. */
  'contacts:overview': channel<ContactOverview[]>()(
    z.object({ includeArchived: z.boolean().default(false) }).strict().optional(),
  ),
  'contacts:get': channel<ContactDetail>()(byId),
  'contacts:create': channel<Contact>()(contactInputSchema),
  'contacts:update': channel<Contact>()(z.object({ id: idSchema, contact: contactInputSchema }).strict()),
  'contacts:setArchived': channel<Contact>()(z.object({ id: idSchema, archived: z.boolean() }).strict()),
  'contacts:delete': channel<UndoReceipt>()(byId),

  'interactions:list': channel<JournalPage>()(
    z
      .object({
        contactId: idSchema.optional(),
        cursor: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict()
      .optional(),
  ),
  'interactions:create': channel<Interaction>()(interactionInputSchema),
  'interactions:update': channel<Interaction>()(
    z.object({ id: idSchema, interaction: interactionInputSchema }).strict(),
  ),
  'interactions:delete': channel<UndoReceipt>()(byId),

  'undo:apply': channel<null>()(z.object({ undoToken: z.string().min(1).max(200) }).strict()),

  'search:query': channel<SearchHit[]>()(
    z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) }).strict(),
  ),

  'keepInTouch:drifting': channel<DriftingEntry[]>()(noInput),
  'favours:open': channel<OpenFavour[]>()(noInput),
  'tags:list': channel<{ tag: string; count: number }[]>()(noInput),

  'settings:get': channel<Settings>()(noInput),
  'settings:update': channel<Settings>()(settingsPatchSchema),

  'app:status': channel<AppStatus>()(noInput),

  // Desktop: windows, the global quick-log shortcut and start at login, carried out by the shell.
  'desktop:hideQuickLog': channel<null>()(noInput),
  'desktop:showMain': channel<null>()(
    z.object({ hash: z.string().regex(/^#\/[\w\-/%.]*$/).max(300).optional() }).strict().optional(),
  ),
  'desktop:shortcutStatus': channel<ShortcutStatus>()(noInput),
  'desktop:setShortcut': channel<ShortcutStatus>()(z.object({ accelerator: quickLogShortcutSchema }).strict()),
  'desktop:startAtLogin': channel<StartAtLogin>()(noInput),
  'desktop:setStartAtLogin': channel<StartAtLogin>()(z.object({ enabled: z.boolean() }).strict()),
  /**
   * Opens event mode for this event in its own compact window; `onTop` keeps that window above the others. Asked
   * again for the event already shown, it only brings the window forward and applies `onTop`.
   */
  'desktop:openEventMode': channel<null>()(z.object({ id: idSchema, onTop: z.boolean().optional() }).strict()),

  'today:get': channel<TodayView>()(noInput),
  /** Leaves this person out of Today's suggestions for a week ("Not this week"). */
  'today:snoozeSuggestion': channel<null>()(z.object({ contactId: idSchema }).strict()),

  'reminders:list': channel<RemindersOverview>()(noInput),
  'reminders:snooze': channel<ReminderEntry>()(
    z.object({ id: reminderId, duration: z.enum(['day', 'week']) }).strict(),
  ),
  'reminders:done': channel<ReminderEntry>()(z.object({ id: reminderId }).strict()),
  'reminders:pause': channel<{ pausedUntil: string | null }>()(
    z.object({ duration: z.enum(['hour', 'untilTomorrow', 'off']) }).strict(),
  ),

  'quickLog:parse': channel<QuickLogDraft>()(z.object({ text: quickLogText }).strict()),
  'quickLog:save': channel<QuickLogReceipt>()(
    z
      .object({
        text: quickLogText.refine((text) => text.trim().length > 0, 'required'),
        createUnknown: z.boolean().default(false),
        /** The type the user picked, overriding the one read from the text. */
        type: z.enum(interactionTypes).optional(),
      })
      .strict(),
  ),

  'campaigns:list': channel<CampaignView[]>()(noInput),
  'campaigns:update': channel<CampaignView>()(
    z
      .object({
        campaignId: keySchema(300),
        contactId: idSchema,
        /** `null` takes the person off the campaign. */
        status: z.enum(giftStatuses).nullable(),
        gift: z.string().trim().max(200).optional(),
      })
      .strict(),
  ),

  // Coach: the channels are declared in coach-contract.ts, beside the coach's view types.
  ...coachChannels,

  // Transfer: import, export and backups, declared in transfer-contract.ts.
  ...transferChannels,

  // Photos: contacts' pictures, kept beside the journal; declared in photos-contract.ts.
  ...photosChannels,

  // Events: preparing, attending and following up an occasion, declared in events-contract.ts.
  ...eventsChannels,

  // Sample data to try Plausch with and take out again, declared in sample-data-contract.ts.
  ...sampleDataChannels,

  // "Wer kann helfen?" and "Mein Netzwerk", declared in help-contract.ts and network-map-contract.ts.
  ...helpChannels,
  ...networkMapChannels,

  // The calendar: meetings become suggested encounters and events, declared in calendar-contract.ts.
  ...calendarChannels,

  // Privacy self-service for the people in the journal, declared in privacy-contract.ts.
  ...privacyChannels,
  ...encryptionChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** The input after validation (defaults filled in), as the services receive it. */
export type ChannelPayload<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Contract[C]['output']> extends never
  ? null
  : Exclude<Contract[C]['output'], undefined>;

export const channelNames = Object.keys(contract) as ChannelName[];

/** Events the main process pushes to every window. */
export interface EventPayloads {
  /** Something in the journal changed; refetch. */
  'data:changed': { collections: ('contacts' | 'interactions' | 'coach' | 'settings' | 'calendar')[] };
  /** A notice for the user that arose while running (start-up notices come with `app:status`). */
  'app:notice': Notice;
  /** Show this route (`#/today`, `#/contacts/<id>`): the tray or a clicked notification asked for it. */
  'app:navigate': { hash: string };
  /** The windows were locked or unlocked (the app lock, or an encrypted journal unlocked at start). */
  'app:lock': { locked: boolean };
}
export type EventName = keyof EventPayloads;
export const eventNames: EventName[] = ['data:changed', 'app:notice', 'app:navigate', 'app:lock'];

/** What travels back over IPC: never a thrown Error, whose message Electron would mangle. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: PlauschErrorData };

export type Invoke = (channel: ChannelName, payload: unknown) => Promise<unknown>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

type DomainOf<C> = C extends `${infer Domain}:${string}` ? Domain : never;
type Method<C extends ChannelName> = undefined extends ChannelInput<C>
  ? (input?: ChannelInput<C>) => Promise<ChannelOutput<C>>
  : (input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

export type PlauschApi = {
  [Domain in DomainOf<ChannelName>]: {
    [C in ChannelName as C extends `${Domain}:${infer Action}` ? Action : never]: Method<C>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

/** Builds the typed API from any transport. Errors arrive as `PlauschError` with a translatable code. */
export function createApi(invoke: Invoke, subscribe: Subscribe): PlauschApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of channelNames) {
    const [domain, action] = name.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][action] = async (input?: unknown) => unwrap(await invoke(name, input));
  }
  const on = (event: EventName, listener: (payload: never) => void) =>
    subscribe(event, listener as (payload: unknown) => void);
  return Object.freeze({ ...api, on }) as unknown as PlauschApi;
}

function unwrap(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const typed = envelope as Envelope<unknown>;
    if (typed.ok) return typed.value;
    if (isPlauschErrorData(typed.error)) throw new PlauschError(typed.error.code, typed.error.details);
  }
  throw new PlauschError('internal');
}
