// The coach's content in both languages. The JSON ships with the app and is checked in full by the content lint
// test (tests/unit/shared/content), so at runtime it is only typed, not validated again.
import type { AddressForm, Language } from '../model';
import type { Challenge, ChecklistTemplate, CoachContent, Line, Prompt, Tip } from './schema';
import type { GreetingTemplate } from './greetings';
import challengesDe from './de/challenges.json';
import checklistsDe from './de/checklists.json';
import greetingsDe from './de/greetings.json';
import linesDe from './de/lines.json';
import promptsDe from './de/prompts.json';
import promptsOfficeDe from './de/prompts-office.json';
import tipsDe from './de/tips.json';
import challengesEn from './en/challenges.json';
import checklistsEn from './en/checklists.json';
import greetingsEn from './en/greetings.json';
import linesEn from './en/lines.json';
import promptsEn from './en/prompts.json';
import promptsOfficeEn from './en/prompts-office.json';
import tipsEn from './en/tips.json';

export * from './schema';
export { articleTipContent } from './article-tips';
export * from './greetings';

// JSON modules type their enums as plain strings; the lint test proves the narrower types hold.
function bundle(prompts: unknown[], lines: unknown, challenges: unknown, tips: unknown, checklists: unknown): CoachContent {
  return {
    prompts: prompts as readonly Prompt[],
    lines: lines as readonly Line[],
    challenges: challenges as readonly Challenge[],
    tips: tips as readonly Tip[],
    checklists: checklists as readonly ChecklistTemplate[],
  };
}

export const content: Readonly<Record<Language, CoachContent>> = {
  // The everyday settings and the assistant's own office situations are kept in two files only to keep each readable.
  de: bundle([...promptsDe, ...promptsOfficeDe], linesDe, challengesDe, tipsDe, checklistsDe),
  en: bundle([...promptsEn, ...promptsOfficeEn], linesEn, challengesEn, tipsEn, checklistsEn),
};

/** The form of a German text for the chosen address; English and texts addressing nobody have only one. */
export function textInForm(entry: { text: string; du?: string }, form: AddressForm): string {
  return form === 'du' ? (entry.du ?? entry.text) : entry.text;
}

/** The written greetings (e-mail and Teams) by language; checked by tests/unit/shared/content/greetings-content.test.ts. */
export const greetings: Readonly<Record<Language, readonly GreetingTemplate[]>> = {
  de: greetingsDe as readonly GreetingTemplate[],
  en: greetingsEn as readonly GreetingTemplate[],
};
