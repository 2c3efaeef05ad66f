import { describe, expect, it } from 'vitest';
import { followUpDateOf, phaseAt, wallClockAt } from '../../../../../electron/main/services/events/timing';
import { anEvent, eventsHarness } from './events-harness';

describe('the current phase', () => {
  const evening = { date: '2025-06-05', startTime: '18:00', endTime: '22:00' };

  it('is before until the event starts, during while it runs and after from its end', () => {
    expect(phaseAt(evening, { date: '2025-06-04', time: '23:00' })).toBe('before');
    expect(phaseAt(evening, { date: '2025-06-05', time: '17:59' })).toBe('before');
    expect(phaseAt(evening, { date: '2025-06-05', time: '18:00' })).toBe('during');
    expect(phaseAt(evening, { date: '2025-06-05', time: '21:59' })).toBe('during');
    expect(phaseAt(evening, { date: '2025-06-05', time: '22:00' })).toBe('after');
    expect(phaseAt(evening, { date: '2025-06-06', time: '08:00' })).toBe('after');
  });

  it('without times covers the whole day, and a fair over several days every day of it', () => {
    const allDay = { date: '2025-06-05' };
    expect(phaseAt(allDay, { date: '2025-06-04', time: '23:59' })).toBe('before');
    expect(phaseAt(allDay, { date: '2025-06-05', time: '00:00' })).toBe('during');
    expect(phaseAt(allDay, { date: '2025-06-05', time: '23:59' })).toBe('during');
    expect(phaseAt(allDay, { date: '2025-06-06', time: '00:00' })).toBe('after');

    const fair = { date: '2025-06-03', endDate: '2025-06-05', startTime: '09:00', endTime: '17:00' };
    expect(phaseAt(fair, { date: '2025-06-04', time: '20:00' })).toBe('during');
    expect(phaseAt(fair, { date: '2025-06-05', time: '17:00' })).toBe('after');
  });

  it('follows the user’s wall clock in their time zone', () => {
    // 16:30 UTC is 18:30 in Berlin in summer: the evening event has begun there.
    const now = wallClockAt(new Date('2025-06-05T16:30:00.000Z'), 'Europe/Berlin');
    expect(now).toEqual({ date: '2025-06-05', time: '18:30' });
    expect(phaseAt(evening, now)).toBe('during');
  });

  it('moves with the injected clock in the event’s view and the lists', async () => {
    const { events, clock } = eventsHarness();
    const event = await events.create({ event: anEvent(), language: 'de', useOwnTemplate: true });
    expect(events.get(event.id, 'de').phase).toBe('before');
    expect(events.list().upcoming.map((e) => e.id)).toEqual([event.id]);

    clock.set('2025-06-05T17:00:00.000Z');
    expect(events.get(event.id, 'de').phase).toBe('during');
    expect(events.mode(event.id, 'de')).toMatchObject({ phase: 'during', checklist: { during: event.checklist.during } });

    clock.set('2025-06-05T20:00:00.000Z');
    expect(events.get(event.id, 'de').phase).toBe('after');
    expect(events.list()).toMatchObject({ upcoming: [], past: [{ id: event.id, phase: 'after' }] });
  });
});

describe('the follow-up date', () => {
  it('is 48 hours after the event: two days after its last day', () => {
    expect(followUpDateOf({ date: '2025-06-05', endTime: '22:00' })).toBe('2025-06-07');
    expect(followUpDateOf({ date: '2025-06-03', endDate: '2025-06-05' })).toBe('2025-06-07');
    expect(followUpDateOf({ date: '2025-02-27' })).toBe('2025-03-01');
  });
});
