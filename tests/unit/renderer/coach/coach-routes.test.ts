import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash, type Route } from '../../../../renderer/src/app/navigation';

describe('coach routes', () => {
  const routes: Route[] = [
    { name: 'coach' },
    { name: 'progress' },
    { name: 'prompts' },
    { name: 'prompts', setting: 'lift' },
    { name: 'prompts', setting: 'christmasParty', contactId: 'c 1' },
    { name: 'briefing', contactId: 'c-1' },
    { name: 'colleagues' },
    { name: 'colleagues', contactId: 'c-2' },
    { name: 'network' },
  ];

  it.each(routes)('survives a reload: %o', (route) => {
    expect(hashToRoute(routeToHash(route))).toEqual(route);
  });

  it('falls back to the prompts without a setting it does not know', () => {
    expect(hashToRoute('#/coach/prompts/rooftop')).toEqual({ name: 'prompts' });
  });
});
