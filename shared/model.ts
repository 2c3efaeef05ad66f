// The journal's records as zod schemas. Both sides of the app and the store validate against these,
// so a record that reaches a service or the screen always has this shape.
import { z } from 'zod';

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

export const idSchema = z.string().min(1).max(64);
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

const contactFields = z.object({
  firstName: shortText.default(''),
  lastName: shortText.default(''),
  role: shortText.default(''),
  organisation: shortText.default(''),
  department: shortText.default(''),
  relation: z.enum(contactRelations).default('internal'),
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
});

const hasName = (c: { firstName: string; lastName: string }) => c.firstName.length > 0 || c.lastName.length > 0;
const nameRequired = { message: 'nameRequired', path: ['firstName'] };

/** What a user enters for a contact; ids and timestamps are the service's business. */
export const contactInputSchema = contactFields.refine(hasName, nameRequired);

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
});

export const interactionInputSchema = interactionFields;

export const interactionSchema = interactionFields.extend({
  id: idSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const languages = ['de', 'en'] as const;
export const themes = ['system', 'light', 'dark'] as const;

export const settingsSchema = z.object({
  /** `system` follows the operating system's language. */
  language: z.enum(['system', ...languages]).default('system'),
  theme: z.enum(themes).default('system'),
  /** Keep-in-touch cadence in days per tag, used where a contact has no cadence of its own. */
  tagCadences: z.record(z.string().min(1).max(200), z.number().int().min(1).max(3650)).default({}),
  /** A contact turns red once this many times its cadence has passed without an encounter. */
  overdueFactor: z.number().min(1).max(10).default(1.5),
});

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
export type Theme = (typeof themes)[number];

export function displayName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ');
}
