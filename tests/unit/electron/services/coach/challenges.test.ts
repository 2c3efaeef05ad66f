import { describe, expect, it } from 'vitest';
import { challengeIdFor, dueOn, earnsLevelUp, streakOf } from '../../../../../electron/main/services/coach/challenge-engine';
import { content } from '../../../../../shared/content';
import { challengeAttemptSchema, coachProfileSchema, type ChallengeAttempt } from '../../../../../shared/model';
import { aContact, anInteraction } from '../../../../support/journal-fixtures';
import { servicesHarness } from '../../../../support/services-harness';

const noon = (date: string) => `${date}T10:00:00.000Z`;

function done(completedOn: string, actualDiscomfort = 4, level = 1): ChallengeAttempt {
  return challengeAttemptSchema.parse({
    kind: 'attempt',
    id: `attempt-${completedOn}-${actualDiscomfort}-${level}`,
    challengeId: 'challenge-lift-friendly-line',
    level,
    startedOn: completedOn,
    expectedDiscomfort: 6,
    status: 'done',
    completedOn,
    actualDiscomfort,
    createdAt: noon(completedOn),
  });
}

/** Starts and completes a challenge at the clock's current day. */
async function doChallenge(services: ReturnType<typeof servicesHarness>['services'], challengeId: string, actual: number, contactId?: string) {
  const attempt = await services.coach.challenges.start({ challengeId, expectedDiscomfort: 7, ...(contactId ? { contactId } : {}) });
  return services.coach.challenges.complete({ attemptId: attempt.id, actualDiscomfort: actual, whatHappened: 'Kurz geplaudert', reflection: 'Ging gut' });
}

const levelOne = content.de.challenges.filter((c) => c.level === 1).map((c) => c.id);

describe('the challenge of the day', () => {
  it('is one of the level’s challenges, the same all day and another the next day', () => {
    const { services, clock } = servicesHarness();
    clock.set('2025-06-02T06:00:00.000Z');
    const morning = services.coach.challenges.current('de');
    clock.set('2025-06-02T19:00:00.000Z');
    const evening = services.coach.challenges.current('de');
    clock.set('2025-06-03T06:00:00.000Z');
    const tomorrow = services.coach.challenges.current('de');

    expect(morning.level).toBe(1);
    expect(levelOne).toContain(morning.challenge.id);
    expect(evening.challenge.id).toBe(morning.challenge.id);
    expect(tomorrow.challenge.id).not.toBe(morning.challenge.id);
    expect(morning).toMatchObject({ period: 'day', periodStart: '2025-06-02', periodEnd: '2025-06-02' });
  });

  it('comes round through every challenge of the level before repeating one', () => {
    const days = levelOne.map((_, index) => `2025-07-${String(index + 1).padStart(2, '0')}`);
    const ids = days.map((day) => challengeIdFor(1, 'day', day));
    expect(new Set(ids)).toEqual(new Set(levelOne));
  });

  it('is chosen for the user’s level, in the user’s language', () => {
    const profile = coachProfileSchema.parse({ kind: 'profile', id: 'profile', level: 4 });
    const { services } = servicesHarness({ coach: [profile] });
    const challenge = services.coach.challenges.current('en').challenge;
    expect(challenge.level).toBe(4);
    expect(content.en.challenges.find((c) => c.id === challenge.id)?.title).toBe(challenge.title);
  });

  it('stands all week when the user prefers a weekly challenge', async () => {
    const { services, clock } = servicesHarness();
    await services.coach.challenges.setPeriod('week');
    clock.set(noon('2025-06-02'));
    const monday = services.coach.challenges.current('de');
    clock.set(noon('2025-06-08'));
    const sunday = services.coach.challenges.current('de');
    clock.set(noon('2025-06-09'));
    const nextMonday = services.coach.challenges.current('de');
    expect(monday).toMatchObject({ period: 'week', periodStart: '2025-06-02', periodEnd: '2025-06-08' });
    expect(sunday.challenge.id).toBe(monday.challenge.id);
    expect(nextMonday.challenge.id).not.toBe(monday.challenge.id);
  });

  it('suggests the person not met for the longest time for a challenge meant for someone', () => {
    const recent = aContact({ firstName: 'Recent' });
    const longAgo = aContact({ firstName: 'Long', lastName: 'Ago' });
    const { services, clock } = servicesHarness({
      contacts: [recent, longAgo],
      interactions: [anInteraction({ contactIds: [recent.id], date: '2025-05-30' }), anInteraction({ contactIds: [longAgo.id], date: '2025-01-10' })],
    });
    // Find a day whose level-1 challenge is meant for a person.
    let day = 1;
    let current = services.coach.challenges.current('de');
    while (!current.challenge.withPerson) {
      day += 1;
      clock.set(noon(`2025-06-${String(day).padStart(2, '0')}`));
      current = services.coach.challenges.current('de');
    }
    expect(current.suggestedPerson).toEqual({ contactId: longAgo.id, name: 'Long Ago', reason: 'notMetForAWhile', lastContactOn: '2025-01-10' });
  });
});

