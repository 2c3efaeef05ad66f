// "Wer kann helfen?": the user describes a need in her words and gets the people who can likely help, each with the
// reasons in words, and can log the request as a favour asked for. Spread into the contract (contract.ts).
import { z } from 'zod';
import { channel } from './channel';
import { addressForms, idSchema, isoDateSchema, languages, type ContactRelation, type Interaction } from './model';
import type { OpenFavour, UndoReceipt } from './views';

/** Keep-in-touch warmth as the help list and the network map colour it: `none` is a person without a rhythm. */
export type Warmth = 'ok' | 'due' | 'overdue' | 'none';

/**
 * Why a person was put on the list, as data: the renderer and the command line word it in the user's language
 * (shared/help-reasons.ts), so both say the same thing.
 */
export type HelpReason =
  /** An entry of the person's "kann helfen bei" list matched the need. */
  | { kind: 'canHelp'; entry: string }
  /** The person's role or department matched the need. */
  | { kind: 'roleOrDepartment'; field: 'role' | 'department'; value: string }
  /** They helped the user before with something like it: the favour's date and what it was about. */
  | { kind: 'helpedBefore'; date: string; what: string }
  /**
   * The need names someone (`person`, as the journal names them) and this person works with them: in the same
   * department of the same company, as an assistant for their part of it, or as the one who introduced them to the user.
   */
  | { kind: 'worksWith'; person: string; link: 'colleague' | 'assistant' | 'introducer' }
  /** A word of the need is in the notes about the person or an encounter with them. */
  | { kind: 'note'; snippet: string }
  /** The user has done them favours: `count` of them, none returned yet by a favour the other way. */
  | { kind: 'youHelped'; count: number }
  /** The user owes them `count` favours already; at two or more the list warns. */
  | { kind: 'youOwe'; count: number }
  /** When they last spoke and how the rhythm stands. */
  | { kind: 'lastContact'; date: string; warmth: Warmth }
  /** A request to them is already open (logged and not settled). */
  | { kind: 'alreadyAsked'; date: string };

export interface HelpCandidate {
  contactId: string;
  name: string;
  role: string;
  organisation: string;
  department: string;
  relation: ContactRelation;
  warmth: Warmth;
  /** The reasons, strongest first; the first says why the person fits. */
  reasons: HelpReason[];
  /** The ranking's figure, higher is better; for ordering and tests, never shown. */
  score: number;
}

export interface HelpAnswer {
  need: string;
  people: HelpCandidate[];
}

/** Suggestions for "kann helfen bei" and "Was ich anbieten kann": common entries and those already in the journal. */
export interface HelpSuggestions {
  entries: string[];
}

const needText = z.string().trim().min(1).max(300);

export const helpChannels = {
  'help:ask': channel<HelpAnswer>()(
    z.object({ text: needText, limit: z.number().int().min(1).max(50).default(10) }).strict(),
  ),
  'help:suggestions': channel<HelpSuggestions>()(z.object({ language: z.enum(languages) }).strict()),
  /** Logs the request to this person as a favour received that has not happened yet (`pending`). */
  'help:logRequest': channel<Interaction>()(
    z.object({ contactId: idSchema, need: needText, date: isoDateSchema.optional() }).strict(),
  ),
  /** The favours asked for and not settled yet, newest first, each with the person asked. */
  'help:requests': channel<OpenFavour[]>()(z.object({}).strict().optional()),
  /**
   * Settles a request: `helped` turns it into an ordinary favour received on `date` (today unless given), `withdrawn`
   * removes it (with undo).
   */
  'help:settle': channel<Interaction | UndoReceipt>()(
    z
      .object({ id: idSchema, outcome: z.enum(['helped', 'withdrawn']), date: isoDateSchema.optional() })
      .strict(),
  ),
  /** An opener from the coach that suits asking this person, in the person's form of address. */
  'help:opener': channel<{ text: string }>()(
    z.object({ contactId: idSchema, language: z.enum(languages), form: z.enum(addressForms).optional() }).strict(),
  ),
} as const;
