// Written greetings: short e-mails and Teams messages for the occasions worth a word (a birthday, a thank-you, a
// farewell). The texts hold slots in braces that the coach fills from the journal; a template whose slot the journal
// cannot fill is not offered. Kept apart from the prompt content because greetings are written, not said, and have
// a subject line.
import { z } from 'zod';
import { contentIdSchema } from './schema';

export const greetingOccasions = [
  'birthday',
  'roundBirthday',
  'workAnniversary',
  'schoolStart',
  'thanks',
  'getWell',
  'condolence',
  'farewell',
] as const;

export const greetingChannels = ['email', 'teams'] as const;

/**
 * What a slot stands for: `firstName` (the first name, or the name when only a last name is noted), `name` (the full
 * name: a German "Sie" salutation uses it because the journal holds no gender for "Frau" or "Herr"), `age` (a round
 * birthday's age), `years` (years since the work anniversary's start), `child` (the child starting school), `favour`
 * (what the favour was, from the journal's note or topic).
 */
export const greetingSlots = ['firstName', 'name', 'age', 'years', 'child', 'favour'] as const;

const greetingText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^\S(?:[\s\S]*\S)?$/, 'no leading or trailing whitespace');

/**
 * One greeting. German texts come in both forms: `text` and `subject` say "Sie", `du` and `subjectDu` say "du"
 * (`subjectDu` only when the subject addresses the person). English has no `du`. E-mails have a subject, Teams
 * messages none.
 */
export const greetingSchema = z
  .strictObject({
    id: contentIdSchema,
    occasion: z.enum(greetingOccasions),
    channel: z.enum(greetingChannels),
    subject: greetingText(120).optional(),
    subjectDu: greetingText(120).optional(),
    text: greetingText(1200),
    du: greetingText(1200).optional(),
  })
  .refine((greeting) => (greeting.channel === 'email') === (greeting.subject !== undefined), {
    message: 'an e-mail has a subject, a Teams message none',
    path: ['subject'],
  });

export const greetingsFileSchema = z.array(greetingSchema);

export type GreetingOccasion = (typeof greetingOccasions)[number];
export type GreetingChannel = (typeof greetingChannels)[number];
export type GreetingSlot = (typeof greetingSlots)[number];
export type GreetingTemplate = z.infer<typeof greetingSchema>;

const slotPattern = /\{(\w+)\}/g;

/** The slot names a text uses, known or not (the content lint reports unknown ones). */
export function slotsIn(text: string): string[] {
  return [...text.matchAll(slotPattern)].map((match) => match[1] ?? '');
}

/**
 * The text with its slots filled, or undefined when one of them has no value: a greeting with a gap or a stray
 * brace must never reach the clipboard.
 */
export function fillSlots(text: string, values: Partial<Record<GreetingSlot, string>>): string | undefined {
  let missing = false;
  const filled = text.replace(slotPattern, (_, slot: string) => {
    const value = values[slot as GreetingSlot];
    if (value === undefined || value === '') missing = true;
    return value ?? '';
  });
  return missing ? undefined : filled;
}