describe('an attempt', () => {
  it('is saved with both ratings and the reflection, and logged as an encounter when a person was involved', async () => {
    const anna = aContact({ firstName: 'Anna' });
    const { services, store } = servicesHarness({ contacts: [anna] });
    const started = await services.coach.challenges.start({ challengeId: 'challenge-coffee-invite', expectedDiscomfort: 8, contactId: anna.id });
    expect(started).toMatchObject({ status: 'started', level: 3, expectedDiscomfort: 8, startedOn: '2025-06-02' });

    const result = await services.coach.challenges.complete({
      attemptId: started.id,
      actualDiscomfort: 3,
      whatHappened: 'Anna hat sofort zugesagt.',
      reflection: 'Halb so schlimm.',
    });
    expect(result.attempt).toMatchObject({ status: 'done', completedOn: '2025-06-02', actualDiscomfort: 3, reflection: 'Halb so schlimm.' });
    expect(result.interaction).toMatchObject({ contactIds: [anna.id], type: 'coffee', date: '2025-06-02', note: 'Anna hat sofort zugesagt.' });
    expect(store.interactions.get(result.interaction?.id ?? '')).toBeDefined();
    expect(store.coach.get(started.id)).toMatchObject({ status: 'done', interactionId: result.interaction?.id });
  });

  it('keeps what the user expected to happen, and gives it back beside what happened', async () => {
    const { services, store } = servicesHarness();
    const started = await services.coach.challenges.start({
      challengeId: 'challenge-lift-friendly-line',
      expectedDiscomfort: 6,
      expectation: '  Niemand wird antworten.  ',
    });
    expect(started.expectation).toBe('Niemand wird antworten.');
    expect(store.coach.get(started.id)).toMatchObject({ expectation: 'Niemand wird antworten.' });

    await services.coach.challenges.complete({ attemptId: started.id, actualDiscomfort: 2, whatHappened: 'Sie hat gelacht.', reflection: '' });
    const [attempt] = services.coach.challenges.progress('de').attempts;
    expect(attempt).toMatchObject({ expectation: 'Niemand wird antworten.', whatHappened: 'Sie hat gelacht.', expectedDiscomfort: 6, actualDiscomfort: 2 });
  });

  it('starts with an empty expectation when none is written', async () => {
    const { services } = servicesHarness();
    const started = await services.coach.challenges.start({ challengeId: 'challenge-lift-friendly-line', expectedDiscomfort: 5 });
    expect(started.expectation).toBe('');
  });

  it('logs nothing in the journal without a person, and cannot be completed twice', async () => {
    const { services, store } = servicesHarness();
    const started = await services.coach.challenges.start({ challengeId: 'challenge-lift-friendly-line', expectedDiscomfort: 5 });
    const result = await services.coach.challenges.complete({ attemptId: started.id, actualDiscomfort: 2, whatHappened: '', reflection: '' });
    expect(result.interaction).toBeUndefined();
    expect(store.interactions.size).toBe(0);
    await expect(
      services.coach.challenges.complete({ attemptId: started.id, actualDiscomfort: 2, whatHappened: '', reflection: '' }),
    ).rejects.toMatchObject({ code: 'invalidInput' });
  });

  it('refuses an unknown challenge or person', async () => {
    const { services } = servicesHarness();
    await expect(services.coach.challenges.start({ challengeId: 'challenge-nope', expectedDiscomfort: 5 })).rejects.toMatchObject({ code: 'invalidInput' });
    await expect(
      services.coach.challenges.start({ challengeId: 'challenge-lift-friendly-line', expectedDiscomfort: 5, contactId: 'ghost' }),
    ).rejects.toMatchObject({ code: 'invalidInput' });
  });
});

