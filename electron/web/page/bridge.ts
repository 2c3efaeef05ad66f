// The browser shell's preload: runs in the page before the app and installs `window.plausch`, built by the contract's
// createApi exactly as the desktop preload does. Its transport is the shell's HTTP API on the same origin: a POST
// per call, with the session cookie and the custom header, and one long response that streams the events.
import { createApi, eventNames, type Envelope, type EventName, type Invoke, type Subscribe } from '../../../shared/contract';
import type { Notice } from '../../../shared/views';
import { readEventStream } from './event-stream-reader';

const apiHeaders = { 'content-type': 'application/json', 'x-plausch': '1' };
const lost: Envelope<never> = { ok: false, error: { code: 'connectionLost' } };

const invoke: Invoke = async (channel, payload) => {
  try {
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: apiHeaders,
      credentials: 'same-origin',
      body: JSON.stringify({ payload }),
    });
    // Every answer of ours is an envelope; anything else means the page no longer talks to a running shell.
    const type = response.headers.get('content-type') ?? '';
    return type.startsWith('application/json') ? ((await response.json()) as unknown) : lost;
  } catch {
    return lost;
  }
};

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

function emit(event: string, payload: unknown): void {
  if (!eventNames.includes(event as EventName)) return;
  for (const listener of listeners.get(event as EventName) ?? []) listener(payload);
}

/** A stream that drops is opened again; whatever changed meanwhile is refetched, as after any change. */
const reconnectDelaysMs = [500, 1_000, 2_000, 5_000];
const everything = { collections: ['contacts', 'interactions', 'coach', 'settings'] };

async function listen(): Promise<void> {
  let reconnecting = false;
  let failures = 0;
  /** The stream was open and then ended: the first failed reconnect says the shell has quit (once). */
  let lostOpenStream = false;
  let told = false;
  for (;;) {
    let opened = false;
    try {
      const response = await fetch('/api/events', { headers: apiHeaders, credentials: 'same-origin' });
      // Refused: the page belongs to an earlier start, whose keys are gone. Retrying cannot help; calls say so.
      if (response.status === 401 || response.status === 403 || response.status === 421) return;
      if (response.ok && response.body) {
        await readEventStream(response.body, {
          onOpen() {
            opened = true;
            failures = 0;
            told = false;
            if (reconnecting) emit('data:changed', everything);
          },
          onEvent: emit,
        });
      }
    } catch {
      // The shell is gone or busy; try again below.
    }
    if (opened) {
      // Straight back: a stream that ended may only have been cut; a refused one means the shell is gone.
      lostOpenStream = true;
      reconnecting = true;
      continue;
    }
    if (lostOpenStream && !told) {
      told = true;
      const notice: Notice = { kind: 'shellStopped' };
      emit('app:notice', notice);
    }
    reconnecting = true;
    failures += 1;
    await new Promise((resolve) => setTimeout(resolve, reconnectDelaysMs[Math.min(failures, reconnectDelaysMs.length) - 1]));
  }
}

const subscribe: Subscribe = (event, listener) => {
  if (!eventNames.includes(event)) throw new TypeError(`Unknown event: ${String(event)}`);
  const set = listeners.get(event) ?? new Set();
  set.add(listener);
  listeners.set(event, set);
  return () => {
    set.delete(listener);
  };
};

window.plausch = createApi(invoke, subscribe);
void listen();
