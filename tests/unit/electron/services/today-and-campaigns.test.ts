import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../electron/main/ipc/router';
import { eventFieldsSchema } from '../../../../shared/model';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';
import { runInTimeZone } from './time-zone';

// The clock stands at 2025-06-02 (Berlin), and whether an event is today is read in Berlin too.
describe('today', () => {
  runInTimeZone('Europe/Berlin');

  it('gathers birthdays, anniversaries, school starts, follow-ups, drifting contacts and open favours', () => {
    const anna = aContact({
      firstName: 'Anna',
      birthday: '--06-02',
      family: [{ id: 'mia', name: 'Mia', relation: 'child', schoolStart: '2025-06-05' }],
    });
    const ben = aContact({ firstName: 'Ben', birthday: '1975-06-14', anniversaries: [{ id: 'w', kind: 'work', label: '', date: '2020-06-08' }] });
    const cleo = aContact({ firstName: 'Cleo', birthday: '1990-06-14', cadenceDays: 10, metOn: '2025-05-01' });
    const archived = aContact({ firstName: 'Dora', birthday: '--06-03', archived: true });
    const due = anInteraction({ contactIds: [anna.id], date: '2025-05-20', followUpOn: '2025-06-01' });
    const later = anInteraction({ contactIds: [anna.id], date: '2025-05-21', followUpOn: '2025-06-03' });
    const favour = anInteraction({ contactIds: [ben.id], type: 'favourReceived', date: '2025-05-30' });
    const { services } = servicesHarness({ contacts: [anna, ben, cleo, archived], interactions: [due, later, favour] });

    const today = services.today.today();

    expect(today.date).toBe('2025-06-02');
    // Ben turns 50 in 12 days: shown for the flowers; Cleo's ordinary birthday that day is beyond the 7 days.
    expect(today.birthdays.map((o) => [o.name, o.date, o.years, o.round])).toEqual([
      ['Anna Mustermann', '2025-06-02', undefined, false],
      ['Ben Mustermann', '2025-06-14', 50, true],
    ]);
    expect(today.anniversaries.map((o) => [o.date, o.years, o.round])).toEqual([['2025-06-08', 5, true]]);
    expect(today.schoolStarts.map((o) => [o.detail, o.date])).toEqual([['Mia', '2025-06-05']]);
    expect(today.followUps.map((f) => f.interaction.id)).toEqual([due.id]);
    expect(today.drifting.map((d) => d.contactId)).toEqual([cleo.id]);
    expect([today.driftingCount, today.driftingOverdue]).toEqual([1, true]);
    expect(today.openFavours.map((f) => f.interaction.id)).toEqual([favour.id]);
    expect(today.openFavourCount).toBe(1);
    expect(today.colleagueSteps).toEqual([]);
    expect(today.events).toEqual([]);
    expect(today.dueCount).toBe(2);
  });

  it('names the first five drifting contacts and open favours of many, in their pages\' order, and counts them all', () => {
    const people = Array.from({ length: 12 }, (_, n) => aContact({ firstName: `Person ${n}`, cadenceDays: 10, metOn: '2025-01-01' }));
    const favours = people.map((person, n) =>
      anInteraction({ contactIds: [person.id], type: 'favourReceived', date: `2025-05-${String(n + 10).padStart(2, '0')}` }),
    );
    const { services } = servicesHarness({ contacts: people, interactions: favours });

    const today = services.today.today();

    expect(today.drifting).toEqual(services.keepInTouch.drifting().slice(0, 5));
    expect(today.driftingCount).toBe(12);
    expect(today.openFavours).toEqual(services.reciprocity.openFavours().slice(0, 5));
    expect(today.openFavourCount).toBe(12);
  });

  it("shows a new colleague's due steps and today's events, and counts the steps as due", async () => {
    const nina = aContact({ firstName: 'Nina', lastName: 'Neu' });
    const { services } = servicesHarness({ contacts: [nina], interactions: [] });
    await services.coach.colleagues.mark({ contactId: nina.id, startDate: '2025-06-02' });
    await services.events.create({
      event: eventFieldsSchema.parse({ title: 'Sommerfest', eventKind: 'internalEvent', date: '2025-06-02' }),
      language: 'de',
      useOwnTemplate: false,
    });
    await services.events.create({
      event: eventFieldsSchema.parse({ title: 'Messe', eventKind: 'conference', date: '2025-06-20' }),
      language: 'de',
      useOwnTemplate: false,
    });

    const today = services.today.today();

    // Welcoming and showing around both belong to the first day.
    expect(today.colleagueSteps.map((step) => [step.name, step.step, step.dueOn])).toEqual([
      ['Nina Neu', 'welcome', '2025-06-02'],
      ['Nina Neu', 'showAround', '2025-06-02'],
    ]);
    expect(today.events.map((event) => event.title)).toEqual(['Sommerfest']);
    expect(today.dueCount).toBe(2);
  });
});

