// The checklist of one event: made from the standard template of its kind in the user's language, or from the
// user's own template for that kind, and counted per phase.
import { content, type ChecklistTemplate } from '../../../../shared/content';
import type { ChecklistProgress } from '../../../../shared/events-views';
import { eventPhases, type EventChecklist, type EventKind, type EventTemplate, type Language } from '../../../../shared/model';

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
  const phase = (items: ChecklistTemplate['phases']['before']) => items.map(({ id, text }) => ({ id, text, done: false }));
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