describe('the time a challenge gives', () => {
  it('ends on the last day of its time frame, counting the day it is started', () => {
    expect(dueOn('2026-12-04', 'day')).toBe('2026-12-04');
    expect(dueOn('2026-12-04', 'week')).toBe('2026-12-10');
    expect(dueOn('2026-12-04', 'twoWeeks')).toBe('2026-12-17');
    expect(dueOn('2026-12-28', 'month')).toBe('2027-01-26');
  });

  it('is counted from today while not started, and from the start once started', async () => {
    const { services, clock } = servicesHarness();
    await services.coach.challenges.setPeriod('week');
    clock.set(noon('2025-06-02'));
    const monday = services.coach.challenges.current('de');
    expect(monday.dueOn).toBe(dueOn('2025-06-02', monday.challenge.within));
    clock.set(noon('2025-06-04'));
    expect(services.coach.challenges.current('de').dueOn).toBe(dueOn('2025-06-04', monday.challenge.within));

    clock.set(noon('2025-06-02'));
    await services.coach.challenges.start({ challengeId: monday.challenge.id, expectedDiscomfort: 5 });
    clock.set(noon('2025-06-04'));
    expect(services.coach.challenges.current('de').dueOn).toBe(monday.dueOn);
    expect(services.coach.challenges.progress('de').attempts[0]?.dueOn).toBe(monday.dueOn);
  });
});

describe('levelling up', () => {
  it('needs three done challenges with falling discomfort', () => {
    expect(earnsLevelUp([{ actualDiscomfort: 3 }, { actualDiscomfort: 2 }])).toBe(false);
    expect(earnsLevelUp([{ actualDiscomfort: 4 }, { actualDiscomfort: 3 }, { actualDiscomfort: 2 }])).toBe(true);
    expect(earnsLevelUp([8, 8, 7, 6, 5].map((actualDiscomfort) => ({ actualDiscomfort })))).toBe(true);
    expect(earnsLevelUp([6, 6, 7, 7].map((actualDiscomfort) => ({ actualDiscomfort })))).toBe(false);
    expect(earnsLevelUp([7, 8, 9].map((actualDiscomfort) => ({ actualDiscomfort })))).toBe(false);
  });

  it('moves the user up a level once the rule is met, and counts afresh at the new level', async () => {
    const { services, clock, store } = servicesHarness();
    clock.set(noon('2025-06-02'));
    expect((await doChallenge(services, 'challenge-lift-friendly-line', 7)).levelUp).toBeUndefined();
    clock.set(noon('2025-06-03'));
    expect((await doChallenge(services, 'challenge-queue-remark', 6)).levelUp).toBeUndefined();
    clock.set(noon('2025-06-04'));
    expect((await doChallenge(services, 'challenge-greet-by-name', 6)).levelUp).toBeUndefined();
    clock.set(noon('2025-06-05'));
    const fourth = await doChallenge(services, 'challenge-hello-stranger', 4);
    expect(fourth.levelUp).toEqual({ from: 1, to: 2 });
    expect(store.coach.get('profile')).toMatchObject({ level: 2, levelSince: '2025-06-05' });

    const progress = services.coach.challenges.progress('de');
    expect(progress.level).toEqual({ level: 2, done: 0, needed: 3 });
    expect(services.coach.challenges.current('de').challenge.level).toBe(2);
  });

  it('does not move up while the discomfort does not fall', async () => {
    const { services, clock, store } = servicesHarness();
    for (const [index, actual] of [6, 6, 7, 7, 8].entries()) {
      clock.set(noon(`2025-06-0${index + 2}`));
      expect((await doChallenge(services, 'challenge-queue-remark', actual)).levelUp).toBeUndefined();
    }
    expect(store.coach.get('profile')).toBeUndefined();
    expect(services.coach.challenges.progress('de').level).toEqual({ level: 1, done: 5, needed: 3 });
  });

  it('does not count challenges of another level towards the current one', async () => {
    const { services } = servicesHarness();
    for (const actual of [3, 2, 1]) expect((await doChallenge(services, 'challenge-senior-coffee', actual)).levelUp).toBeUndefined();
    expect(services.coach.challenges.progress('de').level.done).toBe(0);
  });
});

