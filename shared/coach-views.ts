// Shapes the coach computes and sends to the renderer (never stored). Kept apart from views.ts because the coach
// is a domain of its own with its own screens.
import type { Challenge, PromptDepth, PromptSetting, PromptTag, TipAction } from './content/schema';
import type { GreetingChannel, GreetingOccasion } from './content/greetings';
import type {
  AddressForm,
  ChallengeAttempt,
  ChallengePeriod,
  Contact,
  Interaction,
  IntegrationStep,
  IntegrationStepKind,
  NetworkGroup,
} from './model';
import type { Occasion } from './occasions';

/** Where an opener comes from: something the journal knows about the person, or the general content. */
export type PromptSource = 'birthday' | 'schoolStart' | 'workAnniversary' | 'holiday' | 'recentTopic' | 'sharedInterest' | 'content';

export interface CoachPrompt {
  /** The content prompt's id, or `source:recordId` for a personal one. */
  id: string;
  text: string;
  depth: PromptDepth;
  source: PromptSource;
  tags?: PromptTag[];
  /** The fact from the person's record that the opener names (an interest, a child, a topic), when it names one. */
  about?: string;
}

/** A line to end a conversation, or to share something about oneself. */
export interface CoachLine {
  id: string;
  text: string;
}

export interface PromptList {
  setting: PromptSetting;
  /** The deepest level shown; 3 only once the chosen person has shown interest. */
  maxDepth: PromptDepth;
  /** The chosen person has shown interest (several encounters or personal details noted). */
  interestShown: boolean;
  /** Personal prompts first, then the content's. */
  items: CoachPrompt[];
  /** The German form of address used: the person's, or the default from Settings. */
  form: AddressForm;
  closings: CoachLine[];
  disclosures: CoachLine[];
}

/** "Before you talk to …": what to have in mind before meeting someone. */
export interface Briefing {
  contact: Contact;
  name: string;
  /** The three newest encounters, newest first. */
  lastEncounters: Interaction[];
  /** Favours received from this person and not yet returned, oldest first. */
  openFavours: Interaction[];
  /** Birthdays, family occasions and anniversaries in the next 30 days. */
  upcoming: Occasion[];
  /** Three openers, personal ones first. */
  openers: CoachPrompt[];
  /** Names of the other contacts in `lastEncounters`, by id. */
  names: Record<string, string>;
}

export interface Streak {
  unit: ChallengePeriod;
  /** Consecutive days or weeks with a done challenge, up to today or this week (which may still be open). */
  current: number;
  longest: number;
}

export interface SuggestedPerson {
  contactId: string;
  name: string;
  reason: 'newColleague' | 'notMetForAWhile';
  /** The last encounter, when there was one. */
  lastContactOn?: string;
}

export interface ChallengeOfPeriod {
  period: ChallengePeriod;
  /** First and last day the challenge stands (the same day for a daily challenge; Monday to Sunday for a weekly). */
  periodStart: string;
  periodEnd: string;
  level: number;
  challenge: Challenge;
  /** The last day to do it: `within` counted from the attempt's start, or from today while not started. */
  dueOn: string;
  /** For challenges meant for a person: someone from the journal to try it with. */
  suggestedPerson?: SuggestedPerson;
  /** The user's newest attempt at this challenge within the period, started or done. */
  attempt?: ChallengeAttempt;
  streak: Streak;
}

export interface LevelProgress {
  level: number;
  /** Challenges done at this level since it was reached. */
  done: number;
  /** How many must be done (with falling discomfort) before the next level; 0 at the top. */
  needed: number;
}

export interface ChallengeCompletion {
  attempt: ChallengeAttempt;
  /** Set when this completion moved the user up a level. */
  levelUp?: { from: number; to: number };
  /** The encounter logged when a person was involved. */
  interaction?: Interaction;
}

export interface ProgressWeek {
  /** Monday of the ISO week. */
  weekStart: string;
  done: number;
  /** Average discomfort felt (0-10) of the week's done challenges; null in a week without any. */
  averageDiscomfort: number | null;
  averageExpected: number | null;
}

export interface ChallengeProgress {
  period: ChallengePeriod;
  level: LevelProgress;
  streak: Streak;
  /** The last weeks, oldest first, including empty ones: the chart's data. */
  weeks: ProgressWeek[];
  /** Attempts, newest first, with the challenge's title in the requested language. */
  attempts: (ChallengeAttempt & { title: string; name?: string; dueOn?: string })[];
}

export interface TipCard {
  id: string;
  articleTip: string;
  title: string;
  text: string;
  /** Each action with the challenge's title when it starts one. */
  actions: (TipAction & { title?: string })[];
}

export type IntegrationStepStatus = 'done' | 'due' | 'upcoming';

export interface IntegrationPlanView {
  contactId: string;
  name: string;
  startDate: string;
  steps: (IntegrationStep & { status: IntegrationStepStatus })[];
  /** Every step is done. */
  complete: boolean;
}

/** An integration step due today or overdue, for the Today view. */
export interface DueIntegrationStep {
  contactId: string;
  name: string;
  step: IntegrationStepKind;
  dueOn: string;
  daysOverdue: number;
}

export interface NetworkGroupView {
  group: NetworkGroup;
  /** Members with their names, in rotation order. */
  members: { contactId: string; name: string }[];
  /** The next get-together by the group's rule, after the last one recorded, and whose turn it is to organise. */
  nextMeeting: { date: string; organiserId?: string; organiserName?: string };
  /** The set-up checklist for a Teams team or closed group, in the requested language. */
  checklist: { id: string; text: string; done: boolean }[];
}

/** One written greeting, filled from the journal and ready to copy. */
export interface FilledGreeting {
  /** The template's id. */
  id: string;
  occasion: GreetingOccasion;
  channel: GreetingChannel;
  /** E-mails only. */
  subject?: string;
  text: string;
}

export interface GreetingOccasionChoice {
  occasion: GreetingOccasion;
  /** The occasion is now: a birthday or work anniversary this week, a school start near, a favour just received. */
  fitsNow: boolean;
  /** In content order: the ones naming a detail from the journal come before their plain variants. */
  greetings: FilledGreeting[];
}

/** "Gruß schreiben": the greetings for one person, the occasion asked for first, then those that fit now. */
export interface GreetingsView {
  contactId: string;
  name: string;
  /** The German form the greetings use (the contact's, else the default from Settings). */
  addressForm: AddressForm;
  occasions: GreetingOccasionChoice[];
}
