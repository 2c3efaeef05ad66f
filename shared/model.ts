// The journal's records as zod schemas. Both sides of the app and the store validate against these,
// so a record that reaches a service or the screen always has this shape.
import { z } from 'zod';
import { checklistKinds, checklistPhases } from './content/schema';
import { emailSchema } from './email';
import { ownDomainSchema } from './email-domains';

/** `YYYY-MM-DD`, a calendar date without time zone. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine(isValidIsoDate, 'date');

/** `--MM-DD` (day and month, year unknown) or `YYYY-MM-DD`. Used for birthdays and anniversaries. */
export const partialDateSchema = z
  .string()
  .regex(/^(\d{4}|--)-?\d{2}-\d{2}$/, 'partialDate')
  .refine((value) => isValidIsoDate(value.startsWith('--') ? `2000-${value.slice(2)}` : value), 'partialDate');

function isValidIsoDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * A record's id, as Plausch makes them (a UUID, a content slug such as `arrive-early`): ASCII letters, digits, `_`
 * and `-` only. Ids travel into exported vCards and calendars (as UIDs), where a line break, `;` or `:` from a
 * tampered backup would write lines of its own.
 */
export const idSchema = z.string().min(1).max(64).regex(/^[\w-]+$/, 'id');

/** A key made of ids and words joined by `:` (`plan:<contact id>`, `birthday:<contact id>:2025-06-10:7`). */
export function keySchema(maxLength: number) {
  return z.string().min(1).max(maxLength).regex(/^[\w-]+(?::[\w-]+)*$/, 'id');
}

/** One occurrence of a calendar entry: `c<hash of the UID>:<its original start>` (see shared/calendar.ts). */
export const calendarKeySchema = keySchema(100);
const shortText = z.string().trim().max(200);
const longText = z.string().max(20_000);
const textList = z.array(z.string().trim().min(1).max(200)).max(200);

export const contactRelations = ['internal', 'external'] as const;
export const familyRelations = ['partner', 'child', 'parent', 'sibling', 'other'] as const;
export const anniversaryKinds = ['work', 'wedding', 'other'] as const;

export const familyMemberSchema = z.object({
  id: idSchema,
  name: shortText.min(1),
  relation: z.enum(familyRelations),
  birthday: partialDateSchema.optional(),
  /** For children: the first school day, worth a word of congratulation. */
  schoolStart: isoDateSchema.optional(),
});

export const anniversarySchema = z.object({
  id: idSchema,
  kind: z.enum(anniversaryKinds),
  label: shortText.default(''),
  date: partialDateSchema,
});

/** How the user speaks to someone in German: formally ("Sie") or on first-name terms ("du"). English has one form. */
export const addressForms = ['sie', 'du'] as const;

const contactFields = z.object({
  firstName: shortText.default(''),
  lastName: shortText.default(''),
  role: shortText.default(''),
  organisation: shortText.default(''),
  department: shortText.default(''),
  relation: z.enum(contactRelations).default('internal'),
  /** Checked as addresses where they are entered (`contactInputSchema`); earlier versions stored any text here. */
  emails: z.array(z.string().trim().max(320)).max(20).default([]),
  phones: z.array(z.string().trim().max(60)).max(20).default([]),
  tags: textList.default([]),
  metOn: isoDateSchema.optional(),
  metAt: shortText.default(''),
  introducedById: idSchema.optional(),
  birthday: partialDateSchema.optional(),
  family: z.array(familyMemberSchema).max(50).default([]),
  anniversaries: z.array(anniversarySchema).max(50).default([]),
  interests: textList.default([]),
  commonGround: textList.default([]),
  notes: longText.default(''),
  /** Days between encounters the user wants to keep; overrides the tag cadence. */
  cadenceDays: z.number().int().min(1).max(3650).optional(),
  /** Present ideas for this person, at hand when Easter, Advent or a round birthday comes round. */
  giftIdeas: textList.default([]),
  /** "Sie" or "du" for this person; without it the default from Settings applies. */
  addressForm: z.enum(addressForms).optional(),
  /** What this person can help with ("Raumbuchung", "Vorstandskalender", "Französisch"): "Wer kann helfen?" asks it. */
  canHelpWith: textList.default([]),
});

