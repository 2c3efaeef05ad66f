// Comfort-zone challenges: the one standing today (or this week), starting and completing an attempt with the
// discomfort expected and felt, logging the encounter when a person was involved, and moving up the ladder.
import { randomUUID } from 'node:crypto';
import type { Challenge, PromptSetting } from '../../../../shared/content';
import type { ChallengeCompletion, ChallengeOfPeriod, ChallengeProgress, SuggestedPerson } from '../../../../shared/coach-views';
import { addDays } from '../../../../shared/dates';
import { PlauschError } from '../../../../shared/errors';
import {
  challengeAttemptSchema,
  displayName,
  type ChallengeAttempt,
  type ChallengePeriod,
  type CoachProfile,
  type InteractionType,
  type Language,
} from '../../../../shared/model';
import type { Change, JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter, Plan } from '../journal-writer';
import { lastContactOn, newestInteractionDates } from '../keep-in-touch';
import { parseOrInvalid } from '../validation';
import {
  CHALLENGES_PER_LEVEL,
  TOP_LEVEL,
  challengeIdFor,
  doneAtLevel,
  dueOn,
  earnsLevelUp,
  findChallenge,
  periodBounds,
  progressWeeks,
  streakOf,
} from './challenge-engine';
import { attemptsOf, newInteraction, plansOf, profileOf, requireContactId } from './coach-records';

/** What kind of encounter a challenge in a setting makes, for the journal. */
const interactionTypeBySetting: Partial<Record<PromptSetting, InteractionType>> = {
  coffeeKitchen: 'coffee',
  canteen: 'lunch',
  callStart: 'call',
  largeEvent: 'event',
  christmasParty: 'event',
  assistantCall: 'call',
  hybridMeeting: 'meeting',
  reception: 'meeting',
  teamsChat: 'message',
  farewell: 'event',
  tradeFair: 'event',
  stammtisch: 'lunch',
};

/** Challenges whose point is a favour, a gift or a written word rather than a chat. */
const interactionTypeByChallenge: Readonly<Record<string, InteractionType>> = {
  'challenge-offer-help': 'favourGiven',
  'challenge-small-gift': 'gift',
  'challenge-milestone-gesture': 'gift',
  'challenge-thank-you-note': 'message',
  'challenge-birthday-wishes': 'message',
};

export function interactionTypeFor(challenge: Pick<Challenge, 'id' | 'setting'>): InteractionType {
  return interactionTypeByChallenge[challenge.id] ?? (challenge.setting ? interactionTypeBySetting[challenge.setting] : undefined) ?? 'smallTalk';
}

export const PROGRESS_WEEKS = 12;
/** A newcomer counts as new for this many days after the start date. */
const NEW_COLLEAGUE_DAYS = 90;

export interface StartInput {
  challengeId: string;
  expectedDiscomfort: number;
  /** What the user expects to happen, in her own words; shown beside what happened once it is done. */
  expectation?: string;
  contactId?: string;
}

export interface CompleteInput {
  attemptId: string;
  actualDiscomfort: number;
  whatHappened: string;
  reflection: string;
  contactId?: string;
  interactionType?: InteractionType;
}

function requireChallenge(id: string, language: Language = 'de'): Challenge {
  const challenge = findChallenge(id, language);
  if (!challenge) throw new PlauschError('invalidInput', { issues: [{ path: 'challengeId', message: 'unknownChallenge' }] });
  return challenge;
}

