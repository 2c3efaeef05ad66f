// jsdom lacks a few browser APIs that Fluent UI touches; these stand-ins behave like a light-themed desktop
// browser. Testing Library cleans up after each test (vitest runs without globals, so it is wired here).
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { initI18n } from '../../../renderer/src/i18n';

// On a busy 2-core CI machine a Fluent dialog can take more than Testing Library's default second to settle; waiting
// longer changes nothing when the UI is right and still fails when it is wrong.
configure({ asyncUtilTimeout: 5000 });

if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof globalThis.ResizeObserver !== 'function') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

beforeAll(async () => {
  await initI18n('de');
});

afterEach(() => {
  cleanup();
  window.location.hash = '';
});