const hasName = (c: { firstName: string; lastName: string }) => c.firstName.length > 0 || c.lastName.length > 0;
const nameRequired = { message: 'nameRequired', path: ['firstName'] };

/** What a user enters for a contact; ids and timestamps are the service's business. */
export const contactInputSchema = contactFields.extend({ emails: z.array(emailSchema).max(20).default([]) }).refine(hasName, nameRequired);

export const contactSchema = contactFields
  .extend({
    id: idSchema,
    archived: z.boolean().default(false),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .refine(hasName, nameRequired);

export const interactionTypes = [
  'smallTalk',
  'coffee',
  'lunch',
  'call',
  'meeting',
  'message',
  'favourGiven',
  'favourReceived',
  'gift',
  'event',
] as const;
export const timesOfDay = ['morning', 'midday', 'afternoon', 'evening'] as const;

const interactionFields = z.object({
  contactIds: z.array(idSchema).min(1).max(100),
  type: z.enum(interactionTypes),
  date: isoDateSchema,
  timeOfDay: z.enum(timesOfDay).optional(),
  place: shortText.default(''),
  topics: textList.default([]),
  note: longText.default(''),
  followUpOn: isoDateSchema.optional(),
  followUpDone: z.boolean().default(false),
  /**
   * A favour received that was asked for and has not happened yet ("Wer kann helfen?" logs the request so). It does
   * not count in the ledger until it is settled: done, it becomes an ordinary favour received.
   */
  pending: z.boolean().optional(),
});

export const interactionInputSchema = interactionFields;

export const interactionSchema = interactionFields.extend({
  id: idSchema,
  /** The event where this encounter happened; set by the events service, kept when the entry is edited. */
  eventId: idSchema.optional(),
  /**
   * The calendar occurrence this encounter was logged from (shared/calendar.ts `CalendarOccurrence.key`), so that the
   * meeting is never suggested again; set by the calendar service, kept when the entry is edited.
   */
  calendarKey: calendarKeySchema.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const languages = ['de', 'en'] as const;
export const themes = ['system', 'light', 'dark'] as const;

/** `HH:MM`, a wall-clock time in the user's time zone. */
const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time');

export const reminderDeliveries = ['single', 'digest'] as const;

export const reminderSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  /** `single` pings each reminder as it falls due; `digest` gathers them into one notification from `digestTime` on. */
  delivery: z.enum(reminderDeliveries).default('single'),
  digestTime: clockTimeSchema.default('08:30'),
  /** No notification pings in this span (it may cross midnight); what falls due meanwhile waits until it ends. */
  quietHours: z
    .object({ enabled: z.boolean(), from: clockTimeSchema, to: clockTimeSchema })
    .default({ enabled: true, from: '20:00', to: '07:30' }),
  /** Reminders are held until this instant (pause for an hour, until tomorrow). */
  pausedUntil: z.iso.datetime().optional(),
});

export const reminderKinds = ['birthday', 'familyBirthday', 'schoolStart', 'anniversary', 'followUp', 'colleagueStep'] as const;
export const reminderStatuses = ['fired', 'snoozed', 'done'] as const;

/** What became of one reminder, so that it fires exactly once across restarts. Kept by the reminder scheduler. */
export const reminderLogEntrySchema = z.object({
  /** `kind:recordId:occursOn:leadDays`, the same every time the reminder is computed. */
  id: keySchema(300),
  kind: z.enum(reminderKinds),
  contactId: idSchema,
  occursOn: isoDateSchema,
  status: z.enum(reminderStatuses),
  firedAt: z.iso.datetime().optional(),
  snoozedUntil: z.iso.datetime().optional(),
});

export const campaignKinds = ['easter', 'advent', 'flowers'] as const;
export const giftStatuses = ['idea', 'bought', 'sent'] as const;

export const campaignRecipientSchema = z.object({
  contactId: idSchema,
  status: z.enum(giftStatuses),
  gift: shortText.default(''),
  /** The gift interaction logged when it was sent. */
  interactionId: idSchema.optional(),
});

/** One season's gifts (Easter, Advent of a year) or the flowers for one round birthday or anniversary. */
export const campaignSchema = z.object({
  id: keySchema(300),
  kind: z.enum(campaignKinds),
  /** The day the gifts are for: Easter Sunday, the first of December, the birthday or anniversary. */
  occursOn: isoDateSchema,
  recipients: z.array(campaignRecipientSchema).max(500).default([]),
});

/** Electron's names for modifier keys (`Shift` among them, though it alone is not enough; see below). */
const acceleratorModifiers = new Set(['CommandOrControl', 'CmdOrCtrl', 'Command', 'Cmd', 'Control', 'Ctrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta']);

/**
 * Modifiers, then one key. At least one modifier other than Shift: a global shortcut of a plain key (`E`), or of Shift
 * and a key, would take that key away from every other application.
 */
function hasModifierAndKey(accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  return (
    key !== '' &&
    !acceleratorModifiers.has(key) &&
    parts.every((part) => acceleratorModifiers.has(part)) &&
    parts.some((part) => part !== 'Shift')
  );
}

/** An Electron accelerator such as `CommandOrControl+Alt+L`: modifiers and a key joined by `+`. */
export const quickLogShortcutSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\w+]+$/)
  .refine(hasModifierAndKey, 'shortcutNeedsModifier');

