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
] as const;

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

export const challengeLevels = [1, 2, 3, 4, 5] as const;

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

export const promptSchema = z.strictObject({
  id: contentIdSchema,
  setting: z.enum(promptSettings),
  depth: z.literal(promptDepths),
  text: contentText(160),
  tags: z.array(z.enum(promptTags)).min(1).optional(),
});

export const challengeSchema = z.strictObject({
  id: contentIdSchema,
  level: z.literal(challengeLevels),
  title: contentText(60),
  text: contentText(300),
  setting: z.enum(promptSettings).optional(),
  /** The challenge can be aimed at a person from the journal. */
  withPerson: z.boolean().optional(),
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
  challenges: z.array(challengeSchema),
  tips: z.array(tipSchema),
  checklists: z.array(checklistTemplateSchema),
} as const;

export const contentFiles = ['prompts', 'challenges', 'tips', 'checklists'] as const;

export type PromptSetting = (typeof promptSettings)[number];
export type PromptDepth = (typeof promptDepths)[number];
export type PromptTag = (typeof promptTags)[number];
export type ChallengeLevel = (typeof challengeLevels)[number];
export type ArticleTip = (typeof articleTips)[number];
export type PlanKind = (typeof planKinds)[number];
export type ChecklistKind = (typeof checklistKinds)[number];
export type ChecklistPhase = (typeof checklistPhases)[number];
export type ContentFile = (typeof contentFiles)[number];

export type Prompt = z.infer<typeof promptSchema>;
export type Challenge = z.infer<typeof challengeSchema>;
export type TipAction = z.infer<typeof tipActionSchema>;
export type Tip = z.infer<typeof tipSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;

/** Everything the coach knows in one language. */
export interface CoachContent {
  readonly prompts: readonly Prompt[];
  readonly challenges: readonly Challenge[];
  readonly tips: readonly Tip[];
  readonly checklists: readonly ChecklistTemplate[];
}
