// jsdom lays nothing out, so a virtualized list would think it has no room and render no rows. Giving every
// element a desktop-sized box (the sizes @tanstack/virtual reads) lets it render what a real window would show.
import { afterEach, beforeEach } from 'vitest';

const sizeProperties = ['clientHeight', 'clientWidth', 'offsetHeight', 'offsetWidth'] as const;

export function stubLayout(height = 600, width = 800): void {
  const originals = new Map<string, PropertyDescriptor | undefined>();
  beforeEach(() => {
    for (const property of sizeProperties) {
      originals.set(property, Object.getOwnPropertyDescriptor(HTMLElement.prototype, property));
      Object.defineProperty(HTMLElement.prototype, property, {
        configurable: true,
        get: () => (property.endsWith('Height') ? height : width),
      });
    }
  });
  afterEach(() => {
    for (const property of sizeProperties) {
      const original = originals.get(property);
      if (original) Object.defineProperty(HTMLElement.prototype, property, original);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[property];
    }
  });
}