/** What "Mit Beispieldaten ausprobieren" added, and when: a record still stamped with `addedAt` is untouched since. */
export const sampleDataStampSchema = z.object({
  addedAt: z.iso.datetime(),
  contactIds: z.array(idSchema).max(100),
  interactionIds: z.array(idSchema).max(100),
  coachIds: z.array(idSchema).max(100),
});

/** A calendar file (`.ics`) or a folder of them that Plausch watches. */
export const calendarSourceSchema = z.object({
  path: z.string().trim().min(1).max(1000),
  kind: z.enum(['file', 'folder']),
});

export const settingsSchema = z.object({
  /** `system` follows the operating system's language. */
  language: z.enum(['system', ...languages]).default('system'),
  theme: z.enum(themes).default('system'),
  /** Keep-in-touch cadence in days per tag, used where a contact has no cadence of its own. */
  tagCadences: z.record(z.string().min(1).max(200), z.number().int().min(1).max(3650)).default({}),
  /** A contact turns red once this many times its cadence has passed without an encounter. */
  overdueFactor: z.number().min(1).max(10).default(1.5),
  // The three below are optional rather than defaulted so that settings written before them stay valid as they are;
  // `reminderSettingsOf` supplies the defaults.
  reminders: reminderSettingsSchema.optional(),
  reminderLog: z.array(reminderLogEntrySchema).max(5000).optional(),
  campaigns: z.array(campaignSchema).max(500).optional(),
  /** Today's suggestions put off by the user: contact id to the first day it may be suggested again. Kept by Today. */
  todaySnoozes: z.record(idSchema, isoDateSchema).optional(),
  /**
   * The global shortcut that opens the quick-log window (Electron accelerator); the default unless set. One that an
   * earlier version let in without a modifier is forgotten here rather than making the whole data file unreadable;
   * what comes in as input or from a restore is checked strictly (`settingsInputSchema`).
   */
  quickLogShortcut: quickLogShortcutSchema.optional().catch(undefined),
  /** The kind of the last encounter logged in the encounter dialog, chosen for the next one. */
  lastInteractionType: z.enum(interactionTypes).optional().catch(undefined),
  /**
   * The user's own e-mail domains (`firma.de`): they decide whether a new or imported contact is intern or extern.
   * Settings written before this field have none; the default fills it in when they are read.
   */
  ownEmailDomains: z.array(ownDomainSchema).max(50).default([]),
  /** Days between encounters for contacts with no cadence of their own or of a tag; none unless the user picks one. */
  defaultCadenceDays: z.number().int().min(1).max(3650).optional(),
  /** How the coach's German openers and greetings address people with no form of their own; "Sie" unless set. */
  addressForm: z.enum(addressForms).optional(),
  /** The first-start welcome was closed; it stays reachable from Settings. */
  welcomeDismissed: z.boolean().optional(),
  /** Which records the sample data added, so that exactly those can be taken out again (see sample-data.ts). */
  sampleData: sampleDataStampSchema.optional(),
  /** What the user herself can offer others ("Was ich anbieten kann"), the other side of "Wer kann helfen?". */
  canOffer: textList.optional(),
  /**
   * Departments of the user's own organisation she wants to know someone in; with those seen in the journal they make
   * the list that "Mein Netzwerk" checks for departments where she knows nobody.
   */
  ownDepartments: textList.optional(),
  /**
   * The user's own e-mail addresses, and those of the people whose calendars she keeps: in a calendar they are her,
   * never an attendee to log or a contact to create.
   */
  ownEmailAddresses: z.array(z.string().trim().max(320)).max(20).optional(),
  /** Calendar files or folders Plausch reads and rereads when they change; only the place is kept, never the calendar. */
  calendarSources: z.array(calendarSourceSchema).max(10).optional(),
  /** Calendar suggestions the user dismissed, by occurrence key; old ones are dropped as they pass. */
  calendarDismissed: z.array(calendarKeySchema).max(5000).optional(),
  /** With encryption on, the windows lock after this many minutes without use; never unless set. */
  lockAfterMinutes: z.number().int().min(1).max(240).optional(),
  /** Archived people untouched for this many years are proposed for deletion; never unless set. */
  retentionYears: z.number().int().min(1).max(30).optional(),
});

