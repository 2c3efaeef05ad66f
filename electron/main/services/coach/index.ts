// The coach: small-talk openers tied to the people in the journal, the "before you talk to …" card, comfort-zone
// challenges, the tips, integration plans for new colleagues and the assistants' network.
import { addressFormFor } from '../../../../shared/address-form';
import { content, type PromptDepth, type PromptSetting } from '../../../../shared/content';
import type { Briefing, PromptList, TipCard } from '../../../../shared/coach-views';
import { addDays } from '../../../../shared/dates';
import { displayName, type Contact, type Interaction, type Language } from '../../../../shared/model';
import { occasionsOf } from '../../../../shared/occasions';
import type { JournalStore } from '../../store/types';
import type { Clock } from '../clock';
import type { JournalWriter } from '../journal-writer';
import { reciprocityOf } from '../reciprocity';
import { compareNewestFirst, namesOf, requireContact } from '../records';
import { createChallenges } from './challenges';
import { createColleagues } from './colleagues';
import { createGreetings } from './greetings';
import { createNetwork } from './network';
import { knownFactsOf } from './known-facts';
import { contentPrompts, maxDepthFor, personalPrompts, promptList } from './prompts';

export const BRIEFING_ENCOUNTERS = 3;
export const BRIEFING_OPENERS = 3;
export const BRIEFING_AHEAD_DAYS = 30;

/** Where one usually meets someone: another assistant over arranging a meeting, colleagues over coffee, external people on a call. */
function usualSetting(contact: Contact): PromptSetting {
  if (/assist/i.test(contact.role)) return 'assistantCall';
  return contact.relation === 'external' ? 'callStart' : 'coffeeKitchen';
}

export function createCoach({ store, clock, writer }: { store: JournalStore; clock: Clock; writer: JournalWriter }) {
  function timelineOf(contactId: string): Interaction[] {
    return [...store.interactions.values()].filter((i) => i.contactIds.includes(contactId));
  }

  return {
    prompts({ setting, depth, contactId, language }: { setting: PromptSetting; depth?: PromptDepth; contactId?: string; language: Language }): PromptList {
      const contact = contactId === undefined ? undefined : requireContact(store, contactId);
      return promptList(setting, language, clock.today(), {
        form: addressFormFor(contact, store.settings),
        ...(depth !== undefined ? { depth } : {}),
        ...(contact ? { contact, timeline: timelineOf(contact.id) } : {}),
      });
    },

    briefing({ contactId, language, setting }: { contactId: string; language: Language; setting?: PromptSetting }): Briefing {
      const contact = requireContact(store, contactId);
      const today = clock.today();
      const timeline = timelineOf(contactId).sort(compareNewestFirst);
      const lastEncounters = timeline.filter((i) => i.date <= today).slice(0, BRIEFING_ENCOUNTERS);
      const maxDepth = maxDepthFor(contact, timeline);
      const form = addressFormFor(contact, store.settings);
      const facts = knownFactsOf(contact, timeline, today);
      const personal = personalPrompts(contact, today, language, form, facts).filter((p) => p.depth <= maxDepth);
      // A lightly personal opener suits someone one already knows; the content fills up what the journal lacks.
      const general = contentPrompts(setting ?? usualSetting(contact), language, {
        depth: 2,
        maxDepth,
        contact,
        facts,
        form,
      });
      return {
        contact,
        name: displayName(contact),
        lastEncounters,
        openFavours: reciprocityOf(timeline).open,
        upcoming: occasionsOf(contact, today, addDays(today, BRIEFING_AHEAD_DAYS)),
        openers: [...personal, ...general].slice(0, BRIEFING_OPENERS),
        names: namesOf(store, new Set(lastEncounters.flatMap((i) => i.contactIds).filter((id) => id !== contactId))),
      };
    },

    tips(language: Language): TipCard[] {
      return content[language].tips.map((tip) => ({
        id: tip.id,
        articleTip: tip.articleTip,
        title: tip.title,
        text: tip.text,
        actions: tip.actions.map((action) => {
          if (action.kind !== 'startChallenge') return action;
          const challenge = content[language].challenges.find((c) => c.id === action.target);
          return challenge ? { ...action, title: challenge.title } : action;
        }),
      }));
    },

    challenges: createChallenges({ store, clock, writer }),
    colleagues: createColleagues({ store, clock, writer }),
    network: createNetwork({ store, clock, writer }),
    greetings: createGreetings({ store, clock }),
  };
}

export type CoachService = ReturnType<typeof createCoach>;
