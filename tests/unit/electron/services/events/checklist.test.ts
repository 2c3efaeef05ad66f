import { describe, expect, it } from 'vitest';
import { progressOf } from '../../../../../electron/main/services/events/checklist';
import { checklistKinds, content } from '../../../../../shared/content';
import { languages } from '../../../../../shared/model';
import { anEvent, eventsHarness } from './events-harness';

describe('an event’s checklist', () => {
  for (const language of languages) {
    for (const eventKind of checklistKinds) {
      it(`comes from the ${eventKind} template in ${language}, every item open`, async () => {
        const { events } = eventsHarness();
        const event = await events.create({ event: anEvent({ eventKind }), language, useOwnTemplate: true });
        const template = content[language].checklists.find((candidate) => candidate.kind === eventKind);

        expect(event.templateId).toBe(template?.id);
        for (const phase of ['before', 'during', 'after'] as const) {
          expect(event.checklist[phase]).toEqual(template?.phases[phase].map(({ id, text }) => ({ id, text, done: false, templateItemId: id })));
        }
      });
    }
  }

  it('is written in the language asked for', async () => {
    const { events } = eventsHarness();
    const german = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    const english = await events.create({ event: anEvent(), language: 'en', useOwnTemplate: true });

    expect(german.checklist.before.map((item) => item.id)).toEqual(english.checklist.before.map((item) => item.id));
    expect(german.checklist.before[0]?.text).not.toBe(english.checklist.before[0]?.text);
    expect(english.checklist.before[0]?.text).toMatch(/who/i);
  });

  it('can be changed item by item: added, reworded, ticked and removed', async () => {
    const { events } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    const first = event.checklist.before[0]!;

    const added = await events.addItem(event.id, 'during', 'Frau Weber nach dem Umzug fragen');
    const newItem = added.checklist.during.at(-1)!;
    expect(newItem).toMatchObject({ text: 'Frau Weber nach dem Umzug fragen', done: false });

    const reworded = await events.editItem(event.id, newItem.id, 'Frau Weber nach dem neuen Büro fragen');
    expect(reworded.checklist.during.at(-1)?.text).toBe('Frau Weber nach dem neuen Büro fragen');

    const ticked = await events.setItemDone(event.id, first.id, true);
    expect(ticked.checklist.before[0]).toMatchObject({ id: first.id, done: true });

    const removed = await events.removeItem(event.id, newItem.id);
    expect(removed.checklist.during.map((item) => item.id)).not.toContain(newItem.id);
    expect(removed.checklist.before[0]?.done).toBe(true);
  });

  it('refuses an item the event does not have and changes nothing', async () => {
    const { events, store } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    const commits = store.commits.length;

    await expect(events.setItemDone(event.id, 'no-such-item', true)).rejects.toMatchObject({ code: 'invalidInput' });
    expect(store.commits.length).toBe(commits);
  });

  it('saved as the user’s own template, is offered for the next event of that kind only', async () => {
    const { events } = eventsHarness();
    const first = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    await events.addItem(first.id, 'before', 'Namensschild mitnehmen');
    await events.removeItem(first.id, first.checklist.after[0]!.id);
    await events.setItemDone(first.id, first.checklist.before[0]!.id, true);
    expect(await events.saveTemplate(first.id)).toBe('conference');
    expect(events.templates()).toEqual(['conference']);

    const next = await events.create({ event: anEvent({ title: 'Messe' }), language: 'de', useOwnTemplate: true });
    expect(next.templateId).toBe('own');
    expect(next.checklist.before.at(-1)).toMatchObject({ text: 'Namensschild mitnehmen', done: false });
    expect(next.checklist.after.map((item) => item.text)).toEqual(first.checklist.after.slice(1).map((item) => item.text));
    expect(next.checklist.before.every((item) => !item.done)).toBe(true);

    const standard = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: false });
    expect(standard.templateId).toBe('checklist-conference');
    const party = await events.create({ event: anEvent({ eventKind: 'christmasParty' }), language: 'de', useOwnTemplate: true });
    expect(party.templateId).toBe('checklist-christmas-party');

    await events.deleteTemplate('conference');
    expect(events.templates()).toEqual([]);
    const afterDelete = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    expect(afterDelete.templateId).toBe('checklist-conference');
  });
});

describe('phase progress', () => {
  it('counts done and total per phase', async () => {
    const { events } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'en', useOwnTemplate: true });
    await events.setItemDone(event.id, event.checklist.before[0]!.id, true);
    const updated = await events.setItemDone(event.id, event.checklist.before[1]!.id, true);
    const afterTick = await events.setItemDone(event.id, updated.checklist.after[0]!.id, true);

    expect(progressOf(afterTick.checklist)).toEqual({
      before: { done: 2, total: event.checklist.before.length },
      during: { done: 0, total: event.checklist.during.length },
      after: { done: 1, total: event.checklist.after.length },
    });
    expect(events.get(event.id, 'en').progress).toEqual(progressOf(afterTick.checklist));
  });
});