/** The settings as a user may set them, and as a restored backup must hold them: an unusable shortcut is refused. */
export const settingsInputSchema = settingsSchema.extend({ quickLogShortcut: quickLogShortcutSchema.optional() });

/**
 * What `settings:update` accepts: some of the user's choices. Unlike `settingsSchema.partial()`, which fills every
 * field left out with its default and so would reset it, only the fields given are set. The reminder log and the
 * campaigns belong to their services and are not set this way.
 */
export const settingsPatchSchema = z
  .object({
    language: settingsSchema.shape.language.removeDefault().optional(),
    theme: settingsSchema.shape.theme.removeDefault().optional(),
    tagCadences: settingsSchema.shape.tagCadences.removeDefault().optional(),
    overdueFactor: settingsSchema.shape.overdueFactor.removeDefault().optional(),
    reminders: reminderSettingsSchema.optional(),
    quickLogShortcut: quickLogShortcutSchema.optional(),
    lastInteractionType: z.enum(interactionTypes).optional(),
    ownEmailDomains: settingsSchema.shape.ownEmailDomains.removeDefault().optional(),
    /** `null` takes the default rhythm away again. */
    defaultCadenceDays: settingsSchema.shape.defaultCadenceDays.unwrap().nullable().optional(),
    welcomeDismissed: z.boolean().optional(),
    addressForm: z.enum(addressForms).optional(),
    canOffer: textList.optional(),
    ownDepartments: textList.optional(),
    ownEmailAddresses: z.array(emailSchema).max(20).optional(),
    /** `null` turns the app lock's idle time off again. */
    lockAfterMinutes: settingsSchema.shape.lockAfterMinutes.unwrap().nullable().optional(),
    /** `null` stops proposing archived people for deletion. */
    retentionYears: settingsSchema.shape.retentionYears.unwrap().nullable().optional(),
  })
  .strict();

export function reminderSettingsOf(settings: Settings): ReminderSettings {
  return settings.reminders ?? reminderSettingsSchema.parse({});
}

export type ContactInput = z.input<typeof contactInputSchema>;
export type Contact = z.output<typeof contactSchema>;
export type FamilyMember = z.output<typeof familyMemberSchema>;
export type Anniversary = z.output<typeof anniversarySchema>;
export type InteractionInput = z.input<typeof interactionInputSchema>;
export type Interaction = z.output<typeof interactionSchema>;
export type InteractionType = (typeof interactionTypes)[number];
export type TimeOfDay = (typeof timesOfDay)[number];
export type Settings = z.output<typeof settingsSchema>;
export type Language = (typeof languages)[number];
export type AddressForm = (typeof addressForms)[number];
export type FamilyRelation = (typeof familyRelations)[number];
export type AnniversaryKind = (typeof anniversaryKinds)[number];
export type ReminderSettings = z.output<typeof reminderSettingsSchema>;
export type ReminderKind = (typeof reminderKinds)[number];
export type ReminderLogEntry = z.output<typeof reminderLogEntrySchema>;
export type Campaign = z.output<typeof campaignSchema>;
export type CampaignKind = (typeof campaignKinds)[number];
export type CampaignRecipient = z.output<typeof campaignRecipientSchema>;
export type GiftStatus = (typeof giftStatuses)[number];
export type Theme = (typeof themes)[number];
export type SampleDataStamp = z.output<typeof sampleDataStampSchema>;
export type ContactRelation = (typeof contactRelations)[number];

