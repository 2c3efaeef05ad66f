// Checklist items from a template speak the language of the moment until the user rewords them; a checklist stored
// before items kept their template's id gets it back from its words, German or English.
import { describe, expect, it } from 'vitest';
import { content } from '../../../../../shared/content';
import type { EventRecord } from '../../../../../shared/model';
import { anEvent, eventsHarness } from './events-harness';

const conference = (language: 'de' | 'en') => content[language].checklists.find((template) => template.kind === 'conference')!;
const german = conference('de').phases;
const english = conference('en').phases;

describe('a checklist made from a template', () => {
  it('shows its items in the language asked for, whichever it was made in', async () => {
    const { events } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });

    expect(events.get(event.id, 'de').event.checklist.before.map((item) => item.text)).toEqual(german.before.map((item) => item.text));
    expect(events.get(event.id, 'en').event.checklist.before.map((item) => item.text)).toEqual(english.before.map((item) => item.text));
    expect(events.get(event.id, 'en').event.checklist.after.map((item) => item.text)).toEqual(english.after.map((item) => item.text));
  });

  it('keeps an item the user reworded, and one the user added, as written in both languages', async () => {
    const { events } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    const [first, second] = event.checklist.before;
    await events.editItem(event.id, first!.id, 'Teilnehmerliste von Frau Weber holen');
    await events.addItem(event.id, 'before', 'Namensschild mitnehmen');
    await events.setItemDone(event.id, second!.id, true);

    for (const language of ['de', 'en'] as const) {
      const before = events.get(event.id, language).event.checklist.before;
      expect(before[0]).toMatchObject({ id: first!.id, text: 'Teilnehmerliste von Frau Weber holen' });
      expect(before[0]?.templateItemId).toBeUndefined();
      expect(before.at(-1)?.text).toBe('Namensschild mitnehmen');
      expect(before[1]).toMatchObject({ text: conference(language).phases.before[1]!.text, done: true });
    }
  });

  it('follows the language again once reworded back to the template’s words', async () => {
    const { events } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'en', useOwnTemplate: true });
    const first = event.checklist.during[0]!;
    await events.editItem(event.id, first.id, 'Something else');
    await events.editItem(event.id, first.id, german.during[0]!.text);

    expect(events.get(event.id, 'en').event.checklist.during[0]?.text).toBe(english.during[0]!.text);
  });

  it('shows event mode’s checklist in the language asked for', async () => {
    const { events } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    expect(events.mode(event.id, 'en').checklist.before.map((item) => item.text)).toEqual(english.before.map((item) => item.text));
    expect(events.mode(event.id, 'de').checklist.before.map((item) => item.text)).toEqual(german.before.map((item) => item.text));
  });

  it('made from the user’s own template, follows the language for the items copied unchanged from the standard one', async () => {
    const { events } = eventsHarness();
    const first = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    await events.addItem(first.id, 'before', 'Namensschild mitnehmen');
    await events.saveTemplate(first.id);
    const next = await events.create({ event: anEvent({ title: 'Messe' }), language: 'de', useOwnTemplate: true });

    const before = events.get(next.id, 'en').event.checklist.before;
    expect(before.slice(0, -1).map((item) => item.text)).toEqual(english.before.map((item) => item.text));
    expect(before.at(-1)?.text).toBe('Namensschild mitnehmen');
  });
});

describe('a checklist stored before items kept their template', () => {
  const legacy: EventRecord = {
    kind: 'event',
    id: 'legacy-event',
    ...anEvent(),
    templateId: 'checklist-conference',
    checklist: {
      // As made then: the template's German words, one of them reworded, one added by the user.
      before: [
        { id: german.before[0]!.id, text: german.before[0]!.text, done: true },
        { id: german.before[1]!.id, text: 'Zwei Ziele, nicht drei', done: false },
        { id: 'a1b2c3', text: 'Namensschild mitnehmen', done: false },
      ],
      during: german.during.map(({ id, text }) => ({ id, text, done: false })),
      // Made in English.
      after: english.after.map(({ id, text }) => ({ id, text, done: false })),
    },
    createdAt: '2025-05-01T08:00:00.000Z',
    updatedAt: '2025-05-01T08:00:00.000Z',
  };

  it('gets the template’s ids back for the items still in its words, German or English', () => {
    const { events } = eventsHarness({ coach: [legacy] });

    const inEnglish = events.get(legacy.id, 'en').event.checklist;
    expect(inEnglish.before.map((item) => item.text)).toEqual([english.before[0]!.text, 'Zwei Ziele, nicht drei', 'Namensschild mitnehmen']);
    expect(inEnglish.before[0]?.done).toBe(true);
    expect(inEnglish.during.map((item) => item.text)).toEqual(english.during.map((item) => item.text));
    expect(events.get(legacy.id, 'de').event.checklist.after.map((item) => item.text)).toEqual(german.after.map((item) => item.text));
  });

  it('keeps the recovered ids in the data file with the next change', async () => {
    const { events, store } = eventsHarness({ coach: [legacy] });
    await events.setItemDone(legacy.id, 'a1b2c3', true);

    const stored = store.coach.get(legacy.id) as EventRecord;
    expect(stored.checklist.before.map((item) => item.templateItemId)).toEqual([german.before[0]!.id, undefined, undefined]);
    expect(stored.checklist.after.every((item, index) => item.templateItemId === english.after[index]!.id)).toBe(true);
  });
});
