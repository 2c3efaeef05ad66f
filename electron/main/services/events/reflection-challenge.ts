// Which comfort-zone challenge an event counts as. Each kind of event lists one challenge per level of the ladder,
// each describing what such an evening asks of someone at that level; the one at the user's level is taken, so the
// event counts towards the next level like any other challenge done.
import type { Challenge } from '../../../../shared/content';
import type { EventKind } from '../../../../shared/model';
import { findChallenge } from '../coach/challenge-engine';

export const eventChallenges: Readonly<Record<EventKind, readonly string[]>> = {
  conference: ['challenge-hello-stranger', 'challenge-follow-up-question', 'challenge-follow-up-48h', 'challenge-three-strangers', 'challenge-conference-externals'],
  internalEvent: ['challenge-greet-by-name', 'challenge-share-something', 'challenge-internal-event-newcomer', 'challenge-ask-host-intro', 'challenge-join-a-group'],
  christmasParty: ['challenge-hello-stranger', 'challenge-share-something', 'challenge-internal-event-newcomer', 'challenge-christmas-other-table', 'challenge-christmas-mingle'],
  stammtisch: ['challenge-ask-about-weekend', 'challenge-join-a-table', 'challenge-ask-for-advice', 'challenge-organise-assistants-lunch', 'challenge-say-a-few-words'],
  externalMeeting: ['challenge-remember-one-detail', 'challenge-share-something', 'challenge-external-personal-word', 'challenge-host-external-guest', 'challenge-assistants-across-companies'],
  newColleagueWelcome: ['challenge-hello-stranger', 'challenge-welcome-new-face', 'challenge-show-newcomer-around', 'challenge-connect-two-people', 'challenge-say-a-few-words'],
  // The host's evening: greeting guests, then bringing them together, then speaking to the room.
  organisedEvent: ['challenge-greet-by-name', 'challenge-greet-guests', 'challenge-internal-event-newcomer', 'challenge-connect-two-people', 'challenge-say-a-few-words'],
  // Saying goodbye well: a line in the card, telling the person what one valued, keeping in touch, a few words.
  farewell: ['challenge-farewell-card-words', 'challenge-genuine-compliment', 'challenge-stay-in-touch', 'challenge-introduce-yourself', 'challenge-say-a-few-words'],
  other: ['challenge-hello-stranger', 'challenge-follow-up-question', 'challenge-follow-up-48h', 'challenge-introduce-yourself', 'challenge-join-a-group'],
};

export function challengeForEvent(eventKind: EventKind, level: number): Challenge {
  const challenge = eventChallenges[eventKind].map((id) => findChallenge(id, 'de')).find((candidate) => candidate?.level === level);
  if (!challenge) throw new RangeError(`no challenge for ${eventKind} at level ${level}`);
  return challenge;
}