export function createChallenges({ store, clock, writer }: { store: JournalStore; clock: Clock; writer: JournalWriter }) {
  function suggestedPerson(challenge: Challenge, today: string): SuggestedPerson | undefined {
    if (!challenge.withPerson) return undefined;
    if (challenge.setting === 'newColleague') {
      const newest = plansOf(store)
        .filter((plan) => plan.startDate <= today && plan.startDate >= addDays(today, -NEW_COLLEAGUE_DAYS))
        .filter((plan) => store.contacts.get(plan.contactId)?.archived === false)
        .sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0))[0];
      const contact = newest && store.contacts.get(newest.contactId);
      return contact ? { contactId: contact.id, name: displayName(contact), reason: 'newColleague' } : undefined;
    }
    const newest = newestInteractionDates(store.interactions.values());
    const collator = new Intl.Collator('de');
    let best: { contactId: string; name: string; last: string; met: boolean } | undefined;
    for (const contact of store.contacts.values()) {
      if (contact.archived) continue;
      const candidate = { contactId: contact.id, name: displayName(contact), last: lastContactOn(contact, newest.get(contact.id)), met: newest.has(contact.id) };
      if (!best || candidate.last < best.last || (candidate.last === best.last && collator.compare(candidate.name, best.name) < 0)) best = candidate;
    }
    if (!best) return undefined;
    return { contactId: best.contactId, name: best.name, reason: 'notMetForAWhile', ...(best.met ? { lastContactOn: best.last } : {}) };
  }

  function startedAttempt({ challengeId, expectedDiscomfort, expectation = '', contactId }: StartInput): ChallengeAttempt {
    const challenge = requireChallenge(challengeId);
    if (contactId !== undefined) requireContactId(store, contactId, 'contactId');
    return parseOrInvalid(challengeAttemptSchema, {
      kind: 'attempt',
      id: randomUUID(),
      challengeId,
      level: challenge.level,
      ...(contactId !== undefined ? { contactId } : {}),
      startedOn: clock.today(),
      expectedDiscomfort,
      expectation: expectation.trim(),
      status: 'started',
      createdAt: clock.now().toISOString(),
    });
  }

  /** The changes that complete `stored`: the done attempt, an encounter when a person took part, a level-up. */
  function completion(stored: ChallengeAttempt, input: CompleteInput): Plan<ChallengeCompletion> {
    const contactId = input.contactId ?? stored.contactId;
    if (contactId !== undefined) requireContactId(store, contactId, 'contactId');
    const today = clock.today();
    const challenge = requireChallenge(stored.challengeId);
    const interaction =
      contactId === undefined
        ? undefined
        : newInteraction(clock, {
            contactIds: [contactId],
            type: input.interactionType ?? interactionTypeFor(challenge),
            date: today,
            note: input.whatHappened,
          });
    const attempt = parseOrInvalid(challengeAttemptSchema, {
      ...stored,
      ...(contactId !== undefined ? { contactId } : {}),
      status: 'done',
      completedOn: today,
      actualDiscomfort: input.actualDiscomfort,
      whatHappened: input.whatHappened,
      reflection: input.reflection,
      ...(interaction ? { interactionId: interaction.id } : {}),
    });
    const changes: Change[] = [{ op: 'put', collection: 'coach', value: attempt }];
    if (interaction) changes.push({ op: 'put', collection: 'interactions', value: interaction });

    const profile = profileOf(store);
    let levelUp: ChallengeCompletion['levelUp'];
    if (attempt.level === profile.level && profile.level < TOP_LEVEL) {
      const done = [...doneAtLevel(attemptsOf(store), profile.level, profile.levelSince).filter((a) => a.id !== attempt.id), attempt];
      if (earnsLevelUp(done)) {
        levelUp = { from: profile.level, to: profile.level + 1 };
        changes.push({ op: 'put', collection: 'coach', value: { ...profile, level: levelUp.to, levelSince: today } });
      }
    }
    return {
      changes,
      result: { attempt, ...(levelUp ? { levelUp } : {}), ...(interaction ? { interaction } : {}) },
    };
  }

  function levelProgress(profile: CoachProfile) {
    const done = doneAtLevel(attemptsOf(store), profile.level, profile.levelSince).length;
    return { level: profile.level, done, needed: profile.level >= TOP_LEVEL ? 0 : CHALLENGES_PER_LEVEL };
  }

  return {
    current(language: Language): ChallengeOfPeriod {
      const today = clock.today();
      const profile = profileOf(store);
      const { start, end } = periodBounds(profile.period, today);
      const challenge = requireChallenge(challengeIdFor(profile.level, profile.period, today), language);
      const attempt = attemptsOf(store)
        .filter((a) => a.challengeId === challenge.id && a.startedOn >= start && a.startedOn <= end)
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))[0];
      const person = suggestedPerson(challenge, today);
      return {
        period: profile.period,
        periodStart: start,
        periodEnd: end,
        level: profile.level,
        challenge,
        dueOn: dueOn(attempt?.startedOn ?? today, challenge.within),
        ...(person ? { suggestedPerson: person } : {}),
        ...(attempt ? { attempt } : {}),
        streak: streakOf(attemptsOf(store), profile.period, today),
      };
    },

    start(input: StartInput): Promise<ChallengeAttempt> {
      return writer.write(() => {
        const attempt = startedAttempt(input);
        return { changes: [{ op: 'put', collection: 'coach', value: attempt }], result: attempt };
      });
    },

    complete(input: CompleteInput): Promise<ChallengeCompletion> {
      return writer.write(() => {
        const stored = store.coach.get(input.attemptId);
        if (stored?.kind !== 'attempt') throw new PlauschError('notFound', { id: input.attemptId });
        if (stored.status === 'done') throw new PlauschError('invalidInput', { issues: [{ path: 'attemptId', message: 'alreadyDone' }] });
        return completion(stored, input);
      });
    },

    /**
     * Plans a challenge started and completed at once, for another service to commit together with its own changes
     * in one write (an event's reflection): called inside that service's `writer.write` plan.
     */
    planDoneAttempt(input: StartInput & Omit<CompleteInput, 'attemptId'>): Plan<ChallengeCompletion> {
      const attempt = startedAttempt(input);
      return completion(attempt, { ...input, attemptId: attempt.id });
    },

    setPeriod(period: ChallengePeriod): Promise<CoachProfile> {
      return writer.write(() => {
        const profile = { ...profileOf(store), period };
        return { changes: [{ op: 'put', collection: 'coach', value: profile }], result: profile };
      });
    },

    progress(language: Language, weeks = PROGRESS_WEEKS): ChallengeProgress {
      const today = clock.today();
      const profile = profileOf(store);
      const attempts = attemptsOf(store);
      return {
        period: profile.period,
        level: levelProgress(profile),
        streak: streakOf(attempts, profile.period, today),
        weeks: progressWeeks(attempts, today, weeks),
        attempts: [...attempts]
          .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
          .map((attempt) => {
            const contact = attempt.contactId ? store.contacts.get(attempt.contactId) : undefined;
            const challenge = findChallenge(attempt.challengeId, language);
            return {
              ...attempt,
              title: challenge?.title ?? attempt.challengeId,
              ...(contact ? { name: displayName(contact) } : {}),
              // Only a started attempt still has a day to be done by; a challenge removed from the content has none.
              ...(attempt.status === 'started' && challenge ? { dueOn: dueOn(attempt.startedOn, challenge.within) } : {}),
            };
          }),
      };
    },
  };
}

export type ChallengesService = ReturnType<typeof createChallenges>;
