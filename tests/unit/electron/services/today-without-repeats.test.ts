// Today gives each thing one place: a birthday, a follow-up or a new colleague's step that has its own section is not
// repeated under the reminders, and the reminders list each occasion once, whatever leads of it are pending.
import { describe, expect, it } from 'vitest';
import type { TodayView } from '../../../../shared/views';
import { aContact, anInteraction } from '../../../support/journal-fixtures';
import { servicesHarness } from '../../../support/services-harness';
import { runInTimeZone } from './time-zone';

/** Every thing Today shows, as "section: what", so a repeat shows as the same thing under two sections. */
function everything(view: TodayView): string[] {
  return [
    ...view.birthdays.map((o) => `birthday:${o.recordId}:${o.date}`),
    ...view.anniversaries.map((o) => `anniversary:${o.recordId}:${o.date}`),
    ...view.followUps.map((f) => `followUp:${f.interaction.id}:${f.interaction.followUpOn ?? ''}`),
    ...view.colleagueSteps.map((s) => `colleagueStep:${s.contactId}:${s.step}:${s.dueOn}`),
    ...view.reminders.map((r) =>
      r.kind === 'colleagueStep' ? `colleagueStep:${r.contactId}:${r.step ?? ''}:${r.occursOn}` : `${r.kind}:${r.id.split(':').slice(1, -2).join(':')}:${r.occursOn}`,
    ),
  ];
}

// The clock stands at 2025-06-02, 12:00 in Berlin.
describe('today without repeats', () => {
  runInTimeZone('Europe/Berlin');

  it('shows a birthday, a follow-up and a colleague\'s step that are also due reminders once, in their own sections', async () => {
    const anna = aContact({ firstName: 'Anna', birthday: '1980-06-02' });
    // Work anniversary in 12 days, not a round one: beyond Today's 7 days, but its reminder two weeks ahead is due.
    const ben = aContact({ firstName: 'Ben', anniversaries: [{ id: 'job', kind: 'work', label: '', date: '2021-06-14' }] });
    const nina = aContact({ firstName: 'Nina', lastName: 'Neu' });
    const followUp = anInteraction({ contactIds: [anna.id], date: '2025-05-20', followUpOn: '2025-06-02', note: 'Angebot schicken' });
    const { services } = servicesHarness({ contacts: [anna, ben, nina], interactions: [followUp] });
    await services.coach.colleagues.mark({ contactId: nina.id, startDate: '2025-06-02' });
    // All of them are pending reminders, the anniversary with two leads (14 days ahead and on the day).
    const pending = services.reminders.list().pending;
    expect(pending.filter((r) => r.occursOn === '2025-06-02').map((r) => r.kind).sort()).toEqual(['birthday', 'colleagueStep', 'colleagueStep', 'followUp']);
    expect(pending.filter((r) => r.kind === 'anniversary').map((r) => r.leadDays)).toEqual([14, 0]);

    const view = services.today.today();

    expect(view.birthdays.map((o) => o.contactId)).toEqual([anna.id]);
    expect(view.followUps.map((f) => f.interaction.id)).toEqual([followUp.id]);
    expect(view.colleagueSteps.map((s) => s.step)).toEqual(['welcome', 'showAround']);
    expect(view.anniversaries).toEqual([]);
    // What is left for the reminders: the anniversary once, and the colleague's later steps that no section shows yet.
    expect(view.reminders.filter((r) => r.occursOn === '2025-06-02')).toEqual([]);
    expect(view.reminders.filter((r) => r.kind === 'anniversary').map((r) => [r.contactId, r.occursOn, r.leadDays])).toEqual([[ben.id, '2025-06-14', 14]]);
    expect(view.reminders.filter((r) => r.kind === 'colleagueStep').every((r) => r.occursOn > '2025-06-02')).toBe(true);
    const all = everything(view);
    expect(new Set(all).size).toBe(all.length);

    // The agenda, the page's one list, has the same things once each: the sections' and the anniversary's reminder.
    const agenda = view.agenda.flatMap((day) => day.items.map((item) => item.key));
    expect(agenda.sort()).toEqual([...new Set(all)].filter((key) => !key.startsWith('colleagueStep:') || key.endsWith(':2025-06-02')).sort());
  });

  it('lists a birthday under the reminders once it has no section of its own: snoozed past its day', async () => {
    const anna = aContact({ firstName: 'Anna', birthday: '1980-06-02' });
    const { services, clock } = servicesHarness({ contacts: [anna] });
    const [birthday] = services.reminders.list().pending;
    expect(services.today.today().reminders).toEqual([]);

    await services.reminders.snooze(birthday!.id, 'day');
    clock.set('2025-06-03T11:00:00.000Z');
    const view = services.today.today();

    expect(view.birthdays).toEqual([]);
    expect(view.reminders.map((r) => [r.id, r.status])).toEqual([[birthday!.id, 'snoozed']]);
    // On the agenda too, once, on today, as the reminder it now is.
    expect(view.agenda.map((day) => [day.date, day.items.map((item) => [item.kind, item.key])])).toEqual([
      ['2025-06-03', [['reminder', `birthday:${anna.id}:2025-06-02`]]],
    ]);
  });
});
