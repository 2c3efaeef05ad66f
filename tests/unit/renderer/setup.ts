// jsdom lacks a few browser APIs that Fluent UI touches; these stand-ins behave like a light-themed desktop
// browser. Testing Library cleans up after each test (vitest runs without globals, so it is wired here).
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { initI18n } from '../../../renderer/src/i18n';
import { forgetContactListView } from '../../../renderer/src/features/contacts/contact-list-memory';

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

// jsdom lays nothing out: every element has `offsetParent` null and the body a 0×0 box, which tabster (Fluent's focus
// manager) reads as "nothing on screen is visible". A Fluent dialog then finds no focusable element and focuses its own
// surface; tabster never makes it the active modal, and its next aria-hidden pass (on a 250 ms timer) hides the dialog
// from the accessibility tree. Tests then passed or failed by whether they looked before that timer fired. With these
// two stand-ins an element in the document counts as shown unless it is inside a `hidden` one, as in a browser window,
// so a dialog takes the focus and becomes the active modal at once, without waiting on any timer.
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement): Element | null {
    if (!this.isConnected || this === document.body || this === document.documentElement) return null;
    return this.closest('[hidden]') ? null : this.parentElement;
  },
});
HTMLBodyElement.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 1280, 800);

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
  // Each test is a fresh window: the contact list does not remember the previous test's view.
  forgetContactListView();
});
