import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../../electron/main/ipc/router';
import { createApi } from '../../../../../shared/contract';
import { aContact } from '../../../../support/journal-fixtures';
import { servicesHarness } from '../../../../support/services-harness';

function apiOver(seed: Parameters<typeof servicesHarness>[0] = {}) {
  const harness = servicesHarness(seed);
  const router = createRouter(harness.services, harness.log);
  const events: string[][] = [];
  harness.services.onDataChanged(({ collections }) => events.push(collections));
  return { ...harness, events, api: createApi((channel, payload) => router.handle(channel, payload), () => () => {}) };
}

describe('coach channels', () => {
  it('run a challenge from the day’s card to the progress chart over the real router', async () => {
    const anna = aContact({ firstName: 'Anna' });
    const { api, events } = apiOver({ contacts: [anna] });
    const card = await api.coach.challenge({ language: 'de' });
    const attempt = await api.coach.startChallenge({ challengeId: card.challenge.id, expectedDiscomfort: 6, expectation: 'Sie hat keine Zeit.', contactId: anna.id });
    expect(attempt.expectation).toBe('Sie hat keine Zeit.');
    const result = await api.coach.completeChallenge({ attemptId: attempt.id, actualDiscomfort: 2, reflection: 'Leichter als gedacht' });
    expect(result.attempt).toMatchObject({ status: 'done', expectation: 'Sie hat keine Zeit.', whatHappened: '', reflection: 'Leichter als gedacht' });
    const progress = await api.coach.progress({ language: 'de' });
    expect(progress.weeks.at(-1)).toMatchObject({ weekStart: '2025-06-02', done: 1, averageDiscomfort: 2 });
    expect(events).toEqual([['coach'], ['coach', 'interactions']]);
  });

  it('refuse ratings outside 0 to 10 and unknown settings, changing nothing', async () => {
    const { api, store } = apiOver();
    await expect(api.coach.startChallenge({ challengeId: 'challenge-lift-friendly-line', expectedDiscomfort: 11 })).rejects.toMatchObject({
      code: 'invalidInput',
    });
    await expect(api.coach.prompts({ setting: 'sauna' as 'lift', language: 'de' })).rejects.toMatchObject({ code: 'invalidInput' });
    expect(store.coach.size).toBe(0);
  });

  it('set up a plan and a network group', async () => {
    const lena = aContact({ firstName: 'Lena' });
    const { api } = apiOver({ contacts: [lena] });
    await api.colleagues.mark({ contactId: lena.id, startDate: '2025-06-02' });
    expect((await api.colleagues.due()).map((d) => d.step)).toEqual(['welcome', 'showAround']);
    const group = await api.network.save({ name: 'Stammtisch', memberIds: [lena.id], language: 'en' });
    expect((await api.network.list({ language: 'en' })).map((g) => g.group.id)).toEqual([group.group.id]);
  });
});
