import { describe, expect, it } from 'vitest';
import { content } from '../../../../../shared/content';
import { aContact, anInteraction } from '../../../../support/journal-fixtures';
import { servicesHarness } from '../../../../support/services-harness';

// The harness's clock stands on Monday 2 June 2025.
const mia = { id: 'child-mia', name: 'Mia', relation: 'child' as const, schoolStart: '2025-05-27' };

describe('small-talk prompts', () => {
  it('gives the content’s prompts for a setting, up to depth 2 when no one is chosen', () => {
    const { services } = servicesHarness();
    const list = services.coach.prompts({ setting: 'lift', language: 'de' });
    const expected = content.de.prompts.filter((p) => p.setting === 'lift' && p.depth <= 2).map((p) => p.id);
    expect(list.maxDepth).toBe(2);
    expect(list.interestShown).toBe(false);
    expect(list.items.map((p) => p.id).sort()).toEqual([...expected].sort());
    expect(list.items.every((p) => p.source === 'content')).toBe(true);
  });

  it('opens depth 3 only once the person has shown interest', () => {
    const stranger = aContact({ firstName: 'Neu' });
    const familiar = aContact({ firstName: 'Vertraut' });
    const { services } = servicesHarness({
      contacts: [stranger, familiar],
      interactions: ['2025-04-01', '2025-04-15', '2025-05-02'].map((date) => anInteraction({ contactIds: [familiar.id], date })),
    });
    const forStranger = services.coach.prompts({ setting: 'coffeeKitchen', depth: 3, contactId: stranger.id, language: 'de' });
    const forFamiliar = services.coach.prompts({ setting: 'coffeeKitchen', depth: 3, contactId: familiar.id, language: 'de' });
    expect(forStranger.maxDepth).toBe(2);
    expect(forStranger.items.every((p) => p.depth === 2)).toBe(true);
    expect(forFamiliar.maxDepth).toBe(3);
    expect(forFamiliar.items.length).toBeGreaterThan(0);
    expect(forFamiliar.items.every((p) => p.depth === 3)).toBe(true);
  });

  it('ranks personal prompts first: last week’s school start, then a shared interest', () => {
    const petra = aContact({ firstName: 'Petra', family: [mia], commonGround: ['Jazz'], interests: ['Segeln'] });
    const { services } = servicesHarness({ contacts: [petra] });
    const list = services.coach.prompts({ setting: 'canteen', contactId: petra.id, language: 'de' });
    expect(list.items.slice(0, 3)).toEqual([
      { id: 'schoolStart:child-mia', text: 'Wie waren die ersten Schultage für Mia?', depth: 3, source: 'schoolStart', about: 'Mia' },
      { id: 'sharedInterest:jazz', text: 'Gibt es bei Ihnen etwas Neues zum Thema Jazz?', depth: 2, source: 'sharedInterest', about: 'Jazz' },
      { id: 'sharedInterest:segeln', text: 'Gibt es bei Ihnen etwas Neues zum Thema Segeln?', depth: 2, source: 'sharedInterest', about: 'Segeln' },
    ]);
    expect(list.items.slice(3).every((p) => p.source === 'content')).toBe(true);
  });

  it('composes personal prompts in English too, and leaves out a school start long past', () => {
    const tom = aContact({ firstName: 'Tom', family: [{ ...mia, schoolStart: '2024-09-02' }], commonGround: ['chess'] });
    const { services } = servicesHarness({ contacts: [tom] });
    const personal = services.coach.prompts({ setting: 'lift', contactId: tom.id, language: 'en' }).items.filter((p) => p.source !== 'content');
    expect(personal).toEqual([{ id: 'sharedInterest:chess', text: 'Anything new on chess?', depth: 2, source: 'sharedInterest', about: 'chess' }]);
  });

  it('asks after a birthday this week, a work anniversary coming up and a holiday mentioned lately', () => {
    const jan = aContact({
      firstName: 'Jan',
      birthday: '--06-05',
      anniversaries: [{ id: 'work-1', kind: 'work', label: '', date: '2015-06-20' }],
    });
    const { services } = servicesHarness({
      contacts: [jan],
      interactions: [anInteraction({ contactIds: [jan.id], date: '2025-05-20', topics: ['Urlaub auf Rügen', 'Budget'] })],
    });
    const personal = services.coach.prompts({ setting: 'coffeeKitchen', contactId: jan.id, language: 'de' }).items.filter((p) => p.source !== 'content');
    expect(personal.map((p) => [p.source, p.text])).toEqual([
      ['birthday', 'Sie haben bald Geburtstag – haben Sie schon etwas Schönes vor?'],
      ['workAnniversary', 'Bald sind Sie 10 Jahre im Haus – wissen Sie noch, wie Ihr erster Tag war?'],
      ['holiday', 'Wie war es – Urlaub auf Rügen? Konnten Sie sich gut erholen?'],
      ['recentTopic', 'Letztes Mal haben wir über „Budget“ gesprochen – wie ist es weitergegangen?'],
    ]);
  });

  it('refuses an unknown person', () => {
    const { services } = servicesHarness();
    expect(() => services.coach.prompts({ setting: 'lift', contactId: 'ghost', language: 'de' })).toThrow(expect.objectContaining({ code: 'notFound' }));
  });
});