export function displayName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ');
}

// Coach: what the coach remembers between sessions. Kept as records of their own collection (`coach`) in the data
// file, told apart by `kind`, so the coach can grow new kinds without another collection or a migration.

export const challengePeriods = ['day', 'week'] as const;
export const coachLevelSchema = z.number().int().min(1).max(5);
export const discomfortSchema = z.number().int().min(0).max(10);

/** The user's place on the ladder of challenges and how often a new challenge comes round. */
export const coachProfileSchema = z.object({
  kind: z.literal('profile'),
  id: z.literal('profile'),
  period: z.enum(challengePeriods).default('day'),
  level: coachLevelSchema.default(1),
  /** The day the current level was reached; only challenges done since count towards the next level. */
  levelSince: isoDateSchema.optional(),
});

export const attemptStatuses = ['started', 'done'] as const;

/** One go at a comfort-zone challenge: how uncomfortable it looked before and felt after. */
export const challengeAttemptSchema = z.object({
  kind: z.literal('attempt'),
  id: idSchema,
  challengeId: keySchema(100),
  level: coachLevelSchema,
  contactId: idSchema.optional(),
  startedOn: isoDateSchema,
  expectedDiscomfort: discomfortSchema,
  /** What the user expected to happen, written before starting; shown beside what did happen. */
  expectation: longText.default(''),
  status: z.enum(attemptStatuses),
  completedOn: isoDateSchema.optional(),
  actualDiscomfort: discomfortSchema.optional(),
  whatHappened: longText.default(''),
  reflection: longText.default(''),
  /** The encounter logged for it when a person was involved. */
  interactionId: idSchema.optional(),
  createdAt: z.iso.datetime(),
});

/** In the order a newcomer meets them. */
export const integrationSteps = ['welcome', 'showAround', 'introduceKeyPeople', 'coffee', 'lunch', 'checkIn'] as const;

export const integrationStepSchema = z.object({
  step: z.enum(integrationSteps),
  dueOn: isoDateSchema,
  doneOn: isoDateSchema.optional(),
  interactionId: idSchema.optional(),
});

/** The plan for helping a new colleague settle in; one per contact, so its id is `plan:` and the contact's id. */
export const integrationPlanSchema = z.object({
  kind: z.literal('integrationPlan'),
  id: keySchema(100),
  contactId: idSchema,
  startDate: isoDateSchema,
  steps: z.array(integrationStepSchema).max(20),
  createdAt: z.iso.datetime(),
});

/** A monthly get-together on the nth weekday (ISO: 1 Monday … 7 Sunday) of the month; week -1 is the last one. */
export const meetingRuleSchema = z.object({
  weekday: z.number().int().min(1).max(7),
  week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
});

export const networkMeetingSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  organiserId: idSchema.optional(),
  attendeeIds: z.array(idSchema).max(500),
  note: longText.default(''),
  /** The encounter logged for everyone present. */
  interactionId: idSchema.optional(),
});

export const agendaIdeaSchema = z.object({
  id: idSchema,
  text: shortText.min(1),
  done: z.boolean().default(false),
});

/** The assistants' network: who belongs, when they meet, who organises next, what they want to talk about. */
export const networkGroupSchema = z.object({
  kind: z.literal('networkGroup'),
  id: idSchema,
  name: shortText.min(1),
  memberIds: z.array(idSchema).max(500),
  rule: meetingRuleSchema,
  meetingType: z.enum(['lunch', 'event']).default('lunch'),
  place: shortText.default(''),
  meetings: z.array(networkMeetingSchema).max(1000).default([]),
  agendaIdeas: z.array(agendaIdeaSchema).max(500).default([]),
  /** Ids of the set-up checklist's items the user has ticked. */
  checklistDone: z.array(keySchema(100)).max(100).default([]),
  createdAt: z.iso.datetime(),
});

// Events: an occasion the user prepares for, attends and follows up. Kept in the coach collection as kinds of their
// own, like the coach's other plans, so they need no collection or migration of their own.

