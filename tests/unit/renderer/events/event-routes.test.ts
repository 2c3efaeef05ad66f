import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash, type Route } from '../../../../renderer/src/app/navigation';
import { formatDate } from '../../../../renderer/src/components/format';
import { formatEventWhen } from '../../../../renderer/src/features/events/event-format';

describe('event routes', () => {
  const routes: Route[] = [
    { name: 'events' },
    { name: 'newEvent' },
    { name: 'event', id: 'e/1 ä' },
    { name: 'editEvent', id: 'e1' },
    { name: 'eventMode', id: 'e1' },
  ];

  it('survive a round trip through the hash', () => {
    for (const route of routes) expect(hashToRoute(routeToHash(route))).toEqual(route);
  });

  it('put event mode at #/event-mode/<id>, where the shell opens its window', () => {
    expect(routeToHash({ name: 'eventMode', id: 'abc' })).toBe('#/event-mode/abc');
    expect(hashToRoute('#/event-mode')).toEqual({ name: 'contacts' });
  });
});

describe('when an event takes place', () => {
  it('reads as a day with its times, or as a span of days', () => {
    expect(formatEventWhen({ date: '2026-11-27', startTime: '18:00', endTime: '22:00' }, 'de')).toBe('27. November 2026, 18:00–22:00');
    const [first, last] = [formatDate('2026-11-27', 'en'), formatDate('2026-11-29', 'en')];
    expect(formatEventWhen({ date: '2026-11-27', endDate: '2026-11-29' }, 'en')).toBe(`${first} – ${last}`);
    expect(formatEventWhen({ date: '2026-11-27', endDate: '2026-11-27', startTime: '09:00' }, 'en')).toBe(`${first}, 09:00`);
  });
});