describe('the briefing card', () => {
  it('shows the last three encounters, open favours, what is coming up and three openers, personal first', () => {
    const petra = aContact({ firstName: 'Petra', lastName: 'Lang', family: [mia], birthday: '--06-20' });
    const colleague = aContact({ firstName: 'Kai' });
    const encounter = (date: string, fields: Partial<Parameters<typeof anInteraction>[0]> = {}) =>
      anInteraction({ contactIds: [petra.id], date, ...fields });
    const lunch = encounter('2025-05-28', { type: 'lunch', contactIds: [petra.id, colleague.id] });
    const favour = encounter('2025-05-10', { type: 'favourReceived', note: 'Raum getauscht' });
    const { services } = servicesHarness({
      contacts: [petra, colleague],
      interactions: [encounter('2025-01-05'), favour, encounter('2025-05-20'), lunch, encounter('2025-07-01')],
    });

    const card = services.coach.briefing({ contactId: petra.id, language: 'de' });
    expect(card.name).toBe('Petra Lang');
    expect(card.lastEncounters.map((i) => i.date)).toEqual(['2025-05-28', '2025-05-20', '2025-05-10']);
    expect(card.openFavours.map((i) => i.id)).toEqual([favour.id]);
    expect(card.upcoming.map((o) => [o.kind, o.date])).toEqual([['birthday', '2025-06-20']]);
    expect(card.names).toEqual({ [colleague.id]: 'Kai Mustermann' });
    expect(card.openers).toHaveLength(3);
    expect(card.openers[0]).toMatchObject({ source: 'schoolStart' });
    expect(card.openers.slice(1).every((p) => p.source === 'content' && p.depth === 2)).toBe(true);
    const coffeeIds = content.de.prompts.filter((p) => p.setting === 'coffeeKitchen').map((p) => p.id);
    expect(coffeeIds).toEqual(expect.arrayContaining(card.openers.slice(1).map((p) => p.id)));
  });
});

describe('the briefing card’s openers', () => {
  it('suit where one meets the person: another assistant when arranging a meeting, an external person on a call', () => {
    const assistant = aContact({ firstName: 'Claire', role: 'Executive Assistant', relation: 'external' });
    const external = aContact({ firstName: 'Ole', relation: 'external' });
    const colleague = aContact({ firstName: 'Kai' });
    const { services } = servicesHarness({ contacts: [assistant, external, colleague] });
    const settingsOf = (contactId: string) =>
      services.coach.briefing({ contactId, language: 'de' }).openers.map((opener) => content.de.prompts.find((p) => p.id === opener.id)?.setting);
    expect(new Set(settingsOf(assistant.id))).toEqual(new Set(['assistantCall']));
    expect(new Set(settingsOf(external.id))).toEqual(new Set(['callStart']));
    expect(new Set(settingsOf(colleague.id))).toEqual(new Set(['coffeeKitchen']));
  });
});

describe('tips', () => {
  it('gives every content tip with its actions, naming the challenge an action starts', () => {
    const { services } = servicesHarness();
    const tips = services.coach.tips('en');
    expect(tips.map((t) => t.id)).toEqual(content.en.tips.map((t) => t.id));
    const start = tips.flatMap((t) => t.actions).find((a) => a.kind === 'startChallenge');
    expect(start?.title).toBe(content.en.challenges.find((c) => c.id === start?.target)?.title);
  });
});
