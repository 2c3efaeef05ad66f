// The coach's content in both languages. The JSON ships with the app and is checked in full by the content lint
// test (tests/unit/shared/content), so at runtime it is only typed, not validated again.
import type { Language } from '../model';
import type { Challenge, ChecklistTemplate, CoachContent, Prompt, Tip } from './schema';
import challengesDe from './de/challenges.json';
import checklistsDe from './de/checklists.json';
import promptsDe from './de/prompts.json';
import tipsDe from './de/tips.json';
import challengesEn from './en/challenges.json';
import checklistsEn from './en/checklists.json';
import promptsEn from './en/prompts.json';
import tipsEn from './en/tips.json';

export * from './schema';
export { articleTipContent } from './article-tips';

// JSON modules type their enums as plain strings; the lint test proves the narrower types hold.
function bundle(prompts: unknown, challenges: unknown, tips: unknown, checklists: unknown): CoachContent {
  return {
    prompts: prompts as readonly Prompt[],
    challenges: challenges as readonly Challenge[],
    tips: tips as readonly Tip[],
    checklists: checklists as readonly ChecklistTemplate[],
  };
}

export const content: Readonly<Record<Language, CoachContent>> = {
  de: bundle(promptsDe, challengesDe, tipsDe, checklistsDe),
  en: bundle(promptsEn, challengesEn, tipsEn, checklistsEn),
};
