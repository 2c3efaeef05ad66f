// The checklist of one event: made from the standard template of its kind in the user's language, or from the
// user's own template for that kind, and counted per phase. Items still as the template worded them keep the
// template item's id and are shown in the language of the moment; an item the user rewords is theirs, as written.
import { content, type ChecklistTemplate } from '../../../../shared/content';
import type { ChecklistProgress } from '../../../../shared/events-views';
import {
  eventPhases,
  languages,
  type EventChecklist,
  type EventChecklistItem,
  type EventKind,
  type EventTemplate,
  type Language,
} from '../../../../shared/model';

export const OWN_TEMPLATE_ID = 'own';

export function standardTemplate(eventKind: EventKind, language: Language): ChecklistTemplate {
  const template = content[language].checklists.find((candidate) => candidate.kind === eventKind);
  // The content lint test proves every kind has a template in every language.
  if (!template) throw new RangeError(`no checklist for ${eventKind} in ${language}`);
  return template;
}

export function ownTemplateId(eventKind: EventKind): string {
  return `event-template:${eventKind}`;
}

/** Every item open; a template's items keep their ids, so one event's checklist reads like the next one's. */
export function checklistFromTemplate(template: ChecklistTemplate): EventChecklist {
  const phase = (items: ChecklistTemplate['phases']['before']) => items.map(({ id, text }) => ({ id, text, done: false, templateItemId: id }));
  return { before: phase(template.phases.before), during: phase(template.phases.during), after: phase(template.phases.after) };
}

/** The user's own template has no ids of its own: its items are numbered per phase. */
export function checklistFromOwnTemplate(template: EventTemplate): EventChecklist {
  const phase = (name: keyof EventChecklist) => template.phases[name].map((text, index) => ({ id: `own-${name}-${index + 1}`, text, done: false }));
  return { before: phase('before'), during: phase('during'), after: phase('after') };
}

/** What is kept of a checklist as a template: the items' words, not whether they were ticked. */
export function templatePhasesOf(checklist: EventChecklist): EventTemplate['phases'] {
  return {
    before: checklist.before.map((item) => item.text),
    during: checklist.during.map((item) => item.text),
    after: checklist.after.map((item) => item.text),
  };
}

export function progressOf(checklist: EventChecklist): ChecklistProgress {
  const entries = eventPhases.map((phase) => [phase, { done: checklist[phase].filter((item) => item.done).length, total: checklist[phase].length }]);
  return Object.fromEntries(entries) as ChecklistProgress;
}

/** The template items of one kind, by their words in either language: how an unedited item is recognised. */
const templateItemIdsByText = new Map<EventKind, ReadonlyMap<string, string>>();

function templateItemIdOf(eventKind: EventKind, text: string): string | undefined {
  let byText = templateItemIdsByText.get(eventKind);
  if (!byText) {
    const entries = languages.flatMap((language) =>
      eventPhases.flatMap((phase) => standardTemplate(eventKind, language).phases[phase].map(({ id, text: words }) => [words, id] as const)),
    );
    byText = new Map(entries);
    templateItemIdsByText.set(eventKind, byText);
  }
  return byText.get(text);
}

/**
 * Gives an item whose words are a template item's, in German or English, that item's id: checklists made before
 * items kept it, and items of the user's own template copied from the standard one, follow the language again. An
 * item reworded back to the template's words is the template's again. Returns the checklist itself if nothing changed.
 */
export function withTemplateItemIds(checklist: EventChecklist, eventKind: EventKind): EventChecklist {
  let changed = false;
  const phase = (items: EventChecklistItem[]) =>
    items.map((item) => {
      const templateItemId = templateItemIdOf(eventKind, item.text);
      if (item.templateItemId !== undefined || templateItemId === undefined) return item;
      changed = true;
      return { ...item, templateItemId };
    });
  const result = { before: phase(checklist.before), during: phase(checklist.during), after: phase(checklist.after) };
  return changed ? result : checklist;
}

/** An item reworded by the user is no longer the template's, unless the new words are the template's own. */
export function rewordedItem(item: EventChecklistItem, text: string): EventChecklistItem {
  const { templateItemId: _template, ...rest } = item;
  return { ...rest, text };
}

/** The checklist as shown: template items in `language`, the user's own items as written. */
export function localizedChecklist(checklist: EventChecklist, eventKind: EventKind, language: Language): EventChecklist {
  const template = standardTemplate(eventKind, language);
  const wordsOf = new Map(eventPhases.flatMap((phase) => template.phases[phase].map(({ id, text }) => [id, text] as const)));
  const phase = (items: EventChecklistItem[]) =>
    items.map((item) => {
      const words = item.templateItemId === undefined ? undefined : wordsOf.get(item.templateItemId);
      return words === undefined ? item : { ...item, text: words };
    });
  return { before: phase(checklist.before), during: phase(checklist.during), after: phase(checklist.after) };
}
