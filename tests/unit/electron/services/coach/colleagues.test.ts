import { describe, expect, it } from 'vitest';
import { aContact } from '../../../../support/journal-fixtures';
import { servicesHarness } from '../../../../support/services-harness';

// The harness's clock stands on Monday 2 June 2025.
describe('integration plan for a new colleague', () => {
  it('dates every step from the start date', async () => {
    const lena = aContact({ firstName: 'Lena', lastName: 'Neu' });
    const { services } = servicesHarness({ contacts: [lena] });
    const plan = await services.coach.colleagues.mark({ contactId: lena.id, startDate: '2025-06-02' });
    expect(plan.steps.map((s) => [s.step, s.dueOn, s.status])).toEqual([
      ['welcome', '2025-06-02', 'due'],
      ['showAround', '2025-06-02', 'due'],
      ['introduceKeyPeople', '2025-06-04', 'upcoming'],
      ['coffee', '2025-06-06', 'upcoming'],
      ['lunch', '2025-07-01', 'upcoming'],
      ['checkIn', '2025-09-02', 'upcoming'],
    ]);
    expect(plan).toMatchObject({ name: 'Lena Neu', startDate: '2025-06-02', complete: false });
  });

  it('logs an encounter of the step’s kind when a step is done, with the key people for the introductions', async () => {
    const lena = aContact({ firstName: 'Lena' });
    const boss = aContact({ firstName: 'Chef' });
    const { services, store, clock } = servicesHarness({ contacts: [lena, boss] });
    await services.coach.colleagues.mark({ contactId: lena.id, startDate: '2025-06-02' });

    const afterWelcome = await services.coach.colleagues.completeStep({ contactId: lena.id, step: 'welcome', note: 'Blumen auf den Tisch' });
    clock.set('2025-06-04T10:00:00.000Z');
    await services.coach.colleagues.completeStep({ contactId: lena.id, step: 'introduceKeyPeople', withContactIds: [boss.id] });
    clock.set('2025-06-05T10:00:00.000Z');
    const afterCoffee = await services.coach.colleagues.completeStep({ contactId: lena.id, step: 'coffee' });

    const logged = [...store.interactions.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
    expect(logged.map((i) => [i.type, i.date, i.contactIds])).toEqual([
      ['smallTalk', '2025-06-02', [lena.id]],
      ['meeting', '2025-06-04', [lena.id, boss.id]],
      ['coffee', '2025-06-05', [lena.id]],
    ]);
    expect(logged[0]?.note).toBe('Blumen auf den Tisch');
    expect(afterWelcome.steps[0]).toMatchObject({ step: 'welcome', status: 'done', doneOn: '2025-06-02', interactionId: logged[0]?.id });
    expect(afterCoffee.steps.filter((s) => s.status === 'done').map((s) => s.step)).toEqual(['welcome', 'introduceKeyPeople', 'coffee']);
    await expect(services.coach.colleagues.completeStep({ contactId: lena.id, step: 'coffee' })).rejects.toMatchObject({ code: 'invalidInput' });
  });

  it('lists the steps due today or overdue for the Today view, and moves open steps when the start date changes', async () => {
    const lena = aContact({ firstName: 'Lena' });
    const { services, clock } = servicesHarness({ contacts: [lena] });
    await services.coach.colleagues.mark({ contactId: lena.id, startDate: '2025-05-26' });
    await services.coach.colleagues.completeStep({ contactId: lena.id, step: 'welcome' });
    expect(services.coach.colleagues.due().map((d) => [d.step, d.dueOn, d.daysOverdue])).toEqual([
      ['showAround', '2025-05-26', 7],
      ['introduceKeyPeople', '2025-05-28', 5],
      ['coffee', '2025-05-30', 3],
    ]);

    const moved = await services.coach.colleagues.mark({ contactId: lena.id, startDate: '2025-06-09' });
    // A step already done keeps its dates.
    expect(moved.steps.map((s) => [s.step, s.dueOn])).toEqual([
      ['welcome', '2025-05-26'],
      ['showAround', '2025-06-09'],
      ['introduceKeyPeople', '2025-06-11'],
      ['coffee', '2025-06-13'],
      ['lunch', '2025-07-08'],
      ['checkIn', '2025-09-09'],
    ]);
    expect(moved.steps[0]).toMatchObject({ status: 'done', doneOn: '2025-06-02' });
    expect(services.coach.colleagues.due()).toEqual([]);
    clock.set('2025-06-09T10:00:00.000Z');
    expect(services.coach.colleagues.due().map((d) => d.step)).toEqual(['showAround']);
  });

  it('suggests the newest colleague for a challenge about newcomers', async () => {
    const lena = aContact({ firstName: 'Lena' });
    const { services } = servicesHarness({ contacts: [lena] });
    await services.coach.colleagues.mark({ contactId: lena.id, startDate: '2025-05-26' });
    const attempt = await services.coach.challenges.start({ challengeId: 'challenge-welcome-new-face', expectedDiscomfort: 4, contactId: lena.id });
    const result = await services.coach.challenges.complete({ attemptId: attempt.id, actualDiscomfort: 2, whatHappened: 'Hallo gesagt', reflection: '' });
    expect(result.interaction).toMatchObject({ type: 'smallTalk', contactIds: [lena.id] });
  });

  it('removes a plan, and refuses steps for a contact without one', async () => {
    const lena = aContact({ firstName: 'Lena' });
    const { services } = servicesHarness({ contacts: [lena] });
    await services.coach.colleagues.mark({ contactId: lena.id, startDate: '2025-06-02' });
    await services.coach.colleagues.remove(lena.id);
    expect(services.coach.colleagues.list()).toEqual([]);
    await expect(services.coach.colleagues.completeStep({ contactId: lena.id, step: 'welcome' })).rejects.toMatchObject({ code: 'notFound' });
    await expect(services.coach.colleagues.mark({ contactId: 'ghost', startDate: '2025-06-02' })).rejects.toMatchObject({ code: 'invalidInput' });
  });
});
