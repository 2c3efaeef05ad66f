// The coach's IPC channels, spread into the contract (contract.ts). Every channel that shows text takes the language
// the renderer shows, because the settings may say `system` and only the renderer knows what that resolved to.
import { z } from 'zod';
import { channel } from './channel';
import { promptDepths, promptSettings } from './content/schema';
import { greetingOccasions } from './content/greetings';
import type {
  Briefing,
  ChallengeCompletion,
  ChallengeOfPeriod,
  ChallengeProgress,
  DueIntegrationStep,
  GreetingsView,
  IntegrationPlanView,
  NetworkGroupView,
  PromptList,
  TipCard,
} from './coach-views';
import {
  challengePeriods,
  discomfortSchema,
  idSchema,
  keySchema,
  integrationSteps,
  interactionTypes,
  isoDateSchema,
  languages,
  meetingRuleSchema,
  type ChallengeAttempt,
  type CoachProfile,
} from './model';

const language = z.enum(languages);
const withLanguage = z.object({ language }).strict();
const noInput = z.object({}).strict().optional();
const note = z.string().max(20_000);
const groupId = idSchema;

export const coachChannels = {
  'coach:prompts': channel<PromptList>()(
    z
      .object({
        setting: z.enum(promptSettings),
        depth: z.literal(promptDepths).optional(),
        contactId: idSchema.optional(),
        language,
      })
      .strict(),
  ),
  'coach:briefing': channel<Briefing>()(
    z.object({ contactId: idSchema, language, setting: z.enum(promptSettings).optional() }).strict(),
  ),
  'coach:tips': channel<TipCard[]>()(withLanguage),
  'coach:challenge': channel<ChallengeOfPeriod>()(withLanguage),
  'coach:startChallenge': channel<ChallengeAttempt>()(
    z
      .object({
        challengeId: keySchema(100),
        expectedDiscomfort: discomfortSchema,
        expectation: note.default(''),
        contactId: idSchema.optional(),
      })
      .strict(),
  ),
  'coach:completeChallenge': channel<ChallengeCompletion>()(
    z
      .object({
        attemptId: idSchema,
        actualDiscomfort: discomfortSchema,
        whatHappened: note.default(''),
        reflection: note.default(''),
        contactId: idSchema.optional(),
        interactionType: z.enum(interactionTypes).optional(),
      })
      .strict(),
  ),
  'coach:progress': channel<ChallengeProgress>()(
    z.object({ language, weeks: z.number().int().min(1).max(104).optional() }).strict(),
  ),
  'coach:setPeriod': channel<CoachProfile>()(z.object({ period: z.enum(challengePeriods) }).strict()),
  /** Written greetings for a person; `occasion` puts that one first, `favourId` names the favour to thank for. */
  'coach:greetings': channel<GreetingsView>()(
    z.object({ contactId: idSchema, language, occasion: z.enum(greetingOccasions).optional(), favourId: idSchema.optional() }).strict(),
  ),

  'colleagues:list': channel<IntegrationPlanView[]>()(noInput),
  'colleagues:due': channel<DueIntegrationStep[]>()(noInput),
  'colleagues:mark': channel<IntegrationPlanView>()(z.object({ contactId: idSchema, startDate: isoDateSchema }).strict()),
  'colleagues:completeStep': channel<IntegrationPlanView>()(
    z
      .object({
        contactId: idSchema,
        step: z.enum(integrationSteps),
        note: note.optional(),
        withContactIds: z.array(idSchema).max(20).optional(),
      })
      .strict(),
  ),
  'colleagues:remove': channel<null>()(z.object({ contactId: idSchema }).strict()),

  'network:list': channel<NetworkGroupView[]>()(withLanguage),
  'network:save': channel<NetworkGroupView>()(
    z
      .object({
        id: groupId.optional(),
        name: z.string().trim().min(1).max(200),
        memberIds: z.array(idSchema).max(500),
        rule: meetingRuleSchema.optional(),
        meetingType: z.enum(['lunch', 'event']).optional(),
        place: z.string().trim().max(200).optional(),
        language,
      })
      .strict(),
  ),
  'network:delete': channel<null>()(z.object({ groupId }).strict()),
  'network:recordMeeting': channel<NetworkGroupView>()(
    z
      .object({
        groupId,
        date: isoDateSchema,
        attendeeIds: z.array(idSchema).max(500),
        organiserId: idSchema.optional(),
        note: note.optional(),
        language,
      })
      .strict(),
  ),
  'network:addIdea': channel<NetworkGroupView>()(
    z.object({ groupId, text: z.string().trim().min(1).max(200), language }).strict(),
  ),
  'network:setIdeaDone': channel<NetworkGroupView>()(
    z.object({ groupId, ideaId: idSchema, done: z.boolean(), language }).strict(),
  ),
  'network:removeIdea': channel<NetworkGroupView>()(z.object({ groupId, ideaId: idSchema, language }).strict()),
  'network:setChecklistItem': channel<NetworkGroupView>()(
    z.object({ groupId, itemId: keySchema(100), done: z.boolean(), language }).strict(),
  ),
} as const;
