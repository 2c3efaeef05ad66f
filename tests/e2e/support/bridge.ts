// Runs in the page before the app: installs `window.plausch` exactly as the preload does, built by the contract's
// createApi, but its transport is a Playwright binding into the real router in Node instead of Electron's IPC.
import { createApi, type EventName } from '../../../shared/contract';

declare global {
  interface Window {
    __plauschInvoke(channel: string, payload: unknown): Promise<unknown>;
    __plauschEmit(event: EventName, payload: unknown): void;
  }
}

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

window.__plauschEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

window.plausch = createApi(
  (channel, payload) => window.__plauschInvoke(channel, payload),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
);
