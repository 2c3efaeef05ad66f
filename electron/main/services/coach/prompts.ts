// Small-talk openers: the content's prompts for a setting, and for a chosen person the openers the journal suggests
// (a birthday this week, a child's first school days, a work anniversary, last time's topic, a shared interest),
// which always come first because nothing opens a conversation like being remembered. German comes in the form of
// address ("Sie" or "du") the person has.
import { Temporal } from 'temporal-polyfill';
import {
  content,
  textInForm,
  type Prompt,
  type PromptDepth,
  type PromptFactKind,
  type PromptSetting,
  type PromptTag,
} from '../../../../shared/content';
import type { CoachLine, CoachPrompt, PromptList, PromptSource } from '../../../../shared/coach-views';
import { addDays } from '../../../../shared/dates';
import type { AddressForm, Contact, Interaction, Language } from '../../../../shared/model';
import { occasionsOf } from '../../../../shared/occasions';
import { distinct, knownFactsOf, type KnownFacts } from './known-facts';
import { personalTemplatesFor } from './personal-templates';

/** Encounters after which a person counts as having shown interest, even with nothing personal noted yet. */
export const INTEREST_ENCOUNTERS = 3;
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
export function personalPrompts(
  contact: Contact,
  today: string,
  language: Language,
  form: AddressForm,
  facts: KnownFacts,
): CoachPrompt[] {
  const words = personalTemplatesFor(language, form);
  const found: Ranked[] = [];
  const add = (source: PromptSource, recordId: string, text: string, depth: PromptDepth, rank: number, about?: string) =>
    found.push({ id: `${source}:${recordId}`, text, depth, source, rank, ...(about !== undefined ? { about } : {}) });

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
    add('schoolStart', child.id, text, 3, 1, child.name);
  }

  for (const occasion of occasionsOf(contact, today, addDays(today, WORK_ANNIVERSARY_AHEAD_DAYS))) {
    if (occasion.kind === 'anniversary' && occasion.anniversaryKind === 'work') {
      add('workAnniversary', occasion.recordId, words.workAnniversary(occasion.years), 2, 2);
    }
  }

  for (const { topic, interactionId } of facts.trips) {
    add('holiday', `${interactionId}:${topic.toLocaleLowerCase(language)}`, words.holiday(topic), 2, 3, topic);
  }
  for (const { topic, interactionId } of facts.topics) {
    add('recentTopic', `${interactionId}:${topic.toLocaleLowerCase(language)}`, words.recentTopic(topic), 2, 4, topic);
  }
  // Common ground first: what the two share is the warmest thing to ask after.
  for (const interest of distinct([...contact.commonGround, ...contact.interests])) {
    const rank = contact.commonGround.includes(interest) ? 5 : 6;
    add('sharedInterest', interest.toLocaleLowerCase(language), words.sharedInterest(interest), 2, rank, interest);
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

const slotOf = (kind: PromptFactKind) => `{${kind}}`;

/**
 * A content prompt ready to show: its form of address chosen and, when it needs a fact, filled with one the journal
 * holds about the person. Undefined when it needs a fact the record lacks. `use` counts how often each kind of fact
 * has been used, so that several prompts of a kind name different interests or children where there are several.
 */
function filledPrompt(prompt: Prompt, form: AddressForm, facts: KnownFacts | undefined, use: Map<PromptFactKind, number>): CoachPrompt | undefined {
  let text = textInForm(prompt, form);
  let about: string | undefined;
  if (prompt.fact) {
    const { kind, words } = prompt.fact;
    const values = facts?.[kind] ?? [];
    const fitting = words ? values.filter((value) => words.some((word) => value.toLocaleLowerCase().includes(word))) : values;
    const turn = use.get(kind) ?? 0;
    about = fitting[turn % Math.max(fitting.length, 1)];
    if (about === undefined) return undefined;
    use.set(kind, turn + 1);
    text = text.replaceAll(slotOf(kind), about);
  }
  return {
    id: prompt.id,
    text,
    depth: prompt.depth,
    source: 'content',
    ...(prompt.tags ? { tags: prompt.tags } : {}),
    ...(about !== undefined ? { about } : {}),
  };
}

/**
 * The content's prompts for a setting up to `maxDepth` (or at exactly `depth`), those touching the person's topics
 * first. Prompts that need a fact appear only for a person whose record holds it.
 */
export function contentPrompts(
  setting: PromptSetting,
  language: Language,
  options: { depth?: PromptDepth; maxDepth: PromptDepth; contact?: Contact; facts?: KnownFacts; form: AddressForm },
): CoachPrompt[] {
  const depth = options.depth === undefined ? undefined : (Math.min(options.depth, options.maxDepth) as PromptDepth);
  const relevant = options.contact ? tagsFor(options.contact) : new Set<PromptTag>();
  const matches = (prompt: Prompt) => prompt.fact !== undefined || (prompt.tags ?? []).some((tag) => relevant.has(tag));
  const use = new Map<PromptFactKind, number>();
  return content[language].prompts
    .filter((p) => p.setting === setting && (depth === undefined ? p.depth <= options.maxDepth : p.depth === depth))
    .map((prompt, order) => ({ prompt, order, match: matches(prompt) ? 0 : 1 }))
    .sort((a, b) => a.prompt.depth - b.prompt.depth || a.match - b.match || a.order - b.order)
    .flatMap(({ prompt }) => filledPrompt(prompt, options.form, options.facts, use) ?? []);
}

/** The setting's lines for ending a conversation and for sharing something about oneself, in the form of address. */
export function conversationLines(setting: PromptSetting, language: Language, form: AddressForm): { closings: CoachLine[]; disclosures: CoachLine[] } {
  const lines = content[language].lines.filter((line) => line.setting === setting);
  const of = (kind: 'closing' | 'disclosure') =>
    lines.filter((line) => line.kind === kind).map((line) => ({ id: line.id, text: textInForm(line, form) }));
  return { closings: of('closing'), disclosures: of('disclosure') };
}

export function promptList(
  setting: PromptSetting,
  language: Language,
  today: string,
  options: { depth?: PromptDepth; contact?: Contact; timeline?: readonly Interaction[]; form: AddressForm },
): PromptList {
  const timeline = options.timeline ?? [];
  const { contact, form } = options;
  const maxDepth = maxDepthFor(contact, timeline);
  const facts = contact ? knownFactsOf(contact, timeline, today) : undefined;
  const personal = contact && facts ? personalPrompts(contact, today, language, form, facts).filter((p) => p.depth <= maxDepth) : [];
  const general = contentPrompts(setting, language, {
    maxDepth,
    form,
    ...(options.depth !== undefined ? { depth: options.depth } : {}),
    ...(contact && facts ? { contact, facts } : {}),
  });
  return {
    setting,
    maxDepth,
    form,
    interestShown: contact ? interestShown(contact, timeline) : false,
    items: [...personal, ...general],
    ...conversationLines(setting, language, form),
  };
}