export const eventKinds = checklistKinds;
export const eventPhases = checklistPhases;

export const eventChecklistItemSchema = z.object({
  /** The template item's id for generated items, a fresh id for items the user added. */
  id: idSchema,
  text: shortText.min(1),
  done: z.boolean().default(false),
  /**
   * The content template's item this one still is, unedited: shown in the language of the moment, with `text` only
   * what it said when made. Gone once the user rewords it; from then on `text` is the user's own.
   */
  templateItemId: idSchema.optional(),
});

const checklistItems = z.array(eventChecklistItemSchema).max(100);
export const eventChecklistSchema = z.object({ before: checklistItems, during: checklistItems, after: checklistItems });

/** Looking back after the event; recorded as a done comfort-zone challenge (`attemptId`). */
export const eventReflectionSchema = z.object({
  whatWentWell: longText.default(''),
  discomfort: discomfortSchema,
  recordedOn: isoDateSchema,
  attemptId: idSchema.optional(),
});

export const eventFieldsSchema = z.object({
  title: shortText.min(1),
  eventKind: z.enum(eventKinds),
  date: isoDateSchema,
  /** The last day of an event over several days. */
  endDate: isoDateSchema.optional(),
  startTime: clockTimeSchema.optional(),
  endTime: clockTimeSchema.optional(),
  place: shortText.default(''),
  goals: textList.default([]),
  /** People from the journal who will be there. */
  expectedIds: z.array(idSchema).max(500).default([]),
  /** People from the journal the user wants to talk to. */
  toMeetIds: z.array(idSchema).max(500).default([]),
  /** The calendar occurrence the event was created from ("Aus dem Kalender"), so it is not offered again. */
  calendarKey: calendarKeySchema.optional(),
});

export const eventRecordSchema = eventFieldsSchema.extend({
  kind: z.literal('event'),
  id: idSchema,
  checklist: eventChecklistSchema,
  /** Where the checklist came from: a content template's id, or `own` for the user's template of this kind. */
  templateId: keySchema(100),
  reflection: eventReflectionSchema.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The user's own checklist for a kind of event, offered instead of the standard one; id `event-template:<kind>`. */
export const eventTemplateSchema = z.object({
  kind: z.literal('eventTemplate'),
  id: keySchema(100),
  eventKind: z.enum(eventKinds),
  phases: z.object({
    before: z.array(shortText.min(1)).max(100),
    during: z.array(shortText.min(1)).max(100),
    after: z.array(shortText.min(1)).max(100),
  }),
  savedAt: z.iso.datetime(),
});

export const coachRecordSchema = z.discriminatedUnion('kind', [
  coachProfileSchema,
  challengeAttemptSchema,
  integrationPlanSchema,
  networkGroupSchema,
  eventRecordSchema,
  eventTemplateSchema,
]);

export type EventKind = (typeof eventKinds)[number];
export type EventPhase = (typeof eventPhases)[number];
export type EventChecklistItem = z.output<typeof eventChecklistItemSchema>;
export type EventChecklist = z.output<typeof eventChecklistSchema>;
export type EventReflection = z.output<typeof eventReflectionSchema>;
export type EventFields = z.output<typeof eventFieldsSchema>;
export type EventRecord = z.output<typeof eventRecordSchema>;
export type EventTemplate = z.output<typeof eventTemplateSchema>;

export type ChallengePeriod = (typeof challengePeriods)[number];
export type CoachProfile = z.output<typeof coachProfileSchema>;
export type ChallengeAttempt = z.output<typeof challengeAttemptSchema>;
export type IntegrationStepKind = (typeof integrationSteps)[number];
export type IntegrationStep = z.output<typeof integrationStepSchema>;
export type IntegrationPlan = z.output<typeof integrationPlanSchema>;
export type MeetingRule = z.output<typeof meetingRuleSchema>;
export type NetworkMeeting = z.output<typeof networkMeetingSchema>;
export type AgendaIdea = z.output<typeof agendaIdeaSchema>;
export type NetworkGroup = z.output<typeof networkGroupSchema>;
export type CoachRecord = z.output<typeof coachRecordSchema>;
export type CalendarSource = z.output<typeof calendarSourceSchema>;
