// The coach's content files as zod schemas. The JSON under de/ and en/ is checked against these by the content
// lint test, not at runtime: the files ship with the app, so a bad file is a build failure, not a user's problem.
import { z } from 'zod';

/** Where a small-talk opener fits. The coach shows prompts by setting. */
export const promptSettings = [
  'lift',
  'queue',
  'coffeeKitchen',
  'canteen',
  'callStart',
  'largeEvent',
  'christmasParty',
  'newColleague',
  // The assistant's own situations (issue 15).
  'assistantCall',
  'reception',
  'hybridMeeting',
  'teamsChat',
  'farewell',
  'newBoss',
  'tradeFair',
  'stammtisch',
] as const;

/** Brief encounters with people one hardly knows: nothing personal, so no depth-3 prompts. */
export const shallowSettings: readonly PromptSetting[] = ['lift', 'queue'];

/** 1 neutral, 2 lightly personal, 3 personal: only once the other person has shown interest. */
export const promptDepths = [1, 2, 3] as const;

/** Topics a prompt touches; they let the coach rank prompts against what the journal knows about a person. */
export const promptTags = [
  'weather',
  'season',
  'weekend',
  'holiday',
  'travel',
  'family',
  'children',
  'pets',
  'home',
  'health',
  'food',
  'hobby',
  'sport',
  'culture',
  'commute',
  'office',
  'work',
  'career',
  'event',
] as const;

/**
 * What a prompt needs to know about the person before it may be shown. Its text names the fact through a slot
 * (`{interest}`, `{child}`, `{partner}`, `{trip}`, `{topic}`) that is filled from the journal. With `words`, the
 * prompt is about one particular interest (a dog, chess) and is shown only when the person's interests mention one
 * of those words; its text then needs no slot.
 */
export const promptFacts = ['interest', 'child', 'partner', 'trip', 'topic'] as const;

/** The two kinds of line that help a conversation along besides openers. */
export const lineKinds = ['closing', 'disclosure'] as const;

export const challengeLevels = [1, 2, 3, 4, 5] as const;

/** How long a challenge takes to do: it counts only if done within this time after starting. */
export const challengeTimeFrames = ['day', 'week', 'twoWeeks', 'month'] as const;

/** The pieces of advice in the seed article, plus its two reasons why networking pays off. */
export const articleTips = [
  'twoWayStreet',
  'authenticity',
  'smallTalk',
  'buildSlowly',
  'newColleagues',
  'comfortZone',
  'personalDetails',
  'smallGifts',
  'assistantsNetwork',
  'timeWellSpent',
  'firstStep',
  'teamUp',
  'belongAndSeen',
] as const;

/** Plans the coach can set up from a tip: the integration plan for a newcomer, or the assistants' network. */
export const planKinds = ['newColleague', 'assistantsNetwork'] as const;

export const checklistKinds = [
  'conference',
  'internalEvent',
  'christmasParty',
  'stammtisch',
  'externalMeeting',
  'newColleagueWelcome',
  'organisedEvent',
  'farewell',
  'other',
] as const;

export const checklistPhases = ['before', 'during', 'after'] as const;

export const contentIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');

/** Visible text: not empty, no stray whitespace at either end. */
const contentText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^\S(?:[\s\S]*\S)?$/, 'no leading or trailing whitespace');

export const promptFactSchema = z.strictObject({
  kind: z.enum(promptFacts),
  /** Lower-case words, German and English, of which one must appear in the person's interests. */
  words: z.array(z.string().regex(/^[\p{Ll}\d ]+$/u, 'lower-case words')).min(1).optional(),
});

/**
 * A German text addressed to someone comes twice: `text` says "Sie", `du` says "du". Both are the same when the
 * text addresses nobody. English has one form and no `du`.
 */
export const promptSchema = z.strictObject({
  id: contentIdSchema,
  setting: z.enum(promptSettings),
  depth: z.literal(promptDepths),
  text: contentText(160),
  du: contentText(160).optional(),
  tags: z.array(z.enum(promptTags)).min(1).optional(),
  fact: promptFactSchema.optional(),
});

/** A line to end a conversation politely, or one to share something about oneself, for a setting. */
export const lineSchema = z.strictObject({
  id: contentIdSchema,
  setting: z.enum(promptSettings),
  kind: z.enum(lineKinds),
  text: contentText(160),
  du: contentText(160).optional(),
});

export const challengeSchema = z.strictObject({
  id: contentIdSchema,
  level: z.literal(challengeLevels),
  title: contentText(60),
  text: contentText(300),
  setting: z.enum(promptSettings).optional(),
  /** The challenge can be aimed at a person from the journal. */
  withPerson: z.boolean().optional(),
  /** How long there is to do it, and how many times (people, conversations) make it done; the text says both. */
  within: z.enum(challengeTimeFrames),
  count: z.number().int().min(1).max(10),
});

export const tipActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('startChallenge'), target: contentIdSchema }),
  z.strictObject({ kind: z.literal('openPrompts'), target: z.enum(promptSettings) }),
  z.strictObject({ kind: z.literal('createPlan'), target: z.enum(planKinds) }),
]);

export const tipSchema = z.strictObject({
  id: contentIdSchema,
  articleTip: z.enum(articleTips),
  title: contentText(80),
  text: contentText(400),
  actions: z.array(tipActionSchema).min(1),
});

export const checklistItemSchema = z.strictObject({
  id: contentIdSchema,
  text: contentText(200),
});

export const checklistTemplateSchema = z.strictObject({
  id: contentIdSchema,
  kind: z.enum(checklistKinds),
  title: contentText(80),
  /** Which prompts event mode offers as openers for this kind of event. */
  promptSettings: z.array(z.enum(promptSettings)).min(1),
  phases: z.strictObject({
    before: z.array(checklistItemSchema).min(1),
    during: z.array(checklistItemSchema).min(1),
    after: z.array(checklistItemSchema).min(1),
  }),
});

export const contentFileSchemas = {
  prompts: z.array(promptSchema),
  lines: z.array(lineSchema),
  challenges: z.array(challengeSchema),
  tips: z.array(tipSchema),
  checklists: z.array(checklistTemplateSchema),
} as const;

export const contentFiles = ['prompts', 'lines', 'challenges', 'tips', 'checklists'] as const;

export type PromptSetting = (typeof promptSettings)[number];
export type PromptDepth = (typeof promptDepths)[number];
export type PromptTag = (typeof promptTags)[number];
export type PromptFactKind = (typeof promptFacts)[number];
export type LineKind = (typeof lineKinds)[number];
export type ChallengeTimeFrame = (typeof challengeTimeFrames)[number];
export type ChallengeLevel = (typeof challengeLevels)[number];
export type ArticleTip = (typeof articleTips)[number];
export type PlanKind = (typeof planKinds)[number];
export type ChecklistKind = (typeof checklistKinds)[number];
export type ChecklistPhase = (typeof checklistPhases)[number];
export type ContentFile = (typeof contentFiles)[number];

export type Prompt = z.infer<typeof promptSchema>;
export type PromptFact = z.infer<typeof promptFactSchema>;
export type Line = z.infer<typeof lineSchema>;
export type Challenge = z.infer<typeof challengeSchema>;
export type TipAction = z.infer<typeof tipActionSchema>;
export type Tip = z.infer<typeof tipSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;

/** Everything the coach knows in one language. */
export interface CoachContent {
  readonly prompts: readonly Prompt[];
  readonly lines: readonly Line[];
  readonly challenges: readonly Challenge[];
  readonly tips: readonly Tip[];
  readonly checklists: readonly ChecklistTemplate[];
}
