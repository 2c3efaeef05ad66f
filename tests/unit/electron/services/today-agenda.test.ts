// Today's agenda: each thing once, on its day (across a year's end too), settled and snoozed things left out; and
// the suggestions for the week: drifting, an occasion ahead, a favour owed either way, taking turns, each with its
// reason, never someone already on the agenda.
import { describe, expect, it } from 'vitest';
import type { AgendaItem, TodayView } from '../../../../shared/views';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';
import { runInTimeZone } from './time-zone';

const rows = (view: TodayView): AgendaItem[] => view.agenda.flatMap((day) => day.items);
const shape = (view: TodayView) => view.agenda.map((day) => [day.date, day.items.map((item) => item.key)]);

describe("Today's agenda", () => {
  runInTimeZone('Europe/Berlin');

  it('shows a birthday that is also a due reminder once, with the reminder to snooze or settle it by', () => {
    const anna = aContact({ id: 'anna', firstName: 'Anna', birthday: '1985-06-04' });
    const bernd = aContact({ id: 'bernd', firstName: 'Bernd' });
    const lunch = anInteraction({ id: 'lunch', contactIds: [bernd.id], type: 'lunch', date: '2025-05-20', followUpOn: '2025-06-01' });
    // 2025-06-02: Anna's 7-day reminder is due, so is the follow-up's.
    const { services } = servicesHarness({ contacts: [anna, bernd], interactions: [lunch] });
    expect(services.reminders.list().pending.map((r) => r.id)).toEqual(
      expect.arrayContaining(['birthday:anna:2025-06-04:7', 'followUp:lunch:2025-06-01:0']),
    );

    const view = services.today.today();
    expect(shape(view)).toEqual([
      ['2025-06-02', ['followUp:lunch:2025-06-01']],
      ['2025-06-04', ['birthday:anna:2025-06-04']],
    ]);
    expect(rows(view).map((row) => (row.kind === 'occasion' || row.kind === 'followUp' ? row.reminderId : undefined))).toEqual([
      'followUp:lunch:2025-06-01:0',
      'birthday:anna:2025-06-04:0',
    ]);
    expect(rows(view).some((row) => row.kind === 'reminder')).toBe(false);
  });

  it('groups by day across the end of the year, with what is overdue on today', () => {
    const people = [
      aContact({ id: 'p1', firstName: 'Paula', birthday: '--12-30' }),
      aContact({ id: 'p2', firstName: 'Quirin', birthday: '--01-02' }),
      aContact({ id: 'p3', firstName: 'Rita', birthday: '1977-12-31' }),
    ];
    const overdue = anInteraction({ id: 'old', contactIds: ['p1'], date: '2026-12-01', followUpOn: '2026-12-20' });
    const next = anInteraction({ id: 'next', contactIds: ['p2'], date: '2026-12-01', followUpOn: '2027-01-03' });
    const later = anInteraction({ id: 'later', contactIds: ['p2'], date: '2026-12-01', followUpOn: '2027-01-20' });
    const { services } = servicesHarness({ contacts: people, interactions: [overdue, next, later] }, '2026-12-30T08:00:00.000Z');

    expect(shape(services.today.today())).toEqual([
      ['2026-12-30', ['birthday:p1:2026-12-30', 'followUp:old:2026-12-20']],
      ['2026-12-31', ['birthday:p3:2026-12-31']],
      ['2027-01-02', ['birthday:p2:2027-01-02']],
      ['2027-01-03', ['followUp:next:2027-01-03']],
    ]);
  });

  it('leaves out what was snoozed until the snooze runs out, and what was settled for good', async () => {
    const anna = aContact({ id: 'anna', firstName: 'Anna', birthday: '--06-03' });
    const cleo = aContact({ id: 'cleo', firstName: 'Cleo', birthday: '--06-05' });
    const { services, clock } = servicesHarness({ contacts: [anna, cleo] });
    await services.reminders.snooze('birthday:anna:2025-06-03:0', 'day');
    await services.reminders.done('birthday:cleo:2025-06-05:0');
    expect(rows(services.today.today())).toEqual([]);

    clock.set('2025-06-03T11:00:00.000Z');
    expect(shape(services.today.today())).toEqual([['2025-06-03', ['birthday:anna:2025-06-03']]]);
  });
});

describe("Today's suggestions for the week", () => {
  runInTimeZone('Europe/Berlin');

  // 2025-06-02. Each person has one reason; Anna has two, but her birthday puts her on the agenda.
  const dora = aContact({ id: 'dora', firstName: 'Dora', cadenceDays: 14, metOn: '2025-03-01' });
  const emil = aContact({ id: 'emil', firstName: 'Emil', cadenceDays: 30, metOn: '2025-04-20' });
  const olga = aContact({ id: 'olga', firstName: 'Olga', birthday: '1976-06-12' });
  const yusuf = aContact({ id: 'yusuf', firstName: 'Yusuf' });
  const theo = aContact({ id: 'theo', firstName: 'Theo' });
  const tina = aContact({ id: 'tina', firstName: 'Tina' });
  const anna = aContact({ id: 'anna', firstName: 'Anna', cadenceDays: 7, metOn: '2025-01-01', birthday: '--06-03' });
  const favours = [
    anInteraction({ id: 'f1', contactIds: ['yusuf'], type: 'favourReceived', date: '2025-05-01' }),
    anInteraction({ id: 'f2', contactIds: ['theo'], type: 'favourGiven', date: '2025-01-10' }),
    // Given recently: not "for long" yet.
    anInteraction({ id: 'f3', contactIds: ['tina'], type: 'favourGiven', date: '2025-05-20' }),
  ];
  const journal = { contacts: [dora, emil, olga, yusuf, theo, tina, anna], interactions: favours };

  it('take turns: drifting, an occasion ahead, a favour owed, a favour long unanswered — each with its reason', () => {
    const { services } = servicesHarness(journal);
    const view = services.today.today();
    expect(view.suggestions).toEqual([
      { contactId: 'dora', name: 'Dora Mustermann', reason: { kind: 'drifting', lastContactOn: '2025-03-01', status: 'overdue' } },
      { contactId: 'olga', name: 'Olga Mustermann', reason: { kind: 'occasion', occasion: expect.objectContaining({ kind: 'birthday', date: '2025-06-12', years: 49 }) } },
      { contactId: 'yusuf', name: 'Yusuf Mustermann', reason: { kind: 'youOwe', favour: expect.objectContaining({ id: 'f1' }) } },
      { contactId: 'theo', name: 'Theo Mustermann', reason: { kind: 'theyOwe', favour: expect.objectContaining({ id: 'f2' }) } },
      { contactId: 'emil', name: 'Emil Mustermann', reason: { kind: 'drifting', lastContactOn: '2025-04-20', status: 'due' } },
    ]);
    expect(view.suggestions.map((s) => s.contactId)).not.toContain('anna');
    // Same journal, same day: the same list, from a fresh computation too.
    expect(services.today.afresh().suggestions).toEqual(view.suggestions);
  });

  it('leaves out for a week someone the user put off', async () => {
    const { services, clock } = servicesHarness(journal);
    await services.today.snoozeSuggestion('dora');
    expect(services.today.today().suggestions.map((s) => s.contactId)).toEqual(['emil', 'olga', 'yusuf', 'theo']);

    clock.set('2025-06-09T10:00:00.000Z');
    expect(services.today.today().suggestions.map((s) => s.contactId)).toContain('dora');
  });
});