describe('campaigns', () => {
  function seasonal(now: string) {
    const often = aContact({ firstName: 'Oft', relation: 'external' });
    const sometimes = aContact({ firstName: 'Manchmal' });
    const longAgo = aContact({ firstName: 'Früher' });
    const interactions = [
      ...['2025-01-10', '2025-02-10', '2025-09-01'].map((date) => anInteraction({ contactIds: [often.id], date })),
      anInteraction({ contactIds: [sometimes.id, often.id], date: '2025-10-01' }),
      anInteraction({ contactIds: [sometimes.id], date: '2025-10-15' }),
      anInteraction({ contactIds: [longAgo.id], date: '2024-06-01' }),
      anInteraction({ contactIds: [longAgo.id], date: '2024-06-02' }),
      anInteraction({ contactIds: [longAgo.id], date: '2024-06-03' }),
      anInteraction({ contactIds: [longAgo.id], date: '2024-06-04' }),
      anInteraction({ contactIds: [longAgo.id], date: '2024-06-05' }),
    ];
    const harness = servicesHarness({ contacts: [often, sometimes, longAgo], interactions }, now);
    return { ...harness, often, sometimes, longAgo };
  }

  it('proposes, six weeks ahead of Advent, the people met most in the past year, internal and external alike', () => {
    const { services, often, sometimes } = seasonal('2025-10-25T10:00:00.000Z');

    const [advent, ...others] = services.campaigns.list();

    expect(others).toEqual([]);
    expect(advent).toMatchObject({ id: 'advent-2025', kind: 'advent', occursOn: '2025-12-01', recipients: [] });
    expect(advent?.proposals.map((p) => [p.contactId, p.interactionCount])).toEqual([
      [often.id, 4],
      [sometimes.id, 2],
    ]);
  });

  it('shows Easter six weeks ahead, on the computed date', () => {
    const { services } = seasonal('2026-02-25T10:00:00.000Z');
    expect(services.campaigns.list().map((c) => [c.id, c.occursOn])).toEqual([['easter-2026', '2026-04-05']]);
    const before = seasonal('2026-02-20T10:00:00.000Z');
    expect(before.services.campaigns.list()).toEqual([]);
  });

  it('tracks idea, bought and sent, and logs the gift once when it is sent', async () => {
    const { services, store, often, sometimes } = seasonal('2025-11-20T10:00:00.000Z');

    await services.campaigns.update({ campaignId: 'advent-2025', contactId: often.id, status: 'idea', gift: 'Adventskalender' });
    await services.campaigns.update({ campaignId: 'advent-2025', contactId: often.id, status: 'bought' });
    const sent = await services.campaigns.update({ campaignId: 'advent-2025', contactId: often.id, status: 'sent' });
    await services.campaigns.update({ campaignId: 'advent-2025', contactId: often.id, status: 'sent' });

    expect(sent.recipients).toMatchObject([{ contactId: often.id, status: 'sent', gift: 'Adventskalender', name: 'Oft Mustermann' }]);
    expect(sent.proposals.map((p) => p.contactId)).toEqual([sometimes.id]);
    const gifts = [...store.interactions.values()].filter((i) => i.type === 'gift');
    expect(gifts).toMatchObject([{ contactIds: [often.id], date: '2025-11-20', note: 'Adventskalender' }]);
    expect(sent.recipients[0]?.interactionId).toBe(gifts[0]?.id);
    expect(store.settings.campaigns).toHaveLength(1);
  });

  it('offers flowers for a round birthday, with the contact\'s gift ideas', async () => {
    const anna = aContact({ firstName: 'Anna', birthday: '1985-06-10', giftIdeas: ['Orchidee'] });
    const { services } = servicesHarness({ contacts: [anna] });

    const [flowers] = services.campaigns.list();
    expect(flowers).toMatchObject({ kind: 'flowers', occursOn: '2025-06-10', occasion: { years: 40, round: true }, proposals: [{ contactId: anna.id }] });
    const picked = await services.campaigns.update({ campaignId: flowers!.id, contactId: anna.id, status: 'idea' });
    expect(picked.recipients).toMatchObject([{ contactId: anna.id, giftIdeas: ['Orchidee'] }]);
    expect(picked.proposals).toEqual([]);
  });

  it('refuses a campaign that is not on the list', async () => {
    const { services, often } = seasonal('2025-06-02T10:00:00.000Z');
    await expect(services.campaigns.update({ campaignId: 'advent-1999', contactId: often.id, status: 'idea' })).rejects.toMatchObject({ code: 'notFound' });
  });
});

describe('the new channels over the router', () => {
  it('validate their input and reach the services', async () => {
    const tom = aContact({ firstName: 'Tom', lastName: 'Becker' });
    const { services, log, clock } = servicesHarness({ contacts: [tom] });
    const router = createRouter(services, log);

    expect(await router.handle('quickLog:parse', { text: 'Kaffee mit Tom' })).toMatchObject({ ok: true, value: { contactIds: [tom.id] } });
    expect(await router.handle('quickLog:save', { text: '   ' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await router.handle('reminders:snooze', { id: 'x', duration: 'month' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await router.handle('today:get', undefined)).toMatchObject({ ok: true, value: { date: clock.today(), dueCount: 0 } });
    expect(await router.handle('reminders:list', undefined)).toMatchObject({ ok: true, value: { pending: [], history: [] } });
    expect(await router.handle('campaigns:list', undefined)).toMatchObject({ ok: true, value: [] });
  });

  it('change only the settings given, never the reminder log', async () => {
    const { services, log } = servicesHarness({ settings: { tagCadences: { Vorstand: 30 }, overdueFactor: 3 } });
    const router = createRouter(services, log);

    expect(await router.handle('settings:update', { theme: 'dark' })).toMatchObject({
      ok: true,
      value: { theme: 'dark', tagCadences: { Vorstand: 30 }, overdueFactor: 3 },
    });
    expect(await router.handle('settings:update', { reminderLog: [] })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });
});
