// Where each piece of the seed article's advice lives in the coach. Every article tip maps to the tip cards that
// explain it and to the challenges and checklists that put it into practice; the lint test checks every id exists.
import type { ArticleTip } from './schema';

export const articleTipContent: Readonly<Record<ArticleTip, readonly string[]>> = {
  twoWayStreet: ['tip-two-way-street', 'tip-when-it-is-urgent', 'challenge-offer-help', 'challenge-ask-for-advice'],
  authenticity: ['tip-be-genuine', 'challenge-follow-up-question', 'challenge-genuine-compliment', 'challenge-thank-you-note'],
  smallTalk: [
    'tip-start-small',
    'tip-warm-start-to-calls',
    'challenge-lift-friendly-line',
    'challenge-queue-remark',
    'challenge-call-warm-start',
  ],
  buildSlowly: ['tip-build-slowly', 'challenge-share-something', 'challenge-ask-after-detail', 'challenge-coffee-invite'],
  newColleagues: [
    'tip-welcome-newcomers',
    'challenge-welcome-new-face',
    'challenge-show-newcomer-around',
    'checklist-new-colleague-welcome',
  ],
  comfortZone: [
    'tip-leave-comfort-zone',
    'challenge-three-strangers',
    'challenge-conference-externals',
    'challenge-join-a-group',
    'checklist-conference',
    'checklist-internal-event',
  ],
  personalDetails: [
    'tip-remember-personal-details',
    'challenge-remember-one-detail',
    'challenge-birthday-wishes',
    'challenge-lunch-other-department',
  ],
  smallGifts: ['tip-small-gifts', 'challenge-small-gift', 'challenge-milestone-gesture'],
  assistantsNetwork: [
    'tip-assistants-network',
    'tip-assistants-network-online',
    'challenge-organise-assistants-lunch',
    'challenge-network-online',
    'checklist-stammtisch',
  ],
  timeWellSpent: ['tip-time-well-spent', 'challenge-ask-about-weekend'],
  firstStep: ['tip-take-the-first-step', 'challenge-hello-stranger'],
};
