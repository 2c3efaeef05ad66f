import { describe, expect, it } from 'vitest';
import { eventChallenges } from '../../../../../electron/main/services/events/reflection-challenge';
import { checklistKinds, content } from '../../../../../shared/content';
import { coachProfileSchema, type ChallengeAttempt } from '../../../../../shared/model';
import { anEvent, eventsHarness } from './events-harness';

describe('follow-ups after the event', () => {
  it('fall due as reminders and on Today 48 hours after the event, and not before', async () => {
    const { events, services, clock, notified } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    clock.set('2025-06-05T17:00:00.000Z');
    for (const name of ['Jana Albrecht', 'Tom Berger', 'Ines Kaya']) {
      await events.capture({ eventId: event.id, name, organisation: 'Messe', detail: '' });
    }

    clock.set('2025-06-06T08:00:00.000Z');
    expect(services.today.today().followUps).toHaveLength(0);
    expect((await services.reminders.tick()).fired).toEqual([]);

    clock.set('2025-06-07T08:00:00.000Z');
    expect(services.today.today().followUps).toHaveLength(3);
    const { fired } = await services.reminders.tick();
    expect(fired.map((reminder) => [reminder.kind, reminder.occursOn, reminder.name]).sort()).toEqual([
      ['followUp', '2025-06-07', 'Ines Kaya'],
      ['followUp', '2025-06-07', 'Jana Albrecht'],
      ['followUp', '2025-06-07', 'Tom Berger'],
    ]);
    expect(notified).toHaveLength(3);
    expect(events.get(event.id, 'de')).toMatchObject({ followUpOn: '2025-06-07', followUps: { done: 0, open: 3 } });
  });

  it('are ticked off per person on the event page', async () => {
    const { events, store } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    const { interaction } = await events.capture({ eventId: event.id, name: 'Jana Albrecht', organisation: '', detail: '' });

    await events.setFollowUpDone(event.id, interaction.id, true);

    expect(store.interactions.get(interaction.id)?.followUpDone).toBe(true);
    expect(events.get(event.id, 'de').followUps).toEqual({ done: 1, open: 0 });
    const other = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    await expect(events.setFollowUpDone(other.id, interaction.id, false)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('move with the event when its date changes, unless already done', async () => {
    const { events, store } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    const open = await events.capture({ eventId: event.id, name: 'Jana Albrecht', organisation: '', detail: '' });
    const done = await events.capture({ eventId: event.id, name: 'Tom Berger', organisation: '', detail: '' });
    await events.setFollowUpDone(event.id, done.interaction.id, true);

    await events.update(event.id, anEvent({ date: '2025-06-12' }));

    expect(store.interactions.get(open.interaction.id)?.followUpOn).toBe('2025-06-14');
    expect(store.interactions.get(done.interaction.id)?.followUpOn).toBe('2025-06-07');
  });

  it('keep their link to the event when the encounter is edited in the journal', async () => {
    const { events, services } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    const { interaction } = await events.capture({ eventId: event.id, name: 'Jana Albrecht', organisation: '', detail: '' });

    const { id: _id, createdAt: _c, updatedAt: _u, eventId: _e, ...fields } = interaction;
    const edited = await services.interactions.update(interaction.id, { ...fields, note: 'Neuer Text' });

    expect(edited.eventId).toBe(event.id);
  });
});

describe('deleting an event', () => {
  it('keeps the encounters in the journal, unlinked, and undo links them again', async () => {
    const { events, services, store } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    const { interaction } = await events.capture({ eventId: event.id, name: 'Jana Albrecht', organisation: '', detail: '' });

    const { undoToken } = await events.delete(event.id);
    expect(store.coach.has(event.id)).toBe(false);
    expect(store.interactions.get(interaction.id)?.eventId).toBeUndefined();

    await services.applyUndo(undoToken);
    expect(store.coach.get(event.id)).toEqual(event);
    expect(store.interactions.get(interaction.id)?.eventId).toBe(event.id);
  });
});

describe('the reflection', () => {
  it('is refused until the event is over', async () => {
    const { events, store } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    const commits = store.commits.length;

    await expect(events.reflect({ eventId: event.id, whatWentWell: 'x', discomfort: 5 })).rejects.toMatchObject({
      code: 'invalidInput',
      details: { issues: [{ message: 'eventNotOver' }] },
    });
    expect(store.commits.length).toBe(commits);
  });

  it('is recorded as a done challenge at the user’s level that counts towards the ladder', async () => {
    const profile = coachProfileSchema.parse({ kind: 'profile', id: 'profile', level: 4 });
    const { events, services, store, clock } = eventsHarness({ coach: [profile] });
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    clock.set('2025-06-06T07:00:00.000Z');

    const receipt = await events.reflect({ eventId: event.id, whatWentWell: 'Drei neue Gesichter angesprochen', discomfort: 6 });

    const attemptId = receipt.event.reflection?.attemptId;
    const attempt = store.coach.get(attemptId ?? '') as ChallengeAttempt;
    expect(attempt).toMatchObject({
      kind: 'attempt',
      challengeId: 'challenge-three-strangers',
      level: 4,
      status: 'done',
      completedOn: '2025-06-06',
      actualDiscomfort: 6,
      whatHappened: 'Assistenz-Forum',
      reflection: 'Drei neue Gesichter angesprochen',
    });
    expect(receipt.event.reflection).toMatchObject({ whatWentWell: 'Drei neue Gesichter angesprochen', discomfort: 6, recordedOn: '2025-06-06' });
    expect(services.coach.challenges.progress('de').level).toEqual({ level: 4, done: 1, needed: 3 });
    expect(events.get(event.id, 'en').reflectionChallenge).toMatchObject({ id: 'challenge-three-strangers', level: 4 });

    await expect(events.reflect({ eventId: event.id, whatWentWell: '', discomfort: 2 })).rejects.toMatchObject({ code: 'invalidInput' });
  });

  it('is one write: the challenge and the reflection are saved together, or neither when the disk fails', async () => {
    const { events, store, clock } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    clock.set('2025-06-06T07:00:00.000Z');
    const attemptsBefore = [...store.coach.values()].filter((record) => record.kind === 'attempt');
    const commits = store.commits.length;

    store.failCommitsWith(new Error('disk full'));
    await expect(events.reflect({ eventId: event.id, whatWentWell: 'Gut', discomfort: 4 })).rejects.toMatchObject({ code: 'storageFailed' });
    expect([...store.coach.values()].filter((record) => record.kind === 'attempt')).toEqual(attemptsBefore);
    expect(events.get(event.id, 'de').event.reflection).toBeUndefined();

    store.failCommitsWith(undefined);
    const receipt = await events.reflect({ eventId: event.id, whatWentWell: 'Gut', discomfort: 4 });
    expect(store.commits.length).toBe(commits + 1);
    expect(store.coach.get(receipt.event.reflection?.attemptId ?? '')).toMatchObject({ status: 'done', reflection: 'Gut' });
  });

  it('moves the user up a level like any challenge when it completes the level', async () => {
    const { events, clock } = eventsHarness();
    let levelUp;
    for (const [index, discomfort] of [4, 3, 2].entries()) {
      const date = `2025-06-0${index + 2}`;
      clock.set(`${date}T06:00:00.000Z`);
      const event = await events.create({ event: anEvent({ date, eventKind: 'stammtisch', startTime: '12:00', endTime: '13:00' }), language: 'de', useOwnTemplate: true });
      clock.set(`${date}T12:00:00.000Z`);
      ({ levelUp } = await events.reflect({ eventId: event.id, whatWentWell: '', discomfort }));
    }
    expect(levelUp).toEqual({ from: 1, to: 2 });
  });
});

describe('the challenges events count as', () => {
  it('offer one challenge per level for every kind of event', () => {
    for (const kind of checklistKinds) {
      const levels = eventChallenges[kind].map((id) => content.de.challenges.find((challenge) => challenge.id === id)?.level);
      expect(levels, kind).toEqual([1, 2, 3, 4, 5]);
    }
  });
});
