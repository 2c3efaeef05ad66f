// The routes "Wer kann helfen?" and "Mein Netzwerk" add: what they carry survives the trip through the address.
import { describe, expect, it } from 'vitest';
import { hashToRoute, routeToHash, type Route } from '../../../../renderer/src/app/navigation';

describe('help and network routes', () => {
  it('carries a need to "Wer kann helfen?" and a firm and department to a new contact, and back', () => {
    const routes: Route[] = [
      { name: 'help', need: 'Raum für die Videokonferenz' },
      { name: 'help' },
      { name: 'myNetwork' },
      { name: 'newContact', organisation: 'Hartmann & Partner', department: 'Recht & Compliance' },
      { name: 'newContact', department: 'Einkauf' },
      { name: 'newContact' },
    ];
    for (const route of routes) expect(hashToRoute(routeToHash(route))).toEqual(route);
    expect(routeToHash({ name: 'newContact' })).toBe('#/contacts/new');
  });
});
