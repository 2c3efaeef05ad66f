// Small-talk openers: the content's prompts for a setting, and for a chosen person the openers the journal suggests
// (a birthday this week, a child's first school days, a work anniversary, last time's topic, a shared interest),
// which always come first because nothing opens a conversation like being remembered.
import { Temporal } from 'temporal-polyfill';
import { content, type Prompt, type PromptDepth, type PromptSetting, type PromptTag } from '../../../../shared/content';
import type { CoachPrompt, PromptList, PromptSource } from '../../../../shared/coach-views';
import { addDays } from '../../../../shared/dates';
import type { Contact, Interaction, Language } from '../../../../shared/model';
import { occasionsOf } from '../../../../shared/occasions';
import { compareNewestFirst } from '../records';
import { holidayWords, personalTemplates } from './personal-templates';

/** Encounters after which a person counts as having shown interest, even with nothing personal noted yet. */
export const INTEREST_ENCOUNTERS = 3;
/** How far back an encounter's topics are still worth asking after. */
export const RECENT_TOPIC_DAYS = 60;
export const WORK_ANNIVERSARY_AHEAD_DAYS = 30;

export function interestShown(contact: Contact, timeline: readonly Interaction[]): boolean {
  return (
    timeline.length >= INTEREST_ENCOUNTERS ||
    contact.family.length > 0 ||
    contact.interests.length > 0 ||
    contact.commonGround.length > 0
  );
}

export function maxDepthFor(contact: Contact | undefined, timeline: readonly Interaction[]): PromptDepth {
  return contact && interestShown(contact, timeline) ? 3 : 2;
}

export function mondayOf(isoDate: string): string {
  const date = Temporal.PlainDate.from(isoDate);
  return date.subtract({ days: date.dayOfWeek - 1 }).toString();
}

interface Ranked extends CoachPrompt {
  rank: number;
}

/** Openers composed from what the journal knows about the person, most timely first. */
export function personalPrompts(contact: Contact, timeline: readonly Interaction[], today: string, language: Language): CoachPrompt[] {
  const words = personalTemplates[language];
  const found: Ranked[] = [];
  const add = (source: PromptSource, recordId: string, text: string, depth: PromptDepth, rank: number) =>
    found.push({ id: `${source}:${recordId}`, text, depth, source, rank });

  const monday = mondayOf(today);
  for (const occasion of occasionsOf(contact, monday, addDays(monday, 6))) {
    if (occasion.kind !== 'birthday') continue;
    const text = occasion.date === today ? words.birthdayToday() : occasion.date > today ? words.birthdaySoon() : words.birthdayJustPassed();
    add('birthday', contact.id, text, 2, 0);
  }

  // "Last week or next week": the school start in the ISO weeks either side of this one, or in this one.
  const schoolFrom = addDays(monday, -7);
  const schoolTo = addDays(monday, 13);
  for (const child of contact.family) {
    if (child.relation !== 'child' || !child.schoolStart) continue;
    if (child.schoolStart < schoolFrom || child.schoolStart > schoolTo) continue;
    const text = child.schoolStart <= today ? words.schoolStartPassed(child.name) : words.schoolStartSoon(child.name);
    add('schoolStart', child.id, text, 3, 1);
  }

  for (const occasion of occasionsOf(contact, today, addDays(today, WORK_ANNIVERSARY_AHEAD_DAYS))) {
    if (occasion.kind === 'anniversary' && occasion.anniversaryKind === 'work') {
      add('workAnniversary', occasion.recordId, words.workAnniversary(occasion.years), 2, 2);
    }
  }

  const since = addDays(today, -RECENT_TOPIC_DAYS);
  const recent = timeline.filter((i) => i.date >= since && i.date <= today).sort(compareNewestFirst);
  const seenTopics = new Set<string>();
  for (const [index, interaction] of recent.entries()) {
    for (const topic of interaction.topics) {
      const key = topic.toLocaleLowerCase(language);
      if (seenTopics.has(key)) continue;
      if (holidayWords.test(topic)) add('holiday', `${interaction.id}:${key}`, words.holiday(topic), 2, 3);
      // Only the newest encounter's other topics: older small talk has usually been followed up already.
      else if (index === 0) add('recentTopic', `${interaction.id}:${key}`, words.recentTopic(topic), 2, 4);
      seenTopics.add(key);
    }
  }

  const interests = [...contact.commonGround, ...contact.interests];
  const seenInterests = new Set<string>();
  for (const interest of interests) {
    const key = interest.toLocaleLowerCase(language);
    if (seenInterests.has(key)) continue;
    seenInterests.add(key);
    add('sharedInterest', key, words.sharedInterest(interest), 2, contact.commonGround.includes(interest) ? 5 : 6);
  }

  return found.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...prompt }) => prompt);
}

/** Prompt tags a person's journal entry makes relevant. */
function tagsFor(contact: Contact): Set<PromptTag> {
  const tags = new Set<PromptTag>();
  if (contact.family.length > 0) tags.add('family');
  if (contact.family.some((member) => member.relation === 'child')) tags.add('children');
  if (contact.interests.length > 0 || contact.commonGround.length > 0) {
    tags.add('hobby');
    tags.add('sport');
    tags.add('culture');
  }
  return tags;
}

function toCoachPrompt(prompt: Prompt): CoachPrompt {
  return { id: prompt.id, text: prompt.text, depth: prompt.depth, source: 'content', ...(prompt.tags ? { tags: prompt.tags } : {}) };
}

/** The content's prompts for a setting up to `maxDepth` (or at exactly `depth`), those touching the person's topics first. */
export function contentPrompts(
  setting: PromptSetting,
  language: Language,
  options: { depth?: PromptDepth; maxDepth: PromptDepth; contact?: Contact },
): CoachPrompt[] {
  const depth = options.depth === undefined ? undefined : (Math.min(options.depth, options.maxDepth) as PromptDepth);
  const relevant = options.contact ? tagsFor(options.contact) : new Set<PromptTag>();
  const matches = (prompt: Prompt) => (prompt.tags ?? []).some((tag) => relevant.has(tag));
  return content[language].prompts
    .filter((p) => p.setting === setting && (depth === undefined ? p.depth <= options.maxDepth : p.depth === depth))
    .map((prompt, order) => ({ prompt, order, match: matches(prompt) ? 0 : 1 }))
    .sort((a, b) => a.prompt.depth - b.prompt.depth || a.match - b.match || a.order - b.order)
    .map(({ prompt }) => toCoachPrompt(prompt));
}

export function promptList(
  setting: PromptSetting,
  language: Language,
  today: string,
  options: { depth?: PromptDepth; contact?: Contact; timeline?: readonly Interaction[] },
): PromptList {
  const timeline = options.timeline ?? [];
  const { contact } = options;
  const maxDepth = maxDepthFor(contact, timeline);
  const personal = contact ? personalPrompts(contact, timeline, today, language).filter((p) => p.depth <= maxDepth) : [];
  const general = contentPrompts(setting, language, {
    maxDepth,
    ...(options.depth !== undefined ? { depth: options.depth } : {}),
    ...(contact ? { contact } : {}),
  });
  return {
    setting,
    maxDepth,
    interestShown: contact ? interestShown(contact, timeline) : false,
    items: [...personal, ...general],
  };
}