describe('streaks', () => {
  it('counts consecutive days, and keeps today open until it has passed', () => {
    const attempts = [done('2025-05-30'), done('2025-05-31'), done('2025-06-01')];
    expect(streakOf(attempts, 'day', '2025-06-01')).toEqual({ unit: 'day', current: 3, longest: 3 });
    expect(streakOf(attempts, 'day', '2025-06-02')).toMatchObject({ current: 3 });
    expect(streakOf([...attempts, done('2025-06-02')], 'day', '2025-06-02')).toMatchObject({ current: 4, longest: 4 });
  });

  it('breaks after a day without a challenge and remembers the longest run', () => {
    const attempts = [done('2025-05-25'), done('2025-05-26'), done('2025-05-27'), done('2025-05-30'), done('2025-05-31')];
    expect(streakOf(attempts, 'day', '2025-05-31')).toEqual({ unit: 'day', current: 2, longest: 3 });
    expect(streakOf(attempts, 'day', '2025-06-02')).toEqual({ unit: 'day', current: 0, longest: 3 });
  });

  it('counts weeks across a year end, and breaks after an empty week', () => {
    const weekly = [done('2024-12-18'), done('2024-12-31'), done('2025-01-06'), done('2025-01-12')];
    // ISO weeks of Mon 16 Dec, Mon 30 Dec and Mon 6 Jan: the week of 23 Dec was missed.
    expect(streakOf(weekly, 'week', '2025-01-14')).toEqual({ unit: 'week', current: 2, longest: 2 });
    expect(streakOf(weekly, 'week', '2025-01-19')).toMatchObject({ current: 2 });
    // The week of 13 Jan passed without a challenge.
    expect(streakOf(weekly, 'week', '2025-01-20')).toMatchObject({ current: 0, longest: 2 });
  });

  it('ignores started attempts', () => {
    const started = { ...done('2025-06-01'), status: 'started' as const };
    expect(streakOf([started], 'day', '2025-06-01')).toMatchObject({ current: 0, longest: 0 });
  });
});

describe('progress', () => {
  it('gives the chart one entry per week with the count and average discomfort, empty weeks included', () => {
    const { services } = servicesHarness({
      coach: [done('2025-05-19', 8), done('2025-05-21', 6), done('2025-06-02', 3)],
    });
    const progress = services.coach.challenges.progress('en', 4);
    expect(progress.weeks).toEqual([
      { weekStart: '2025-05-12', done: 0, averageDiscomfort: null, averageExpected: null },
      { weekStart: '2025-05-19', done: 2, averageDiscomfort: 7, averageExpected: 6 },
      { weekStart: '2025-05-26', done: 0, averageDiscomfort: null, averageExpected: null },
      { weekStart: '2025-06-02', done: 1, averageDiscomfort: 3, averageExpected: 6 },
    ]);
    expect(progress.attempts.map((a) => a.completedOn)).toEqual(['2025-06-02', '2025-05-21', '2025-05-19']);
    expect(progress.attempts[0]?.title).toBe(content.en.challenges.find((c) => c.id === 'challenge-lift-friendly-line')?.title);
  });
});
